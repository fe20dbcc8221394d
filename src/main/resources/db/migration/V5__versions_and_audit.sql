-- Optimistic locking and audit for the records people name and edit: a version raised by every change (an update
-- names the version it was made from; a stale one is a CONFLICT), who created and last changed each record, and when.
-- Rows stored before this migration came from the seeds.

do $$
declare
    t text;
begin
    foreach t in array array['topic', 'actor', 'alliance', 'event', 'mission', 'source_document', 'statement'] loop
        execute format('alter table %I
                          add column version integer not null default 0,
                          add column created_by text not null default ''seed'',
                          add column created_at timestamptz not null default now(),
                          add column updated_by text not null default ''seed'',
                          add column updated_at timestamptz not null default now()', t);
    end loop;
end
$$;
