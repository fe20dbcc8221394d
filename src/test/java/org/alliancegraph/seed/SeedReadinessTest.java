package org.alliancegraph.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Readiness tells the truth: the database answers, and the seeds are loaded when they are to be loaded at start. */
@QuarkusTest
class SeedReadinessTest {

    @Test
    void readyOnceTheSeedsAreLoaded() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("seeds", "Reactive PostgreSQL connections health check"))
                .body("checks.find { it.name == 'seeds' }.data.onStart", equalTo(true))
                .body("checks.find { it.name == 'seeds' }.data.loaded", equalTo(true));
    }
}
