-- A third grain of the rollup (issue 14): 'month_total', a subject's statements per month whatever their stance,
-- evidential status, kind and language (those columns null). A count by month that filters on nothing but a subject
-- and whole months, the dashboards' usual series, reads one row per month instead of one per combination (at
-- 1,000,000 generated statements 8,064 month rows for the most discussed mission, against its 43 months).

alter table ${flyway:defaultSchema}.statement_rollup
    drop constraint statement_rollup_grain_check,
    drop constraint statement_rollup_check,
    alter column evidential_status drop not null,
    alter column kind drop not null,
    alter column lang drop not null,
    add constraint statement_rollup_grain_check check (grain in ('day', 'month', 'month_total')),
    add constraint statement_rollup_check
        check (grain = 'month_total' or (scope = 'statement') = (stance is null)),
    add constraint statement_rollup_dimensions check ((grain = 'month_total') = (evidential_status is null)
        and (grain = 'month_total') = (kind is null) and (grain = 'month_total') = (lang is null)
        and (grain <> 'month_total' or stance is null));

-- A count added to its day, its month and its month's total.
create or replace function ${flyway:defaultSchema}.statement_rollup_add(p_scope text, p_subject bigint, p_day date,
        p_stance text, p_status text, p_kind text, p_lang text, p_delta bigint) returns void
    language sql
    set search_path = ${flyway:defaultSchema}, pg_catalog
    as $$
    insert into statement_rollup as r
    values ('day', p_scope, p_subject, p_day, p_stance, p_status, p_kind, p_lang, p_delta),
           ('month', p_scope, p_subject, date_trunc('month', p_day::timestamp)::date, p_stance, p_status, p_kind,
            p_lang, p_delta),
           ('month_total', p_scope, p_subject, date_trunc('month', p_day::timestamp)::date, null, null, null, null,
            p_delta)
    on conflict on constraint statement_rollup_key do update set statements = r.statements + excluded.statements
$$;

-- The recount (and with it statement_rollup_drift and statement_rollup_rebuild()) gives the totals too.
create or replace view ${flyway:defaultSchema}.statement_rollup_recount as
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
from days group by scope, subject_id, date_trunc('month', day::timestamp)::date, stance, evidential_status, kind, lang
union all
select 'month_total', scope, subject_id, date_trunc('month', day::timestamp)::date, null, null, null, null,
       sum(statements)::bigint
from days group by scope, subject_id, date_trunc('month', day::timestamp)::date;

-- The totals of the months already counted (no need to read the statements again).
insert into ${flyway:defaultSchema}.statement_rollup
select 'month_total', scope, subject_id, day, null, null, null, null, sum(statements)::bigint
from ${flyway:defaultSchema}.statement_rollup
where grain = 'month'
group by scope, subject_id, day;
