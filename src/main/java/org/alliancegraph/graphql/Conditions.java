package org.alliancegraph.graphql;

import java.util.ArrayList;
import java.util.List;

/** HQL or SQL conditions joined by "and", with their positional parameters numbered as they are added. */
public class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a condition whose parameters are written "?" in order. */
    public void add(String condition, Object... values) {
        StringBuilder numbered = new StringBuilder();
        int next = 0;
        for (char c : condition.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                parameters.add(values[next++]);
                numbered.append(parameters.size());
            }
        }
        conditions.add(numbered.toString());
    }

    /** Adds a parameter used outside the conditions; returns its placeholder. */
    public String parameter(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    public Object[] parameters() {
        return parameters.toArray();
    }

    /** The where clause, or nothing when there is no condition. */
    public String hql() {
        return conditions.isEmpty() ? "" : "where " + all() + " ";
    }

    /** The conditions joined by "and", to follow another one; "true" when there is none. */
    public String all() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }
}
