-- Statement search reads the newest matches first and stops at its cap (issue 14). The GIN index of V7 yields every
-- match of a word as one bitmap before the first candidate is read: for "sécurité Kosovo" 26,796 matches and 23 ms
-- at 1,000,000 statements, ten times its cost at 100,000. Here every statement's search document is indexed with one
-- more lexeme, its era ('era 15': its id divided by 65,536; no text gives a lexeme with a space), and a search asks
-- one era at a time, newest first, `words & 'era N'`, until it has its candidates: GIN then skips through the word's
-- entries from one entry of the era to the next. At 1,000,000 statements two eras and 11 ms for the same words
-- (docs/benchmarks.md).
--
-- The era is a lexeme rather than a second index column (btree_gin) on purpose: with a second column PostgreSQL
-- costed the era's entries as read in full and chose to filter on the era after reading every match (200 ms at
-- 1,000,000 statements); inside the text query the index always applies it.
--
-- SearchRepository writes the same expressions; both must change together. The functions call pg_catalog only, so
-- that the index expression means the same under any search path. No pending list (fastupdate off, see V10).
create function ${flyway:defaultSchema}.statement_search_era(id bigint) returns tsvector
    language sql immutable parallel safe
    as $$ select pg_catalog.array_to_tsvector(array['era ' || (id / 65536)]) $$;
create function ${flyway:defaultSchema}.statement_search_era_query(era bigint) returns tsquery
    language sql immutable parallel safe
    as $$ select pg_catalog.quote_literal('era ' || era)::tsquery $$;

create index statement_search_era_idx on ${flyway:defaultSchema}.statement
    using gin ((search_document || ${flyway:defaultSchema}.statement_search_era(id))) with (fastupdate = off);
drop index ${flyway:defaultSchema}.statement_search_document_idx;
