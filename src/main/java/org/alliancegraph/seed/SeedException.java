package org.alliancegraph.seed;

/**
 * A seed file that cannot be loaded, with the file and the place in it (a JSON pointer such as /statements/3/speaker).
 */
public class SeedException extends RuntimeException {

    private final String file;
    private final String location;

    private final String problem;

    public SeedException(String file, String location, String problem) {
        super(file + ": " + (location.isEmpty() ? "/" : location) + ": " + problem);
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    public SeedException(String file, String location, String problem, Throwable cause) {
        this(file, location, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    /** What is wrong, without the file and the location. */
    public String problem() {
        return problem;
    }

    /** JSON pointer to the offending entry or field; empty for the whole file. */
    public String location() {
        return location;
    }
}
