-- Keyset pages of the root lists (actors and missions by name, then id) and filtered statement pages.

create index actor_name_idx on actor (name, id);
create index actor_kind_name_idx on actor (kind, name, id);
create index mission_name_idx on mission (name, id);

-- A page of one speaker's statements in one evidential status reads only those from the index.
create index statement_speaker_status_idx on statement (speaker_id, evidential_status, id);

-- Foreign keys to excerpt: reloading a document deletes its excerpts, which checks (or nulls) these references.
create index person_role_excerpt_idx on person_role (excerpt_id);
create index alliance_decision_excerpt_idx on alliance (decision_excerpt_id);
create index membership_excerpt_idx on membership (excerpt_id);
create index event_excerpt_idx on event (excerpt_id);
create index mission_mandate_excerpt_idx on mission (mandate_excerpt_id);
create index mission_start_excerpt_idx on mission (start_excerpt_id);
create index mission_objective_excerpt_idx on mission_objective (excerpt_id);
create index troop_strength_excerpt_idx on troop_strength (excerpt_id);
create index mission_status_change_excerpt_idx on mission_status_change (excerpt_id);
