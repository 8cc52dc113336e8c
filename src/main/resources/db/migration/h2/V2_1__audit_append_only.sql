-- The embedded database refuses changes to audit entries too, through a Java trigger (H2 has no PL/pgSQL).
create trigger audit_entry_no_change before update, delete on audit_entry
    for each row call 'org.crossforce.audit.internal.AppendOnlyTrigger';
