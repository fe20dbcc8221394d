package org.alliancegraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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

    private GraphQLWebSocket(HttpClient client, WebSocket socket) {
        this.client = client;
        this.socket = socket;
        socket.textMessageHandler(text -> received.add(new JsonObject(text)));
    }

    /** Connects to the GraphQL endpoint (http URL) and completes the connection_init / connection_ack handshake. */
    public static GraphQLWebSocket connect(Vertx vertx, URI endpoint) throws Exception {
        HttpClient client = vertx.createHttpClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost())
                .setPort(endpoint.getPort()).setURI(endpoint.getPath())
                .setSubProtocols(List.of("graphql-transport-ws"));
        WebSocket socket = client.webSocket(options).toCompletionStage().toCompletableFuture().get(10,
                TimeUnit.SECONDS);
        GraphQLWebSocket subscriber = new GraphQLWebSocket(client, socket);
        subscriber.send(new JsonObject().put("type", "connection_init"));
        assertEquals("connection_ack", subscriber.next(10).getString("type"));
        return subscriber;
    }

    /** Starts a subscription. */
    public void subscribe(String id, String query) {
        send(new JsonObject().put("id", id).put("type", "subscribe").put("payload", new JsonObject().put("query",
                query)));
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
