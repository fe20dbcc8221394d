package org.alliancegraph.topic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.alliancegraph.common.SluggedEntity;
import org.alliancegraph.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Table(name = "topic")
@Description("A subject of debate that is not an alliance, mission, actor or event, e.g. \"out-of-area missions\".")
public class Topic extends SluggedEntity implements Node {

    @NonNull
    @Description("Name in English.")
    public String name;

    @Description("What the topic covers.")
    public String description;
}
