package org.alliancegraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/** A subscriber speaking graphql-transport-ws, as graphql-ws clients do: connect, subscribe, read what comes. */
public final class GraphQLWebSocket implements AutoCloseable {

    private final HttpClient client;
    private final WebSocket socket;
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Short> closed = new CompletableFuture<>();

    private GraphQLWebSocket(HttpClient client, WebSocket socket) {
        this.client = client;
        this.socket = socket;
        socket.textMessageHandler(text -> {
            JsonObject message = new JsonObject(text);
            if ("ping".equals(message.getString("type"))) {
                send(new JsonObject().put("type", "pong")); // as the protocol asks; no operation's message
            } else {
                received.add(message);
            }
        });
        socket.closeHandler(ended -> closed.complete(socket.closeStatusCode()));
    }

    /** Connects to the GraphQL endpoint (http URL) and completes the connection_init / connection_ack handshake. */
    public static GraphQLWebSocket connect(Vertx vertx, URI endpoint) throws Exception {
        GraphQLWebSocket subscriber = open(vertx, endpoint, new JsonObject());
        assertEquals("connection_ack", subscriber.next(10).getString("type"));
        return subscriber;
    }

    /**
     * Connects and sends connection_init with this payload (e.g. {@code {"Authorization": "Bearer ..."}}), without
     * waiting for the answer: read it with {@link #next}, or see the socket closed with {@link #closeStatus}.
     */
    public static GraphQLWebSocket open(Vertx vertx, URI endpoint, JsonObject initPayload) throws Exception {
        GraphQLWebSocket subscriber = withoutInit(vertx, endpoint);
        subscriber.send(new JsonObject().put("type", "connection_init").put("payload", initPayload));
        return subscriber;
    }

    /** Connects, and sends nothing. */
    public static GraphQLWebSocket withoutInit(Vertx vertx, URI endpoint) throws Exception {
        HttpClient client = vertx.createHttpClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost())
                .setPort(endpoint.getPort()).setURI(endpoint.getPath())
                .setSubProtocols(List.of("graphql-transport-ws"));
        WebSocket socket = client.webSocket(options).toCompletionStage().toCompletableFuture().get(10,
                TimeUnit.SECONDS);
        return new GraphQLWebSocket(client, socket);
    }

    /** Starts a subscription. */
    public void subscribe(String id, String query) {
        subscribe(id, query, new JsonObject());
    }

    /** Starts an operation (a subscription, query or mutation) with variables. */
    public void subscribe(String id, String query, JsonObject variables) {
        send(new JsonObject().put("id", id).put("type", "subscribe").put("payload", new JsonObject().put("query",
                query).put("variables", variables)));
    }

    /** Ends an operation, as a client does when it unsubscribes. */
    public void complete(String id) {
        send(new JsonObject().put("id", id).put("type", "complete"));
    }

    /** Stops reading from the socket, as a client that has stalled: what the server sends piles up on its side. */
    public void pause() {
        socket.pause();
    }

    /** Reads again: what was waiting arrives. */
    public void resume() {
        socket.resume();
    }

    /** The status code the server closed the socket with, waiting up to the timeout; null if it stays open. */
    public Short closeStatus(int seconds) throws Exception {
        try {
            return closed.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException stillOpen) {
            return null;
        }
    }

    /** The next message, or null when none comes within the timeout. */
    public JsonObject next(int seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    private void send(JsonObject message) {
        socket.writeTextMessage(message.encode());
    }

    @Override
    public void close() {
        socket.close();
        client.close();
    }
}
