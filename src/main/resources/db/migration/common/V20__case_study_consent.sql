-- The case a case study was drawn from, kept only so that the service can tell when its victim withdraws consent to
-- anonymised use: such a case study is flagged on the draft and the draft cannot be submitted until it is removed.
-- Never printed in the evidence pack, never in the API, never shown to assessors. Null for a case study written by
-- hand and for every other kind of evidence.
alter table super_complaint_evidence add column case_reference varchar(20);
