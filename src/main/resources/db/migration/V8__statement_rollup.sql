-- Statement counts rolled up, so that dashboards count rows of a summary instead of every statement (issue 14).
--
-- statement_rollup holds, for every combination of day (the statement's `dated`, null when undated), evidential
-- status, kind and language, how many statements there are (scope 'statement', subject 0, no stance) and, per subject,
-- how many statements are about it with each stance (scope 'alliance', 'mission', 'actor', 'event' or 'topic', the
-- subject's id). Each count is kept twice: per day (grain 'day') and per month (grain 'month', `day` the month's first
-- day), because the days of a subject grow with the data, up to every day it is spoken of, and its months do not: a
-- count by month, or over whole months, reads at most 12 x 4 x 3 x 8 x 2 rows a year per subject.
-- Triggers keep it in the transaction of every write that changes a statement or its subjects. Rows whose count falls
-- to zero stay (readers skip them) and are taken again by the next statement of that combination.
--
-- Every write of statements takes one transaction-level advisory lock first (alliance_write_lock(), the key the seed
-- loader has always taken), so that writes that change the same rollup rows never wait for each other in a circle.

-- A statement takes one stance towards a subject (MIXED says it takes several): the rollup counts subject entries
-- as statements. A database that breaks this rule stops the migration here; remove the duplicate entries first.
alter table ${flyway:defaultSchema}.statement_subject add constraint statement_subject_once
    unique nulls not distinct (statement_id, alliance_id, mission_id, actor_id, event_id, topic_id);

create table ${flyway:defaultSchema}.statement_rollup (
    grain              text   not null check (grain in ('day', 'month')),
    scope              text   not null check (scope in ('statement', 'alliance', 'mission', 'actor', 'event', 'topic')),
    subject_id         bigint not null,
    day                date,
    stance             text,
    evidential_status  text   not null,
    kind               text   not null,
    lang               text   not null,
    statements         bigint not null,
    check ((scope = 'statement') = (stance is null)),
    check (grain = 'day' or day = date_trunc('month', day::timestamp)::date),
    constraint statement_rollup_key
        unique nulls not distinct (scope, subject_id, grain, day, stance, evidential_status, kind, lang)
);

create function ${flyway:defaultSchema}.alliance_write_lock() returns void
    language sql
    set search_path = ${flyway:defaultSchema}, pg_catalog
    as $$
    select pg_advisory_xact_lock(99539473)
$$;

-- A count added to its day and its month.
create function ${flyway:defaultSchema}.statement_rollup_add(p_scope text, p_subject bigint, p_day date,
        p_stance text, p_status text, p_kind text, p_lang text, p_delta bigint) returns void
    language sql
    set search_path = ${flyway:defaultSchema}, pg_catalog
    as $$
    insert into statement_rollup as r
    values ('day', p_scope, p_subject, p_day, p_stance, p_status, p_kind, p_lang, p_delta),
           ('month', p_scope, p_subject, date_trunc('month', p_day::timestamp)::date, p_stance, p_status, p_kind,
            p_lang, p_delta)
    on conflict on constraint statement_rollup_key do update set statements = r.statements + excluded.statements
$$;

-- The scope and subject id of a subject entry (no search path of their own: they read only their argument, and
-- PostgreSQL inlines them into the rebuild's GROUP BY).
create function ${flyway:defaultSchema}.statement_subject_scope(ss statement_subject) returns text
    language sql immutable
    as $$
    select case when ss.alliance_id is not null then 'alliance' when ss.mission_id is not null then 'mission'
                when ss.actor_id is not null then 'actor' when ss.event_id is not null then 'event' else 'topic' end
$$;
create function ${flyway:defaultSchema}.statement_subject_target(ss statement_subject) returns bigint
    language sql immutable
    as $$
    select coalesce(ss.alliance_id, ss.mission_id, ss.actor_id, ss.event_id, ss.topic_id)
$$;

-- A statement counted once in scope 'statement' and once per subject entry, with sign +1 or -1.
create function ${flyway:defaultSchema}.statement_rollup_count(s statement, sign bigint) returns void
    language plpgsql
    set search_path = ${flyway:defaultSchema}, pg_catalog
    as $$
begin
    perform statement_rollup_add('statement', 0, s.dated, null, s.evidential_status, s.kind, s.lang, sign);
    perform statement_rollup_add(statement_subject_scope(ss), statement_subject_target(ss), s.dated, ss.stance,
                                 s.evidential_status, s.kind, s.lang, sign)
    from statement_subject ss where ss.statement_id = s.id
    order by statement_subject_scope(ss), statement_subject_target(ss);
end
$$;

-- Inserted or changed: counted again. Deleted: uncounted before the row goes, while its subject entries are still
-- there (their own trigger skips them when the delete cascades to them).
create function ${flyway:defaultSchema}.statement_rollup_statement() returns trigger
    language plpgsql
    set search_path = ${flyway:defaultSchema}, pg_catalog
    as $$
begin
    perform alliance_write_lock();
    if tg_op in ('UPDATE', 'DELETE') then
        perform statement_rollup_count(old, -1);
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    perform statement_rollup_count(new, 1);
    return null;
end
$$;
create trigger statement_rollup
    after insert or update of dated, evidential_status, kind, lang on ${flyway:defaultSchema}.statement
    for each row execute function ${flyway:defaultSchema}.statement_rollup_statement();
create trigger statement_rollup_delete before delete on ${flyway:defaultSchema}.statement
    for each row execute function ${flyway:defaultSchema}.statement_rollup_statement();

create function ${flyway:defaultSchema}.statement_rollup_subject() returns trigger
    language plpgsql
    set search_path = ${flyway:defaultSchema}, pg_catalog
    as $$
declare
    s statement;
begin
    perform alliance_write_lock();
    if tg_op in ('UPDATE', 'DELETE') then
        select * into s from statement where id = old.statement_id;
        if found then
            perform statement_rollup_add(statement_subject_scope(old), statement_subject_target(old), s.dated,
                                         old.stance, s.evidential_status, s.kind, s.lang, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into s from statement where id = new.statement_id;
        perform statement_rollup_add(statement_subject_scope(new), statement_subject_target(new), s.dated,
                                     new.stance, s.evidential_status, s.kind, s.lang, 1);
    end if;
    return null;
end
$$;
create trigger statement_rollup after insert or update or delete on ${flyway:defaultSchema}.statement_subject
    for each row execute function ${flyway:defaultSchema}.statement_rollup_subject();

-- The rollup's rows as the statements give them, both grains.
create view ${flyway:defaultSchema}.statement_rollup_recount as
with days as (
    select 'statement' as scope, 0::bigint as subject_id, s.dated as day, null::text as stance, s.evidential_status,
           s.kind, s.lang, count(*) as statements
    from statement s group by s.dated, s.evidential_status, s.kind, s.lang
    union all
    select statement_subject_scope(ss), statement_subject_target(ss), s.dated, ss.stance, s.evidential_status, s.kind,
           s.lang, count(*)
    from statement_subject ss join statement s on s.id = ss.statement_id
    group by 1, 2, s.dated, ss.stance, s.evidential_status, s.kind, s.lang)
select 'day' as grain, * from days
union all
select 'month', scope, subject_id, date_trunc('month', day::timestamp)::date, stance, evidential_status, kind, lang,
       sum(statements)::bigint
from days group by scope, subject_id, date_trunc('month', day::timestamp)::date, stance, evidential_status, kind, lang;

-- The rollup counted again from the statements: for this migration, bulk loads that disable the triggers, and repair.
create function ${flyway:defaultSchema}.statement_rollup_rebuild() returns void
    language sql
    set search_path = ${flyway:defaultSchema}, pg_catalog
    as $$
    delete from statement_rollup;
    insert into statement_rollup select * from statement_rollup_recount;
$$;

-- The rows where the rollup and a recount from the statements differ: none when it is right.
create view ${flyway:defaultSchema}.statement_rollup_drift as
with kept as (select * from statement_rollup where statements <> 0)
(select 'missing' as drift, * from statement_rollup_recount except select 'missing', * from kept)
union all
(select 'extra', * from kept except select 'extra', * from statement_rollup_recount);

select ${flyway:defaultSchema}.statement_rollup_rebuild();
