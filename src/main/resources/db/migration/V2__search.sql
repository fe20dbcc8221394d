-- Full-text search over statements and documents in their own language, and fuzzy name search.
-- Needs the unaccent and pg_trgm extensions (shipped with PostgreSQL's contrib; creating them needs the CREATE
-- privilege on the database, see README, Configuration).

create extension if not exists unaccent with schema ${flyway:defaultSchema};
create extension if not exists pg_trgm with schema ${flyway:defaultSchema};

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it usable in indexes.
create function ${flyway:defaultSchema}.immutable_unaccent(text) returns text
    language sql immutable parallel safe strict
    return ${flyway:defaultSchema}.unaccent('${flyway:defaultSchema}.unaccent'::regdictionary, $1);

-- The text search configuration for a language tag: stemming for French and English, none for the rest.
create function ${flyway:defaultSchema}.search_config(lang text) returns regconfig
    language sql immutable parallel safe strict
    return case split_part(lang, '-', 1) when 'fr' then 'french'::regconfig when 'en' then 'english'::regconfig
                                         else 'simple'::regconfig end;

alter table statement add column search_vector tsvector generated always as (
    setweight(to_tsvector(${flyway:defaultSchema}.search_config(lang),
                          ${flyway:defaultSchema}.immutable_unaccent(text)), 'A')
    || setweight(to_tsvector(${flyway:defaultSchema}.search_config(coalesce(translation_lang, 'simple')),
                             ${flyway:defaultSchema}.immutable_unaccent(coalesce(translation, ''))), 'B')
) stored;
create index statement_search_idx on statement using gin (search_vector);

alter table source_document add column search_vector tsvector generated always as (
    setweight(to_tsvector(${flyway:defaultSchema}.search_config(language),
                          ${flyway:defaultSchema}.immutable_unaccent(title)), 'A')
    || setweight(to_tsvector(${flyway:defaultSchema}.search_config(language),
                             ${flyway:defaultSchema}.immutable_unaccent(body)), 'B')
) stored;
create index source_document_search_idx on source_document using gin (search_vector);

-- Fuzzy name search: trigram indexes on the lookup keys (lower case, no accents).
create index actor_name_trgm_idx on actor_name using gin (name_key gin_trgm_ops);
create index alliance_name_trgm_idx on alliance_name using gin (name_key gin_trgm_ops);
create index mission_name_trgm_idx on mission
    using gin (lower(${flyway:defaultSchema}.immutable_unaccent(name || ' ' || coalesce(acronym, ''))) gin_trgm_ops);
