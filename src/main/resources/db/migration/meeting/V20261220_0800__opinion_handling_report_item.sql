-- 监督法 第十七条: the report on how a deliberation opinion was handled returns to an SC meeting as an agenda item of
-- its own type, created by supervision's collective evaluation through the ReportBackAgenda SPI.
alter table meeting.agenda_item drop constraint agenda_item_type_check;
alter table meeting.agenda_item add constraint agenda_item_type_check check (type in (
  'SPECIAL_WORK_REPORT', 'LAW_ENFORCEMENT_INSPECTION_REPORT', 'SPECIAL_INQUIRY', 'OPINION_HANDLING_REPORT',
  'RESOLUTION', 'APPOINTMENT', 'OTHER'));
