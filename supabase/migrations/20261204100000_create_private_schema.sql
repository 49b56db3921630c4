-- Helpers, triggers and privileged functions live here: the Data API does not
-- expose this schema and the API roles cannot even look into it.
create schema if not exists private;

revoke all on schema private from public, anon, authenticated;
grant usage on schema private to service_role;

comment on schema private is
  'Triggers and security definer functions behind the batch-calls function. '
  'Not exposed by the Data API; anon and authenticated have no usage.';
