package org.alliancegraph.common;

import java.util.Map;

import org.alliancegraph.actor.Actor;
import org.alliancegraph.actor.ActorName;
import org.alliancegraph.actor.PersonRole;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.alliance.AllianceName;
import org.alliancegraph.alliance.Membership;
import org.alliancegraph.document.Excerpt;
import org.alliancegraph.document.SourceDocument;
import org.alliancegraph.event.Event;
import org.alliancegraph.mission.Mission;
import org.alliancegraph.mission.MissionObjective;
import org.alliancegraph.mission.MissionStatusChange;
import org.alliancegraph.mission.TroopStrength;
import org.alliancegraph.statement.Report;
import org.alliancegraph.statement.ReportCitation;
import org.alliancegraph.statement.Statement;
import org.alliancegraph.statement.StatementSubject;
import org.alliancegraph.topic.Topic;

/** The GraphQL type name of every stored record type, for global ids. */
public final class NodeTypes {

    private static final Map<String, Class<? extends DomainEntity>> TYPES = Map.ofEntries(
            Map.entry("Actor", Actor.class), Map.entry("ActorName", ActorName.class),
            Map.entry("PersonRole", PersonRole.class), Map.entry("Alliance", Alliance.class),
            Map.entry("AllianceName", AllianceName.class), Map.entry("Membership", Membership.class),
            Map.entry("Excerpt", Excerpt.class), Map.entry("Document", SourceDocument.class),
            Map.entry("Event", Event.class), Map.entry("Mission", Mission.class),
            Map.entry("MissionObjective", MissionObjective.class),
            Map.entry("MissionStatusChange", MissionStatusChange.class),
            Map.entry("TroopStrength", TroopStrength.class), Map.entry("Report", Report.class),
            Map.entry("ReportCitation", ReportCitation.class), Map.entry("Statement", Statement.class),
            Map.entry("StatementSubject", StatementSubject.class), Map.entry("Topic", Topic.class));

    private NodeTypes() {
    }

    public static String nameOf(Class<?> type) {
        for (Map.Entry<String, Class<? extends DomainEntity>> entry : TYPES.entrySet()) {
            if (entry.getValue() == type) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("not a node type: " + type);
    }

    /** The record type of a GraphQL type name; BAD_USER_INPUT for a name that is not one. */
    public static Class<? extends DomainEntity> typeOf(String name) {
        Class<? extends DomainEntity> type = TYPES.get(name);
        if (type == null) {
            throw new BadUserInputException("id: no record type " + name);
        }
        return type;
    }
}
