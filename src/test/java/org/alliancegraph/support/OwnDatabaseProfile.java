package org.alliancegraph.support;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A run of its own on a throwaway database of its own (seeds loaded), for tests whose writes other tests would see in
 * lists they read whole. Each subclass is a profile, and so a database, of its own.
 */
public abstract class OwnDatabaseProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ThrowawayDatabase.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
