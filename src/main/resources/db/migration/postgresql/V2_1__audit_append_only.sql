-- PostgreSQL refuses any change to an audit entry once written. (Someone able to drop this trigger can still
-- tamper; the hash chain then shows where.)
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end
$$;

create trigger audit_entry_no_change
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
