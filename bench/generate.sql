-- Deterministic synthetic data at scale for the benchmark: psql -v statements=100000 -f bench/generate.sql
-- Adds 10 alliances, 2,000 actors, 200 missions, 50 events and :statements statements (10 per document), each with a
-- subject or two, an excerpt and a report, skewed the way news is: a few missions and speakers get most statements.
-- Runs after the migrations (and seeds) in an otherwise empty database; the same seed gives the same data.
\set ON_ERROR_STOP on
set search_path = alliance;
set max_parallel_workers_per_gather = 0;  -- one process, so random() draws in one order
select setseed(0.4242);

-- The statements' search documents (V7) are built once at the end, not by the triggers for every row inserted.
alter table statement disable trigger statement_search;
alter table statement_subject disable trigger statement_search;
alter table report disable trigger statement_search;
alter table report_citation disable trigger statement_search;
alter table actor_name disable trigger statement_search;
alter table alliance_name disable trigger statement_search;
-- So are the statement counts' rollup (V8).
alter table statement disable trigger statement_rollup;
alter table statement disable trigger statement_rollup_delete;
alter table statement_subject disable trigger statement_rollup;

-- Words to write statements with, French and English, accents included.
create temp table vocabulary as
select array['otan', 'nato', 'mission', 'missions', 'sécurité', 'security', 'défense', 'defence', 'alliance',
             'alliés', 'allies', 'sommet', 'summit', 'retrait', 'withdrawal', 'troupes', 'troops', 'Kosovo', 'Irak',
             'Iraq', 'Ankara', 'Bruxelles', 'Brussels', 'Washington', 'Ukraine', 'partenaires', 'partners',
             'dissuasion', 'deterrence', 'mandat', 'mandate', 'calendrier', 'timetable', 'fin', 'end', 'réduire',
             'reduce', 'indispensable', 'essential', 'stabilité', 'stability', 'Balkans', 'européens', 'Europeans',
             'responsabilité', 'responsibility', 'global', 'collective', 'collective', 'crise', 'crisis',
             'engagement', 'commitment', 'budget', 'formation', 'training', 'forces', 'frontière', 'border',
             'menace', 'threat', 'consensus', 'décision', 'decision', 'opération', 'operation'] as words;

create temp table gen_statement as
select i,
       (i - 1) / 10 as doc,
       floor(2000 * power(random(), 3))::int as speaker,           -- skewed: a few speakers say most
       floor(200 * power(random(), 3))::int as mission,            -- skewed: a few missions get most
       (array['SUPPORTS', 'OPPOSES', 'NEUTRAL', 'MIXED'])[1 + floor(random() * 4)::int] as stance,
       (array['DIRECT_QUOTE', 'PARAPHRASE', 'POSITION', 'DEMAND', 'SIGNAL', 'DENIAL', 'ASSERTION'])
           [1 + floor(random() * 7)::int] as kind,
       case when random() < 0.35 then 'REPORTED' else 'CONFIRMED' end as status,
       case when random() < 0.7 then 'fr' else 'en' end as lang,
       random() < 0.3 as about_alliance,
       floor(10 * random())::int as alliance,
       random() < 0.5 as dated,
       random() < 0.4 as via_outlet,
       floor(100 * random())::int as outlet,
       random() < 0.1 as cites
from generate_series(1, :statements) as i;

alter table gen_statement add column text text;
update gen_statement g
set text = (select array_to_string(array(
               select v.words[1 + floor(random() * array_length(v.words, 1))::int]
               from generate_series(1, 8 + (g.i % 9))), ' ')
            from vocabulary v);

alter table gen_statement add column start_offset int;
update gen_statement g set start_offset = o.start_offset
from (select i, sum(char_length(text) + 1) over (partition by doc order by i) - char_length(text) - 1 as start_offset
      from gen_statement) o
where o.i = g.i;

-- Id bases, so that generated rows follow whatever is already stored.
create temp table base as
select (select coalesce(max(id), 0) from actor) as actor, (select coalesce(max(id), 0) from alliance) as alliance,
       (select coalesce(max(id), 0) from mission) as mission, (select coalesce(max(id), 0) from event) as event,
       (select coalesce(max(id), 0) from source_document) as document,
       (select coalesce(max(id), 0) from statement) as statement,
       (select coalesce(max(id), 0) from excerpt) as excerpt, (select coalesce(max(id), 0) from report) as report;

-- Actors: 200 states, 1,500 people, 100 outlets (ids 0-99 of the outlet draw), 200 anonymous sources.
insert into actor (id, slug, kind, name)
select b.actor + 1 + a, 'bench-actor-' || a,
       case when a < 200 then 'STATE' when a < 1700 then 'PERSON' when a < 1800 then 'MEDIA_OUTLET'
            else 'ANONYMOUS_SOURCE' end,
       'Bench actor ' || a
from generate_series(0, 1999) a, base b;
insert into actor_name (actor_id, name, lang, kind, name_key)
select b.actor + 1 + a, 'Bench actor ' || a, null, 'CANONICAL', 'bench actor ' || a
from generate_series(0, 1999) a, base b;

