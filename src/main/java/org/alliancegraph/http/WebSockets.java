package org.alliancegraph.http;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import org.alliancegraph.policy.Refusal;
import org.alliancegraph.policy.Refusals;
import org.alliancegraph.policy.Transport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;

import graphql.ExecutionResultImpl;

/**
 * The WebSocket side of the front door: GraphQL over {@code graphql-transport-ws} (and the older {@code graphql-ws}) at
 * /graphql, spoken by SmallRye's protocol handlers (with Quarkus' authentication of connection_init), within limits of
 * this instance's own: at most {@code alliance.limits.max-websockets} sockets open (beyond, the upgrade gets 503
 * {@code TOO_MANY_WEBSOCKETS} with Retry-After), at most {@code alliance.limits.max-operations-per-socket}
 * subscriptions running on one socket (beyond, the operation's error {@code TOO_MANY_OPERATIONS}), and a socket that
 * has not sent connection_init within {@code alliance.limits.websocket-init-timeout} is closed with 4408, as the
 * protocol says. A client that does not read what it is sent is closed once {@code alliance.live.socket-buffer} bytes
 * wait for it (1008, reason {@code SUBSCRIBER_TOO_SLOW}), so that no socket holds more memory than that and one
 * message. Every operation a socket sends goes through the policy in the engine (policy.EnginePolicy).
 * {@code graphql_websockets_open} counts the open sockets, {@code graphql_websockets_closed_slow_total} those closed
 * for not reading; both exist from the start ({@link Startup}), at 0 before the first socket.
 */
@Startup
@ApplicationScoped
public class WebSockets {

    private final int maxSockets;
    private final int maxOperations;
    private final Duration initTimeout;
    private final Optional<String> initPayloadToken;
    private final int socketBuffer;
    private final AtomicInteger open = new AtomicInteger();
    private final Counter closedSlow = Metrics.counter("graphql.websockets.closed.slow");

    WebSockets(@ConfigProperty(name = "alliance.limits.max-websockets") int maxSockets,
            @ConfigProperty(name = "alliance.limits.max-operations-per-socket") int maxOperations,
            @ConfigProperty(name = "alliance.limits.websocket-init-timeout") Duration initTimeout,
            @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name") Optional<String> initPayloadToken,
            @ConfigProperty(name = "alliance.live.socket-buffer") MemorySize socketBuffer) {
        this.maxSockets = maxSockets;
        this.socketBuffer = (int) Math.min(Integer.MAX_VALUE, socketBuffer.asLongValue());
        this.maxOperations = maxOperations;
        this.initTimeout = initTimeout;
        this.initPayloadToken = initPayloadToken;
        Metrics.gauge("graphql.websockets.open", open);
    }

    /** Whether the request (a GET) asks for a WebSocket and can still become one. */
    static boolean isUpgrade(RoutingContext context) {
        return context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
                && !context.request().isEnded();
    }

    /**
     * Upgrades the request to a GraphQL WebSocket, or answers 503 if this instance holds as many as it may. Runs in the
     * request's context, with its identity (the handler's), which the socket's operations keep.
     */
    void upgrade(RoutingContext context, Map<String, Object> metaData, SmallRyeGraphQLAbstractHandler handler) {
        if (open.incrementAndGet() > maxSockets) {
            open.decrementAndGet();
            FrontDoor.refuse(context, Transport.WEBSOCKET, "application/json", Refusal.of(Refusal.Kind.BUSY,
                    "TOO_MANY_WEBSOCKETS", "this instance holds " + maxSockets + " WebSockets, as many as it may: "
                            + "retry shortly, or use another instance"));
            return;
        }
        try {
            context.request().toWebSocket().onComplete(upgraded -> {
                if (upgraded.failed()) {
                    open.decrementAndGet();
                    return;
                }
                try {
                    serve(upgraded.result(), context, metaData, handler);
                } catch (RuntimeException failure) {
                    open.decrementAndGet();
                    upgraded.result().close((short) 1011, "Internal error");
                    Log.warnf("WebSocket not served: %s", failure);
                }
            });
        } catch (RuntimeException notAnUpgrade) {
            open.decrementAndGet();
            throw notAnUpgrade;
        }
    }

    /** Speaks the socket's protocol; the socket is counted out when it closes (or here, if this fails first). */
    private void serve(ServerWebSocket socket, RoutingContext context, Map<String, Object> metaData,
            SmallRyeGraphQLAbstractHandler handler) {
        socket.setWriteQueueMaxSize(socketBuffer);
        Session session = new Session(socket, closedSlow);
        GraphQLWebsocketHandler protocol = switch (String.valueOf(socket.subProtocol())) {
            case "graphql-transport-ws" -> new TransportWs(session, metaData, context, handler);
            case "graphql-ws" -> new LegacyWs(session, metaData, context, handler);
            default -> null;
        };
        if (protocol == null) {
            socket.closeHandler(closed -> open.decrementAndGet());
            socket.close((short) 4406, "Subprotocol not acceptable: use graphql-transport-ws");
            return;
        }
        session.cancelOperationsWith(protocol::onClose);
        long timer = context.vertx().setTimer(initTimeout.toMillis(), fired -> {
            if (!((Initialised) protocol).initialised() && !socket.isClosed()) {
                socket.close((short) 4408, "Connection initialisation timeout");
            }
        });
        socket.closeHandler(closed -> {
            context.vertx().cancelTimer(timer);
            open.decrementAndGet();
            protocol.onClose();
        });
        socket.exceptionHandler(protocol::onThrowable);
        socket.endHandler(ended -> protocol.onEnd());
        socket.textMessageHandler(protocol::onMessage);
    }

