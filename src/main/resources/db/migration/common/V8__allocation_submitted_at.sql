-- When each case's report was submitted, kept with the allocation so staff can list and filter cases by it
-- without reading the reports module's tables. Earlier rows take their first decision's time, which follows
-- submission within seconds.
alter table allocation add column submitted_at timestamp with time zone;
update allocation set submitted_at = coalesce(
    (select min(h.decided_at) from allocation_history h where h.reference = allocation.reference), decided_at);
alter table allocation alter column submitted_at set not null;
create index allocation_submitted_at on allocation (submitted_at);
