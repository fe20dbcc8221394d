package org.alliancegraph.live;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Changes travel through PostgreSQL: a write announces them with NOTIFY inside its transaction (so they are delivered
 * when it commits, and never for a write that rolled back), and every instance LISTENs on one connection of its own and
 * hands them to its subscribers. A subscriber that goes away simply cancels: no listener or buffer stays.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String CHANNEL = "alliance_changes";
    private static final long RETRY_MILLIS = 2000;

    private final BroadcastProcessor<Change> changes = BroadcastProcessor.create();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final ObjectMapper json;
    private final PgSubscriber subscriber;
    private final Vertx vertx;
    private final int bufferSize;

    ChangeFeed(Vertx vertx, ObjectMapper json, @ConfigProperty(name = "alliance.db.host") String host,
            @ConfigProperty(name = "alliance.db.port") int port, @ConfigProperty(name = "alliance.db.name") String db,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "alliance.live.subscriber-buffer") int bufferSize) {
        this.vertx = vertx;
        this.bufferSize = bufferSize;
        this.json = json;
        this.subscriber = PgSubscriber.subscriber(vertx, new PgConnectOptions().setHost(host).setPort(port)
                .setDatabase(db).setUser(user).setPassword(password.orElse("")))
                .reconnectPolicy(retries -> RETRY_MILLIS);
        subscriber.channel(CHANNEL).handler(this::received);
    }

    void listen(@Observes StartupEvent start) {
        connect();
    }

    void stop(@Observes ShutdownEvent stop) {
        subscriber.close();
    }

    /**
     * Every change announced from now on, by any instance, until the subscriber cancels; in the order of the commits.
     * Each subscriber has a buffer of its own (alliance.live.subscriber-buffer changes) for the changes it has not
     * taken yet, so that a write announcing many at once reaches it whole; one that falls further behind ends with
     * {@link SubscriberTooSlowException} instead of holding more.
     */
    public Multi<Change> changes() {
        return changes
                .onOverflow().buffer(bufferSize)
                .onFailure(BackPressureFailure.class).transform(overflow -> new SubscriberTooSlowException(
                        "the subscription fell " + bufferSize + " changes behind: subscribe again"))
                .onSubscription().invoke(subscription -> subscribers.incrementAndGet())
                .onTermination().invoke(() -> subscribers.decrementAndGet());
    }

    /** How many subscriptions are open on this instance. */
    public int subscribers() {
        return subscribers.get();
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
        subscriber.connect().onFailure(failure -> {
            Log.warnf("Cannot listen for changes yet (%s); retrying in %d ms", failure.getMessage(), RETRY_MILLIS);
            vertx.setTimer(RETRY_MILLIS, ignored -> connect());
        });
    }

    private void received(String payload) {
        try {
            changes.onNext(json.readValue(payload, Change.class));
        } catch (JsonProcessingException e) {
            Log.errorf("Ignored a change that is not one: %s", payload);
        }
    }
}
