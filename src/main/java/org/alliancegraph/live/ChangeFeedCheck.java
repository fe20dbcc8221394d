package org.alliancegraph.live;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the change feed listens: an instance that cannot hear changes would accept subscriptions it cannot
 * serve (it refuses them, SERVICE_UNAVAILABLE, until the feed is back).
 */
@Readiness
public class ChangeFeedCheck implements HealthCheck {

    private final ChangeFeed feed;

    ChangeFeedCheck(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("change feed").status(feed.listening()).build();
    }
}
