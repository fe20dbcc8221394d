package org.alliancegraph.support;

/**
 * A run of its own on a throwaway database of its own, for tests that add the benchmark's synthetic data: the other
 * tests keep a database that holds the seeds only.
 */
public class GeneratedDataProfile extends OwnDatabaseProfile {
}