insert into alliance (id, slug, name, acronym)
select b.alliance + 1 + a, 'bench-alliance-' || a, 'Bench alliance ' || a, 'BA' || a
from generate_series(0, 9) a, base b;
insert into alliance_name (alliance_id, name, lang, kind, name_key)
select b.alliance + 1 + a, 'Bench alliance ' || a, 'en', 'CANONICAL', 'bench alliance ' || a
from generate_series(0, 9) a, base b;
insert into membership (alliance_id, actor_id, status, from_date, from_precision)
select b.alliance + 1 + (s % 10), b.actor + 1 + s, 'MEMBER', date '1990-01-01' + s, 'DAY'
from generate_series(0, 199) s, base b;

insert into mission (id, slug, alliance_id, name, acronym, kind, theatre, start_date, start_precision)
select b.mission + 1 + m, 'bench-mission-' || m, b.alliance + 1 + (m % 10), 'Bench mission ' || m, 'BM' || m,
       'TRAINING', 'Theatre ' || (m % 40), make_date(2000 + m % 25, 1, 1), 'YEAR'
from generate_series(0, 199) m, base b;
insert into mission_status_change (mission_id, kind, status, realisation, effective_date, effective_precision)
select b.mission + 1 + m, 'LAUNCH', 'ACTIVE', 'OCCURRED', make_date(2000 + m % 25, 1, 1), 'YEAR'
from generate_series(0, 199) m, base b;

insert into event (id, slug, kind, name, alliance_id, place, start_date, start_precision)
select b.event + 1 + e, 'bench-event-' || e, 'SUMMIT', 'Bench summit ' || e, b.alliance + 1 + (e % 10),
       'City ' || e, date '2020-01-01' + e * 40, 'DAY'
from generate_series(0, 49) e, base b;

insert into source_document (id, slug, title, outlet_id, language, published_date, published_precision, body,
                             text_hash)
select b.document + 1 + doc, 'bench-document-' || doc, 'Bench document ' || doc, b.actor + 1 + 1700 + doc % 100,
       'fr', date '2020-01-01' + (doc % 2190), 'DAY', body, encode(sha256(convert_to(body, 'UTF8')), 'hex')
from (select doc, string_agg(text, ' ' order by i) as body from gen_statement group by doc) d, base b;

insert into statement (id, slug, speaker_id, kind, evidential_status, text, lang, said_date, said_precision, dated)
select b.statement + g.i, 'bench-statement-' || g.i, b.actor + 1 + g.speaker, g.kind, g.status, g.text, g.lang,
       case when g.dated then date '2020-01-01' + (g.doc % 2190) end, case when g.dated then 'DAY' end,
       date '2020-01-01' + (g.doc % 2190)  -- said on the day its document was published, or dated by that day
from gen_statement g, base b;

insert into statement_subject (statement_id, stance, mission_id)
select b.statement + g.i, g.stance, b.mission + 1 + g.mission from gen_statement g, base b;
insert into statement_subject (statement_id, stance, alliance_id)
select b.statement + g.i, g.stance, b.alliance + 1 + g.alliance from gen_statement g, base b where g.about_alliance;

insert into excerpt (id, document_id, start_offset, end_offset, text)
select b.excerpt + g.i, b.document + 1 + g.doc, g.start_offset, g.start_offset + char_length(g.text), g.text
from gen_statement g, base b;
insert into report (id, statement_id, document_id, excerpt_id, reporting_outlet_id)
select b.report + g.i, b.statement + g.i, b.document + 1 + g.doc, b.excerpt + g.i,
       case when g.via_outlet then b.actor + 1 + 1700 + g.outlet end
from gen_statement g, base b;
insert into report_citation (report_id, position, actor_id)
select b.report + g.i, 0, b.actor + 1 + 1800 + (g.i % 200) from gen_statement g, base b where g.cites;

-- Identity columns continue after the explicit ids.
do $$
declare t text;
begin
  foreach t in array array['actor', 'actor_name', 'alliance', 'alliance_name', 'membership', 'mission',
                           'mission_status_change', 'event', 'source_document', 'statement', 'statement_subject',
                           'excerpt', 'report', 'report_citation'] loop
    execute format('select setval(pg_get_serial_sequence(%L, ''id''), (select max(id) from alliance.%I))',
                   'alliance.' || t, t);
  end loop;
end $$;

alter table statement enable trigger statement_search;
alter table statement_subject enable trigger statement_search;
alter table report enable trigger statement_search;
alter table report_citation enable trigger statement_search;
alter table actor_name enable trigger statement_search;
alter table alliance_name enable trigger statement_search;
-- Statistics first: without them PostgreSQL plans the search document's subqueries for a tiny table and scans
-- report and excerpt for every statement (500 statements took 8 min 37 s at 1,000,000; with statistics about 1 ms
-- each at 100,000).
analyze;
update statement set search_document = statement_search_document(id);
alter table statement enable trigger statement_rollup;
alter table statement enable trigger statement_rollup_delete;
alter table statement_subject enable trigger statement_rollup;
select statement_rollup_rebuild();

analyze;
select (select count(*) from statement) as statements, (select count(*) from statement_subject) as subjects,
       (select count(*) from report) as reports, (select count(*) from source_document) as documents;
