package org.alliancegraph.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the SQL statements Hibernate issues while something runs, from the {@code org.hibernate.SQL} log (switched on
 * for tests in application.properties). Tests run one request at a time, so every statement seen is that request's.
 */
public final class SqlStatements {

    public record Counted<T>(T result, List<String> statements) {
        public int count() {
            return statements.size();
        }
    }

    private SqlStatements() {
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("org.hibernate.SQL");
        logger.addHandler(handler);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(seen));
        } finally {
            logger.removeHandler(handler);
        }
    }
}
