package org.alliancegraph.topic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.alliancegraph.common.SluggedEntity;

/** Topic as written: the write model; reads go through {@link TopicView}. */
@Entity
@Table(name = "topic")
public class Topic extends SluggedEntity {
    public String name;

    public String description;
}
