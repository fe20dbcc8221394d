-- The dashboard query's equivalent in plain SQL, for pgbench: alliances -> missions -> latest 20 statements each
-- -> speaker, in one statement.
select a.name, m.name, s.stance, s.text, sp.name
from alliance.alliance a
join alliance.mission m on m.alliance_id = a.id
join lateral (select ss.stance, st.text, st.speaker_id
              from alliance.statement_subject ss join alliance.statement st on st.id = ss.statement_id
              where ss.mission_id = m.id
              order by st.id desc limit 20) s on true
join alliance.actor sp on sp.id = s.speaker_id;
