-- Reference data: forces, workforce at 31 March 2018, neighbours computed from the force-area boundaries, and the
-- outlines drawn on the map. Only the start-up loader writes these tables, whenever the bundled files (or the way
-- neighbours are computed) change; see src/main/resources/reference/README.md for the sources.
create table police_force (
    code       varchar(32)  primary key,
    name       varchar(200) not null,
    ons_code   varchar(9)   unique,
    region     varchar(64)  not null,
    kind       varchar(32)  not null,
    country    varchar(16),
    sort_order integer      not null
);

-- Home Office, Police workforce, England and Wales (figures at 31 March 2018). Blank cells stay null.
create table police_force_workforce (
    force_code                   varchar(32) primary key references police_force (code),
    as_at                        date        not null,
    officers_fte                 numeric(10, 2),
    police_staff_fte             numeric(10, 2),
    designated_officers_fte      numeric(10, 2),
    staff_plus_designated_fte    numeric(10, 2),
    pcso_fte                     numeric(10, 2),
    special_constables_headcount integer
);

-- Both directions of each pair are stored, so a force's neighbours are one indexed lookup.
create table police_force_neighbour (
    force_code        varchar(32)    not null references police_force (code),
    neighbour_code    varchar(32)    not null references police_force (code),
    shared_boundary_m numeric(12, 1) not null,
    primary key (force_code, neighbour_code)
);

-- The force area as an SVG path in the map's coordinates (kilometres, projected, north up).
create table police_force_outline (
    force_code varchar(32) primary key references police_force (code),
    svg_path   text        not null
);

-- One row: the checksum of the data and computation now loaded, so an unchanged start-up costs one query.
create table reference_data_version (
    id           integer      primary key,
    checksum     varchar(64)  not null,
    map_view_box varchar(64)  not null,
    loaded_at    timestamp with time zone
);
insert into reference_data_version (id, checksum, map_view_box) values (1, 'none', '0 0 0 0');
