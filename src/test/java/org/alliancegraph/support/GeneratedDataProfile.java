package org.alliancegraph.support;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A run of its own on a throwaway database of its own, for tests that add the benchmark's synthetic data: the other
 * tests keep a database that holds the seeds only.
 */
public class GeneratedDataProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ThrowawayDatabase.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
