-- The audit log: append-only, each entry carrying the SHA-256 of its own canonical content and of the entry before.
create table audit_entry (
    sequence      bigint        primary key,
    recorded_at   timestamp with time zone not null,
    actor         varchar(254)  not null,
    action        varchar(100)  not null,
    subject       varchar(500)  not null,
    detail        varchar(2000) not null,
    previous_hash varchar(64)   not null,
    entry_hash    varchar(64)   not null
);
create index audit_entry_subject on audit_entry (subject);

-- The end of the chain. Appending locks this one row, so entries get consecutive numbers in commit order; a log
-- cut short at the end no longer matches it.
create table audit_chain_head (
    id            int         primary key,
    last_sequence bigint      not null,
    last_hash     varchar(64) not null
);
insert into audit_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
