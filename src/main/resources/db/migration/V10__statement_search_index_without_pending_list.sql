-- Statement search reads its GIN index without a pending list (issue 14). With GIN's default fastupdate, new entries
-- wait in an unsorted pending list (up to gin_pending_list_limit, 4 MB) until a vacuum merges them, and every search
-- reads that whole list: at 100,000 generated statements the index scan for "sécurité Kosovo" read 442 pages in 9.8 ms
-- with the list, 52 pages in 2.1 ms without it. Writes now update the posting trees directly (statement writes are
-- few next to searches, and already serialised by alliance_write_lock()).
alter index ${flyway:defaultSchema}.statement_search_document_idx set (fastupdate = off);
select gin_clean_pending_list('${flyway:defaultSchema}.statement_search_document_idx'::regclass);

-- V2's generated search vector, which only versions before V7 searched: kept until now for a rolling update from
-- them, and written (with its own GIN index) by every statement insert since.
alter table ${flyway:defaultSchema}.statement drop column search_vector;
