-- V11's era functions, which its index calls, with every operator and cast resolved in pg_catalog whatever the
-- caller's search path (V11 said they called pg_catalog only, but `||`, `/` and the cast to tsquery were resolved
-- through the search path: an operator of the same name in another schema would have changed what the index holds).
-- The results are the same, so the index stays valid.
create or replace function ${flyway:defaultSchema}.statement_search_era(id bigint) returns tsvector
    language sql immutable parallel safe
    set search_path = pg_catalog
    as $$ select array_to_tsvector(array['era ' || (id / 65536)::text]) $$;
create or replace function ${flyway:defaultSchema}.statement_search_era_query(era bigint) returns tsquery
    language sql immutable parallel safe
    set search_path = pg_catalog
    as $$ select quote_literal('era ' || era::text)::tsquery $$;
