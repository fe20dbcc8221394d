package org.alliancegraph.live;

import java.util.concurrent.atomic.AtomicInteger;

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
 * for as long as the instance runs.
 * <p>
 * If the connection is lost, the changes committed until it is back cannot be heard: the subscriptions open at that
 * moment end with {@link ServiceUnavailableException} (retryable) instead of missing them silently, and the feed
 * listens again as soon as the database answers.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String CHANNEL = "alliance_changes";
    private static final long RETRY_MILLIS = 2000;

    private final AtomicInteger subscribers = new AtomicInteger();
    private final ObjectMapper json;
    private final Pool pool;
    private final Vertx vertx;
    private final int bufferSize;
    private volatile BroadcastProcessor<Change> changes = BroadcastProcessor.create();
    private volatile PgConnection listening;
    private volatile boolean stopped;

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
    }

    void stop(@Observes ShutdownEvent stop) {
        stopped = true;
        PgConnection connection = listening;
        if (connection != null) {
            // UNLISTEN first: the connection goes back to the pool, which closes it with the others.
            connection.query("unlisten *").execute().onComplete(done -> connection.close());
        }
        changes.onComplete();
    }

    /**
     * Every change announced from now on, by any instance, until the subscriber cancels; in the order of the commits.
     * Each subscriber has a buffer of its own (alliance.live.subscriber-buffer changes) for the changes it has not
     * taken yet, so that a write announcing many at once reaches it whole; one that falls further behind ends with
     * {@link SubscriberTooSlowException} instead of holding more. While the feed is not listening (the database cannot
     * be reached), a subscription fails at once with {@link ServiceUnavailableException}: it would hear nothing.
     */
    public Multi<Change> changes() {
        return Multi.createFrom().deferred(() -> listening == null
                ? Multi.createFrom().failure(new ServiceUnavailableException(
                        "the change feed is not listening now (the database cannot be reached): subscribe again shortly"))
                : changes)
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
        return listening != null;
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
            listening = pg;
            Log.infof("Listening for changes on %s", CHANNEL);
        }).onFailure(failure -> {
            Log.warnf("Cannot listen for changes yet (%s); retrying in %d ms", failure.getMessage(), RETRY_MILLIS);
            vertx.setTimer(RETRY_MILLIS, ignored -> connect());
        });
    }

    /** The listening connection closed: whoever is subscribed would miss changes, so they are told to come back. */
    private void lost(PgConnection connection) {
        if (stopped || listening != connection) {
            return;
        }
        listening = null;
        BroadcastProcessor<Change> interrupted = changes;
        changes = BroadcastProcessor.create();
        Metrics.counter("graphql.subscriptions.ended", "reason", "feed_lost").increment(subscribers.get());
        interrupted.onError(new ServiceUnavailableException(
                "the connection to the database that carries changes was lost: subscribe again"));
        Log.warnf("Lost the connection that listens for changes; listening again in %d ms", RETRY_MILLIS);
        vertx.setTimer(RETRY_MILLIS, ignored -> connect());
    }

    private void received(String payload) {
        try {
            changes.onNext(json.readValue(payload, Change.class));
        } catch (JsonProcessingException e) {
            Log.errorf("Ignored a change that is not one: %s", payload);
        }
    }
}
