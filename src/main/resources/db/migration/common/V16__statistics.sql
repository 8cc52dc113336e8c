-- The statistics module's fact table: one row per case, holding only what national figures count. No victim data,
-- no names, no narrative. Kept up to date by the module's listeners from the reports, allocation and investigations
-- events; rows the synthetic generator writes are marked synthetic = true and are counted only when asked for.
--
-- Outcome flags are "ever recorded" and never unset, so a redelivered or late event cannot change a count twice:
--   crime_recorded      null until the crime-recording decision; true = CRIME_RECORDED (a notifiable crime),
--                       false = INCIDENT_ONLY_RECORDED
--   charged             CHARGED was recorded
--   convicted           left null: no step records a court's verdict yet (the lifecycle ends at charge)
--   no_further_action   NO_FURTHER_ACTION was recorded (including a decision not to investigate), even if a review
--                       later overturned it
--   misconduct_proven   misconduct was found: CASE_TO_ANSWER, REFERRED_TO_BARRED_LIST or any OUTCOME_* other than
--                       OUTCOME_NO_MISCONDUCT_FOUND (practice requiring improvement counts: it is a finding at a
--                       reflective practice stage, not of no misconduct; a case to answer counts even before the
--                       meeting or hearing decides)
--   dismissed           OUTCOME_DISMISSAL_WITHOUT_NOTICE was recorded
--   barred_list         REFERRED_TO_BARRED_LIST was recorded
--   first_decision_on   the earliest day of a key decision (Step.keyDecision: the victim must be told of it)
--   first_decision_working_days  England and Wales working days from reported_on to first_decision_on
--   duties_due          Victims' Code duties started on the case (every duty has a deadline)
--   duties_met_on_time  of those, done on or before their deadline
--
-- No pre-aggregated table: every figure is one GROUP BY over this narrow table, by financial year and force, with
-- the indexes below; at 1,000,000 cases that is a scan of at most one year's ~100,000 index entries, well under a
-- second on both databases, while incremental counters would need their own idempotence and could drift from the
-- rows they count. Regions and England and Wales are sums of the (at most 46) force rows.
create table statistics_case (
    reference                   varchar(20)  primary key,
    synthetic                   boolean      default false not null,
    -- the year of the April the financial year starts: 2024 = April 2024 to March 2025 (UK time). With reported_on
    -- and accused_role, null only for the moment an allocation has been handled before its report (the two events'
    -- listeners run side by side); such a row is not counted until the report's event fills it in.
    financial_year              int,
    reported_on                 date,
    employing_force             varchar(40)  not null,
    investigating_force         varchar(40),
    accused_role                varchar(20),
    referred_to_iopc            boolean      default false not null,
    crime_recorded              boolean,
    charged                     boolean      default false not null,
    convicted                   boolean,
    no_further_action           boolean      default false not null,
    misconduct_proven           boolean      default false not null,
    dismissed                   boolean      default false not null,
    barred_list                 boolean      default false not null,
    first_decision_on           date,
    first_decision_working_days int,
    duties_due                  int          default 0 not null,
    duties_met_on_time          int          default 0 not null,
    constraint statistics_case_duties check (duties_met_on_time between 0 and duties_due)
);
create index statistics_case_year_employing on statistics_case (financial_year, employing_force);
create index statistics_case_year_investigating on statistics_case (financial_year, investigating_force);

-- Each Victims' Code duty once, by the investigations module's duty id, so a redelivered event counts once; the
-- case's duties_due and duties_met_on_time are recounted from here.
create table statistics_duty (
    duty_id    bigint       primary key,
    reference  varchar(20)  not null,
    due_on     date,
    done_on    date
);
create index statistics_duty_reference on statistics_duty (reference);
