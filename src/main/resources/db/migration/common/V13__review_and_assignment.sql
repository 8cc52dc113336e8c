-- Victims' Code duties of more than one kind: telling the victim of a key decision (every duty so far), and, for the
-- Victims' Right to Review, acknowledging and deciding a request. told_at/told_by record when and by whom a duty was
-- done: the victim told, or the acknowledgement or decision recorded.
alter table victims_code_duty add column kind varchar(30) default 'TELL_VICTIM' not null;
-- When the investigator and supervisor (or the force's professional standards department) were told that the duty
-- was overdue, so that they are told once.
alter table victims_code_duty add column overdue_notified_at timestamp with time zone;

-- Who investigates and who supervises each case, named by the investigating force's professional standards
-- department. One row a case; a new assignment replaces the old, and the audit log keeps the history.
create table case_assignment (
    reference     varchar(20)  primary key,
    investigator  varchar(254) not null,
    supervisor    varchar(254) not null,
    assigned_by   varchar(254) not null,
    assigned_at   timestamp with time zone not null
);
