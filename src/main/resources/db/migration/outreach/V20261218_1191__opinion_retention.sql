-- Retention of citizens' personal data (issue #15): the name and phone of a closed or dismissed opinion are purged
-- after renda.outreach.retention-months (OpinionRetention); content and history stay. The index serves the job.
alter table outreach.opinion add column personal_data_purged_at timestamptz;
create index opinion_retention on outreach.opinion (congress_id, updated_at)
  where state in ('CLOSED', 'DISMISSED') and (contact_sealed is not null or citizen_name_masked is not null
                                             or citizen_phone_masked is not null);
