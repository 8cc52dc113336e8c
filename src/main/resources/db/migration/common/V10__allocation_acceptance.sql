-- The investigating force must accept a case within 2 working days of its allocation (England and Wales calendar),
-- or it escalates to the IOPC and administrators. Rewritten whenever the investigating force changes.
create table allocation_acceptance (
    reference           varchar(20)  primary key,
    investigating_force varchar(64)  not null,
    due_on              date         not null,
    accepted_at         timestamp with time zone,
    accepted_by         varchar(254)
);
create index allocation_acceptance_open on allocation_acceptance (accepted_at, due_on);
