-- The plans of the filtered page, the aggregate and the search as the application sends them (prepared, with the
-- generic plan PostgreSQL uses for a cached statement after five executions):
--   psql -d alliance_bench_N -f bench/explain.sql
set search_path = alliance;
set plan_cache_mode = force_generic_plan;

prepare filtered(text, text, text, int) as
select s.id, s.slug, s.text, s.said_precision, s.said_date, s.speaker_id from statement s
where s.speaker_id = (select a.id from actor a where a.slug = $1)
  and exists (select 1 from statement_subject ss where ss.statement_id = s.id
              and ss.mission_id = (select m.id from mission m where m.slug = $2))
  and s.evidential_status = $3
order by s.id desc fetch first $4 rows only;
explain (analyze, buffers, costs off) execute filtered('bench-actor-3', 'bench-mission-1', 'REPORTED', 21);

prepare aggregate(text, text) as
select date_trunc('month', r.day::timestamp)::date, sum(r.statements)::bigint from statement_rollup r
where r.scope = $1 and r.subject_id = (select x.id from mission x where x.slug = $2) and r.grain = 'month_total'
group by 1 having sum(r.statements) > 0 order by 1 nulls last;
explain (analyze, buffers, costs off) execute aggregate('mission', 'bench-mission-0');

prepare search(text, int) as
with q as (select (websearch_to_tsquery('french', immutable_unaccent($1))
                   || websearch_to_tsquery('english', immutable_unaccent($1))
                   || websearch_to_tsquery('simple', immutable_unaccent($1))) as match,
                  (websearch_to_tsquery('french', $1) || websearch_to_tsquery('english', $1)
                   || websearch_to_tsquery('simple', $1)) as show),
candidates as (select c.* from q, generate_series((select max(id) from statement) / 65536, 0, -1) e(era),
               lateral (select s.id, s.lang, s.text, s.search_document from statement s
                        where (s.search_document || statement_search_era(s.id))
                              @@ (q.match && statement_search_era_query(e.era)) and true limit 2000) c
               limit 2000),
ranked as (select c.id, c.lang, c.text, ts_rank(c.search_document, q.match)::float8 as rank from candidates c, q),
best as (select * from ranked where true order by rank desc, id limit $2)
select best.id, best.rank, ts_headline(search_config(best.lang), best.text, q.show,
                                       'StartSel=<mark>, StopSel=</mark>, HighlightAll=true')
from best, q order by best.rank desc, best.id;
explain (analyze, buffers, costs off) execute search('sécurité Kosovo', 20);
