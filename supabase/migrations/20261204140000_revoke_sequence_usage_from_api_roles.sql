-- The Data API roles never need to draw or set sequence values themselves;
-- identity columns take their next value without these privileges.
revoke usage, update on all sequences in schema public from anon, authenticated;

alter default privileges for role postgres in schema public
  revoke usage, update on sequences from anon, authenticated;
