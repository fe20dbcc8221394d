-- The date a statement is filtered, ordered and counted by: when it was said, or else when the first document that
-- reports it was published (the first day each can mean). Stored, so that date filters and per-period counts use an
-- index instead of a subquery per statement; the loader keeps it up to date when it writes a statement's reports.
alter table statement add column dated date;
update statement s
set dated = coalesce(s.said_date, (select min(d.published_date)
                                   from report r join source_document d on d.id = r.document_id
                                   where r.statement_id = s.id));
create index statement_dated_idx on statement (dated, id);
