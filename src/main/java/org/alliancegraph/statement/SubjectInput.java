package org.alliancegraph.statement;

import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.common.BadUserInputException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SubjectInput")
@Description("A subject of statements, named by slug: set exactly one field.")
public class SubjectInput {

    @Description("Slug of an alliance, e.g. \"nato\".")
    public String alliance;

    @Description("Slug of a mission, e.g. \"kfor\".")
    public String mission;

    @Description("Slug of an actor, e.g. \"ukraine\".")
    public String actor;

    @Description("Slug of an event, e.g. \"nato-summit-ankara-2026\".")
    public String event;

    @Description("Slug of a topic, e.g. \"out-of-area-missions\".")
    public String topic;

    /** The one subject set: its kind and slug. */
    SubjectRef ref() {
        List<SubjectRef> set = new ArrayList<>();
        add(set, SubjectKind.ALLIANCE, alliance);
        add(set, SubjectKind.MISSION, mission);
        add(set, SubjectKind.ACTOR, actor);
        add(set, SubjectKind.EVENT, event);
        add(set, SubjectKind.TOPIC, topic);
        if (set.size() != 1) {
            throw new BadUserInputException("about: set exactly one of alliance, mission, actor, event, topic");
        }
        return set.get(0);
    }

    private static void add(List<SubjectRef> set, SubjectKind kind, String slug) {
        if (slug != null) {
            set.add(new SubjectRef(kind, slug));
        }
    }

    record SubjectRef(SubjectKind kind, String slug) {
    }
}
