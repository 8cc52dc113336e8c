-- Spring Modulith's event publication registry (schema v2): the outbox through which modules hear of each other's
-- events. A publication is written in the transaction that publishes the event and completed when its listener
-- succeeds; incomplete ones are resubmitted until they do.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(20000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
