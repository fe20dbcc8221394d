package org.alliancegraph.support;

import static io.restassured.RestAssured.given;

import java.net.URI;

/** Reads the application's metrics as a scraper does, from /q/metrics. */
public final class Prometheus {

    private Prometheus() {
    }

    /** The value of a series (its name and labels, as printed), 0 while it does not exist yet. */
    public static double value(String series) {
        return value(given().when().get("/q/metrics").then().statusCode(200).extract().asString(), series);
    }

    /** The same, of another instance: its metrics at this URL. */
    public static double value(URI metricsUrl, String series) {
        return value(given().when().get(metricsUrl).then().statusCode(200).extract().asString(), series);
    }

    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).split(" ")[0])).orElse(0.0);
    }
}
