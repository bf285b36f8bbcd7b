-- Activity photos (taken on a phone at the activity) and who attended what: the deputies on duty per reception
-- day and the deputies attending each training are kept as person ids (arrays, as on activities); the GIN
-- indexes serve the per-deputy figures (OutreachFigures) and a deputy's own outreach page.
create table outreach.activity_photo
(
  congress_id  bigint not null default core.current_congress(),
  id           bigint generated always as identity,
  activity_id  bigint not null,
  file_name    text   not null check (length(file_name) between 1 and 255),
  content_type text   not null check (content_type in ('image/png', 'image/jpeg')),
  data         bytea  not null,
  thumbnail    bytea  not null, -- a JPEG at most 320 px wide or high, made at upload
  size_bytes   int    not null,
  uploaded_by  bigint,
  uploaded_at  timestamptz not null default now(),
  primary key (congress_id, id),
  foreign key (congress_id, activity_id) references outreach.activity (congress_id, id)
);
create index activity_photo_activity on outreach.activity_photo (congress_id, activity_id, id);
alter table outreach.activity_photo enable row level security;
alter table outreach.activity_photo force row level security;
create policy tenant on outreach.activity_photo using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, delete on outreach.activity_photo to ${app_role};

create index station_duty_deputies on outreach.station_duty using gin (deputy_ids);
create index training_deputies on outreach.training using gin (deputy_ids);