    /** Whether the client has sent connection_init. */
    private interface Initialised {
        boolean initialised();
    }

    /** How the protocol handlers answer an operation with an error. */
    private interface ErrorAnswer {
        void send(String operationId, ExecutionResponse response) throws IOException;
    }

    /**
     * Refuses an operation that would take the socket past its limit: true if the message starts one ({@code start},
     * the type that starts an operation in the socket's protocol) while the socket runs as many as it may, answered
     * with {@code TOO_MANY_OPERATIONS}; false for any other message, which the protocol handles.
     */
    private boolean refusedBeyondLimit(JsonObject message, String start, Map<String, ?> running, ErrorAnswer answer,
            Consumer<Throwable> failed) {
        if (message == null || !start.equals(message.getString("type", null)) || running.size() < maxOperations) {
            return false;
        }
        Refusal refusal = Refusal.of(Refusal.Kind.REQUEST, "TOO_MANY_OPERATIONS", "this socket runs "
                + maxOperations + " operations, as many as it may: complete one first");
        Refusals.count(refusal, Transport.WEBSOCKET);
        try {
            answer.send(message.getString("id", null), new ExecutionResponse(ExecutionResultImpl.newExecutionResult()
                    .errors(refusal.graphQLErrors()).build()));
        } catch (IOException e) {
            failed.accept(e);
        }
        return true;
    }

    private final class TransportWs extends SmallRyeAuthGraphQLTransportWSSubprotocolHandler implements Initialised {

        TransportWs(Session session, Map<String, Object> metaData, RoutingContext context,
                SmallRyeGraphQLAbstractHandler handler) {
            super(session, metaData, context, handler, initPayloadToken);
        }

        @Override
        protected void onMessage(JsonObject message) {
            if (!refusedBeyondLimit(message, "subscribe", activeOperations, this::sendErrorMessage,
                    this::onThrowable)) {
                super.onMessage(message);
            }
        }

        /** An operation answered with an error has ended: SmallRye keeps it among the active ones otherwise. */
        @Override
        protected void sendErrorMessage(String operationId, ExecutionResponse response) throws IOException {
            activeOperations.remove(operationId);
            super.sendErrorMessage(operationId, response);
        }

        @Override
        public boolean initialised() {
            return connectionInitialized.get();
        }
    }

    private final class LegacyWs extends SmallRyeAuthGraphQLWSSubprotocolHandler implements Initialised {

        LegacyWs(Session session, Map<String, Object> metaData, RoutingContext context,
                SmallRyeGraphQLAbstractHandler handler) {
            super(session, metaData, context, handler, initPayloadToken);
        }

        @Override
        protected void onMessage(JsonObject message) {
            if (!refusedBeyondLimit(message, "start", activeOperations, this::sendErrorMessage, this::onThrowable)) {
                super.onMessage(message);
            }
        }

        /** An operation answered with an error has ended: SmallRye keeps it among the active ones otherwise. */
        @Override
        protected void sendErrorMessage(String operationId, ExecutionResponse response) throws IOException {
            activeOperations.remove(operationId);
            super.sendErrorMessage(operationId, response);
        }

        @Override
        public boolean initialised() {
            return connectionInitialized.get();
        }
    }

    /**
     * The socket as SmallRye's protocol handlers write to it. They write whatever their operations produce, without
     * looking at the socket's write queue; a client that does not read would make it grow without end, so the socket is
     * closed instead once the queue is past its mark, and its operations are cancelled at once (not only when the
     * client's TCP connection finally goes, up to Vert.x's closing timeout later).
     */
    private static final class Session implements GraphQLWebSocketSession {

        private final ServerWebSocket socket;
        private final Counter closedSlow;
        private volatile Runnable cancelOperations = () -> {
        };

        Session(ServerWebSocket socket, Counter closedSlow) {
            this.socket = socket;
            this.closedSlow = closedSlow;
        }

        void cancelOperationsWith(Runnable cancel) {
            this.cancelOperations = cancel;
        }

        @Override
        public void sendMessage(String message) {
            if (socket.isClosed()) {
                return;
            }
            if (socket.writeQueueFull()) {
                closedSlow.increment();
                socket.close((short) 1008, "SUBSCRIBER_TOO_SLOW: the client did not read what it was sent");
                cancelOperations.run();
                return;
            }
            socket.writeTextMessage(message);
        }

        @Override
        public void close(short statusCode, String reason) {
            socket.close(statusCode, reason);
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }
    }
}
