package org.alliancegraph.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Sends the same query many times at once, each from a thread of its own released together, and collects answers. */
public final class Concurrently {

    private Concurrently() {
    }

    /** The answers of {@code requests} POSTs of the query sent at the same moment, in the order they were sent. */
    public static List<Response> post(int requests, String query) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql");
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
