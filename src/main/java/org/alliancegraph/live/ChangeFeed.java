package org.alliancegraph.live;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.alliancegraph.common.ServiceUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Pool;

/**
 * Changes travel through PostgreSQL: a write announces them with NOTIFY inside its transaction (so they are delivered
 * when it commits, and never for a write that rolled back), and every instance LISTENs on one connection of its own and
 * hands them to its subscribers. The connection is taken from the datasource's pool, so the feed reaches the database
 * the writes go to with the same URL, credentials and TLS, however they are configured; it holds that one connection
 * for as long as the instance runs, and checks every {@value #CHECK_MILLIS} ms that it still answers (a connection cut
 * without a word, by a partition or a failover, would otherwise look alive).
 * <p>
 * If the connection is lost, the changes committed until it is back cannot be heard: the subscriptions open at that
 * moment end with {@link ServiceUnavailableException} (retryable) instead of missing them silently, new ones are
 * refused with it, and the feed listens again as soon as the database answers. The same ends every subscription when
 * the instance stops.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String CHANNEL = "alliance_changes";
    private static final long RETRY_MILLIS = 2000;
    static final long CHECK_MILLIS = 15_000;
    private static final long CHECK_TIMEOUT_MILLIS = 5_000;

    /**
     * The connection that listens (null while none does) and the subscribers' processor that goes with it: read and
     * replaced as one, so that a subscriber never joins a processor nobody feeds without being told.
     */
    private record Feed(PgConnection connection, BroadcastProcessor<Change> changes) {
    }

    private final AtomicInteger subscribers = new AtomicInteger();
    private final AtomicReference<Feed> feed = new AtomicReference<>(new Feed(null, BroadcastProcessor.create()));
    private final ObjectMapper json;
    private final Pool pool;
    private final Vertx vertx;
    private final int bufferSize;
    private volatile boolean stopped;
    private long checks = -1;

    ChangeFeed(Vertx vertx, Pool pool, ObjectMapper json,
            @ConfigProperty(name = "alliance.live.subscriber-buffer") int bufferSize) {
        this.vertx = vertx;
        this.pool = pool;
        this.json = json;
        this.bufferSize = bufferSize;
        Metrics.gauge("graphql.subscriptions.open", subscribers);
    }

    void listen(@Observes StartupEvent start) {
        connect();
        checks = vertx.setPeriodic(CHECK_MILLIS, tick -> check());
    }

    void stop(@Observes ShutdownEvent stop) {
        stopped = true;
        vertx.cancelTimer(checks);
        Feed last = feed.getAndSet(new Feed(null, BroadcastProcessor.create()));
        if (last.connection() != null) {
            // UNLISTEN first: the connection goes back to the pool, which closes it with the others.
            last.connection().query("unlisten *").execute().onComplete(done -> last.connection().close());
        }
        last.changes().onError(new ServiceUnavailableException("this instance is shutting down: subscribe again"));
    }

    /**
     * Every change announced from now on, by any instance, until the subscriber cancels; in the order of the commits.
     * Each subscriber has a buffer of its own (alliance.live.subscriber-buffer changes) for the changes it has not
     * taken yet, so that a write announcing many at once reaches it whole; one that falls further behind ends with
     * {@link SubscriberTooSlowException} instead of holding more. While the feed is not listening (the database cannot
     * be reached), a subscription fails at once with {@link ServiceUnavailableException}: it would hear nothing.
     */
    public Multi<Change> changes() {
        return Multi.createFrom().deferred(() -> {
            Feed current = feed.get();
            return current.connection() == null
                    ? Multi.createFrom().failure(new ServiceUnavailableException(
                            "the change feed is not listening now (the database cannot be reached): subscribe again "
                                    + "shortly"))
                    : current.changes();
        })
                .onOverflow().buffer(bufferSize)
                .onFailure(BackPressureFailure.class).transform(overflow -> {
                    Metrics.counter("graphql.subscriptions.ended", "reason", "too_slow").increment();
                    return new SubscriberTooSlowException(
                            "the subscription fell " + bufferSize + " changes behind: subscribe again");
                })
                .onSubscription().invoke(subscription -> subscribers.incrementAndGet())
                .onTermination().invoke(() -> subscribers.decrementAndGet());
    }

    /**
     * How many subscriptions are open on this instance (also the gauge {@code graphql_subscriptions_open}; those ended
     * by the feed are counted by {@code graphql_subscriptions_ended_total{reason="too_slow"|"feed_lost"}}).
     */
    public int subscribers() {
        return subscribers.get();
    }

    /** Whether the feed listens now, so that a new subscription hears every change committed from now on. */
    public boolean listening() {
        return feed.get().connection() != null;
    }

    /** Announces a change in the session's transaction: it reaches subscribers when (and only if) the write commits. */
    public Uni<Void> announce(Mutiny.Session session, Change change) {
        String payload;
        try {
            payload = json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return session.createNativeQuery("select cast(pg_notify(?1, ?2) as text)", String.class)
                .setParameter(1, CHANNEL)
                .setParameter(2, payload)
                .getSingleResult()
                .replaceWithVoid();
    }

    private void connect() {
        if (stopped) {
            return;
        }
        pool.getConnection().compose(connection -> {
            PgConnection pg = PgConnection.cast(connection);
            pg.notificationHandler(notification -> {
                if (CHANNEL.equals(notification.getChannel())) {
                    received(notification.getPayload());
                }
            });
            pg.closeHandler(closed -> lost(pg));
            return pg.query("listen " + CHANNEL).execute().map(pg).onFailure(failure -> pg.close());
        }).onSuccess(pg -> {
            Feed idle = feed.get();
            if (stopped || !feed.compareAndSet(idle, new Feed(pg, idle.changes()))) {
                pg.close();
                return;
            }
            Log.infof("Listening for changes on %s", CHANNEL);
        }).onFailure(failure -> {
            Log.warnf("Cannot listen for changes yet (%s); retrying in %d ms", failure.getMessage(), RETRY_MILLIS);
            vertx.setTimer(RETRY_MILLIS, ignored -> connect());
        });
    }

    /** The listening connection must answer a query within a few seconds, or it counts as lost. */
    private void check() {
        PgConnection connection = feed.get().connection();
        if (connection == null) {
            return;
        }
        long timeout = vertx.setTimer(CHECK_TIMEOUT_MILLIS, late -> lost(connection));
        connection.query("select 1").execute().onComplete(answered -> {
            vertx.cancelTimer(timeout);
            if (answered.failed()) {
                lost(connection);
            }
        });
    }

    /** The listening connection is gone: whoever is subscribed would miss changes, so they are told to come back. */
    private void lost(PgConnection connection) {
        Feed current = feed.get();
        if (stopped || current.connection() != connection
                || !feed.compareAndSet(current, new Feed(null, BroadcastProcessor.create()))) {
            return;
        }
        connection.close();
        Metrics.counter("graphql.subscriptions.ended", "reason", "feed_lost").increment(subscribers.get());
        current.changes().onError(new ServiceUnavailableException(
                "the connection to the database that carries changes was lost: subscribe again"));
        Log.warnf("Lost the connection that listens for changes; listening again in %d ms", RETRY_MILLIS);
        vertx.setTimer(RETRY_MILLIS, ignored -> connect());
    }

    private void received(String payload) {
        try {
            feed.get().changes().onNext(json.readValue(payload, Change.class));
        } catch (JsonProcessingException e) {
            Log.errorf("Ignored a change that is not one: %s", payload);
        }
    }
}
