-- Statement search covers what an analyst types: besides the statement's text and translation (weight A), the
-- excerpts that support it (B), the names and aliases of its speaker and of its subjects (C), and the outlets that
-- report it and the sources they cite (D). The document is stored and indexed, and kept current by the triggers
-- below in the transaction of every write that changes what it holds, whichever code path writes.

-- Concatenates tsvectors (their || operator) over rows.
create aggregate ${flyway:defaultSchema}.tsvector_agg(tsvector) (
    sfunc = pg_catalog.tsvector_concat, stype = tsvector, initcond = ''
);

-- Names as searched: no stemming, no accents.
create function ${flyway:defaultSchema}.name_vector(names text) returns tsvector
    language sql immutable parallel safe
    return to_tsvector('simple'::regconfig, ${flyway:defaultSchema}.immutable_unaccent(coalesce(names, '')));

-- Every name of an actor: its own and those of actor_name.
create function ${flyway:defaultSchema}.actor_names(actor bigint) returns text
    language sql stable parallel safe
    set search_path = ${flyway:defaultSchema}, pg_catalog
    return (select a.name || ' ' || coalesce((select string_agg(n.name, ' ') from actor_name n
                                              where n.actor_id = a.id), '')
            from actor a where a.id = actor);

create function ${flyway:defaultSchema}.statement_search_document(statement bigint) returns tsvector
    language sql stable parallel safe
    set search_path = ${flyway:defaultSchema}, pg_catalog
    return (
        select setweight(to_tsvector(search_config(s.lang), immutable_unaccent(s.text)), 'A')
            || setweight(to_tsvector(search_config(coalesce(s.translation_lang, 'simple')),
                                     immutable_unaccent(coalesce(s.translation, ''))), 'A')
            || setweight(coalesce((select tsvector_agg(to_tsvector(search_config(d.language),
                                                                   immutable_unaccent(e.text)))
                                   from report r join excerpt e on e.id = r.excerpt_id
                                   join source_document d on d.id = r.document_id
                                   where r.statement_id = s.id), ''), 'B')
            || setweight(name_vector(actor_names(s.speaker_id)), 'C')
            || setweight(coalesce((select tsvector_agg(name_vector(concat_ws(' ',
                                       actor_names(x.actor_id),
                                       (select al.name || ' ' || coalesce(al.acronym, '') || ' '
                                               || coalesce((select string_agg(n.name, ' ') from alliance_name n
                                                            where n.alliance_id = al.id), '')
                                        from alliance al where al.id = x.alliance_id),
                                       (select m.name || ' ' || coalesce(m.acronym, '') from mission m
                                        where m.id = x.mission_id),
                                       (select ev.name from event ev where ev.id = x.event_id),
                                       (select t.name from topic t where t.id = x.topic_id))))
                                   from statement_subject x where x.statement_id = s.id), ''), 'C')
            || setweight(coalesce((select tsvector_agg(name_vector(concat_ws(' ',
                                       actor_names(coalesce(r.reporting_outlet_id, d.outlet_id)),
                                       (select string_agg(actor_names(c.actor_id), ' ') from report_citation c
                                        where c.report_id = r.id))))
                                   from report r join source_document d on d.id = r.document_id
                                   where r.statement_id = s.id), ''), 'D')
        from statement s where s.id = statement);

-- The generated search_vector of V2 stays until a later release: the version before this one searches it, and its pods
-- answer during a rolling upgrade (docs/operations.md). Nothing here reads it.
alter table statement add column search_document tsvector not null default '';

create function ${flyway:defaultSchema}.refresh_statement_search(statements bigint[]) returns void
    language sql volatile
    set search_path = ${flyway:defaultSchema}, pg_catalog
    begin atomic
        update statement set search_document = statement_search_document(id) where id = any(statements);
    end;

-- The statements whose search document holds an actor's names: as speaker, subject, reporting outlet (or the
-- outlet of a document that reports them) and cited source.
create function ${flyway:defaultSchema}.statements_naming_actor(actor bigint) returns bigint[]
    language sql stable parallel safe
    set search_path = ${flyway:defaultSchema}, pg_catalog
    return array(select id from statement where speaker_id = actor
                 union select statement_id from statement_subject where actor_id = actor
                 union select r.statement_id from report r join source_document d on d.id = r.document_id
                       where coalesce(r.reporting_outlet_id, d.outlet_id) = actor
                 union select r.statement_id from report_citation c join report r on r.id = c.report_id
                       where c.actor_id = actor);

create function ${flyway:defaultSchema}.statement_search_changed() returns trigger
    language plpgsql
    set search_path = ${flyway:defaultSchema}, pg_catalog
as $$
declare
    changed record;
begin
    changed := case when tg_op = 'DELETE' then old else new end;
    case tg_table_name
        when 'statement' then
            perform refresh_statement_search(array[changed.id]);
        when 'statement_subject', 'report' then
            perform refresh_statement_search(array[changed.statement_id]
                || case when tg_op = 'UPDATE' then array[old.statement_id] else '{}'::bigint[] end);
        when 'report_citation' then
            perform refresh_statement_search(array(select statement_id from report
                                                   where id in (changed.report_id, old.report_id)));
        when 'actor' then
            perform refresh_statement_search(statements_naming_actor(changed.id));
        when 'actor_name' then
            perform refresh_statement_search(statements_naming_actor(changed.actor_id));
        when 'alliance' then
            perform refresh_statement_search(array(select statement_id from statement_subject
                                                   where alliance_id = changed.id));
        when 'alliance_name' then
            perform refresh_statement_search(array(select statement_id from statement_subject
                                                   where alliance_id = changed.alliance_id));
        when 'mission' then
            perform refresh_statement_search(array(select statement_id from statement_subject
                                                   where mission_id = changed.id));
        when 'event' then
            perform refresh_statement_search(array(select statement_id from statement_subject
                                                   where event_id = changed.id));
        when 'topic' then
            perform refresh_statement_search(array(select statement_id from statement_subject
                                                   where topic_id = changed.id));
    end case;
    return null;
end
$$;

create trigger statement_search after insert or update of text, translation, lang, translation_lang, speaker_id
    on statement for each row execute function statement_search_changed();
create trigger statement_search after insert or update or delete on statement_subject
    for each row execute function statement_search_changed();
create trigger statement_search after insert or update or delete on report
    for each row execute function statement_search_changed();
create trigger statement_search after insert or update or delete on report_citation
    for each row execute function statement_search_changed();
create trigger statement_search after update of name on actor
    for each row execute function statement_search_changed();
create trigger statement_search after insert or update or delete on actor_name
    for each row execute function statement_search_changed();
create trigger statement_search after update of name, acronym on alliance
    for each row execute function statement_search_changed();
create trigger statement_search after insert or update or delete on alliance_name
    for each row execute function statement_search_changed();
create trigger statement_search after update of name, acronym on mission
    for each row execute function statement_search_changed();
create trigger statement_search after update of name on event
    for each row execute function statement_search_changed();
create trigger statement_search after update of name on topic
    for each row execute function statement_search_changed();

update statement set search_document = statement_search_document(id);
create index statement_search_document_idx on statement using gin (search_document);
