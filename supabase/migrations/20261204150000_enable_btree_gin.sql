-- Lets one GIN index hold the customer next to the name trigrams, so a name
-- search reads only the caller's customer's posting lists.
create extension if not exists btree_gin with schema extensions;
