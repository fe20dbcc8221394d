-- The dashboard query's answer built by PostgreSQL alone, for pgbench (the ceiling in bench/peer.sh): the same nested
-- JSON as bench/queries/2-dashboard.graphql's data (alliances -> missions -> latest 20 statements about each ->
-- speaker), in one statement with LATERAL joins. bench/dashboard.sql is the same read returning flat rows.
select json_build_object('alliances', coalesce(json_agg(json_build_object('name', a.name, 'missions', am.missions)
                                                        order by a.id), '[]'::json)) as data
from alliance.alliance a
cross join lateral (
  select coalesce(json_agg(json_build_object('name', m.name, 'discussedIn', json_build_object('edges', ms.edges))
                           order by m.id), '[]'::json) as missions
  from alliance.mission m
  cross join lateral (
    select coalesce(json_agg(json_build_object('stance', s.stance,
                                               'node', json_build_object('text', s.text,
                                                                         'speaker', json_build_object('name', sp.name)))
                             order by s.id desc), '[]'::json) as edges
    from (select ss.stance, st.id, st.text, st.speaker_id
          from alliance.statement_subject ss
          join alliance.statement st on st.id = ss.statement_id
          where ss.mission_id = m.id
          order by st.id desc limit 20) s
    join alliance.actor sp on sp.id = s.speaker_id
  ) ms
  where m.alliance_id = a.id
) am;
