-- Search: segmented case texts (SmartChineseAnalyzer terms, one row per case and term) ranked with BM25 in SQL.
create schema if not exists search;
grant usage on schema search to ${app_role};

create table search.document
(
  congress_id bigint  not null default core.current_congress(),
  case_id     bigint  not null,
  kind        text    not null,
  year        int     not null,
  number      text    not null default '',
  title       text    not null,
  content     text    not null default '',
  unit_ids    bigint[] not null default '{}',
  unit_roles  text[]  not null default '{}',
  length      int     not null,
  indexed_at  timestamptz not null default now(),
  primary key (congress_id, case_id)
);
create index document_kind_year on search.document (congress_id, kind, year);
alter table search.document enable row level security;
alter table search.document force row level security;
create policy tenant on search.document using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update, delete on search.document to ${app_role};

-- tf counts title terms twice (titles say what a case is about).
create table search.term
(
  congress_id bigint not null default core.current_congress(),
  term        text   not null,
  case_id     bigint not null,
  tf          int    not null,
  primary key (congress_id, term, case_id)
);
create index term_case on search.term (congress_id, case_id);
alter table search.term enable row level security;
alter table search.term force row level security;
create policy tenant on search.term using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, delete on search.term to ${app_role};
