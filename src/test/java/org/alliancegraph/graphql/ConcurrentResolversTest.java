package org.alliancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * Sibling resolvers run concurrently on one Vert.x context; each must still get its own Hibernate Reactive session. One
 * request with two aliased root fields and two sibling batched lists on one type, sent 200 times with 8 in flight.
 */
@QuarkusTest
class ConcurrentResolversTest {

    private static final String QUERY = """
            query {
              kfor: mission(slug: "kfor") {
                slug
                statusChanges { kind proposedBy { slug } }
                troopStrengths { troops source { text } }
                discussedIn { edges { stance node { slug } } }
              }
              iraq: mission(slug: "nato-mission-iraq") {
                slug
                statusChanges { kind proposedBy { slug } }
                objectives { text }
                discussedIn { edges { stance node { slug } } }
              }
            }
            """;

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void twoHundredRequestsEightInFlightGiveNoError() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String body = new JsonObject().put("query", QUERY).encode();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.toString()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        ExecutorService inFlight = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                responses.add(inFlight.submit(() -> client.send(request, HttpResponse.BodyHandlers.ofString())));
            }
            int errors = 0;
            for (Future<HttpResponse<String>> future : responses) {
                HttpResponse<String> response = future.get();
                JsonPath answer = JsonPath.from(response.body());
                if (response.statusCode() != 200 || answer.get("errors") != null
                        || !"kfor".equals(answer.getString("data.kfor.slug"))
                        || answer.getList("data.iraq.objectives").size() != 2
                        || answer.getList("data.kfor.troopStrengths").size() != 1) {
                    errors++;
                }
            }
            assertEquals(0, errors, "responses with errors or wrong data");
        } finally {
            inFlight.shutdownNow();
        }
    }
}
