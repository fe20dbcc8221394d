-- Persisted queries (Apollo's automatic persisted queries and trusted documents): the documents clients registered,
-- by their SHA-256, so that every replica knows every registered hash.
create table persisted_query (
    sha256      text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    document    text not null,
    trusted     boolean not null default false,
    created_at  timestamptz not null default now()
);
