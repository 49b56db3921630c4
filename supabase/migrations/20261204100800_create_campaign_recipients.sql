create table public.campaign_recipients (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null,
  customer_id uuid not null,
  position integer not null,
  phone_number text not null check (phone_number ~ '^\+[1-9][0-9]{6,14}$'),
  variables jsonb not null default '{}' check (jsonb_typeof(variables) = 'object'),
  status text not null default 'pending' check (
    status in (
      'pending', 'dispatched', 'initiated', 'in_progress',
      'completed', 'failed', 'voicemail', 'cancelled'
    )
  ),
  conversation_id text,
  updated_at timestamptz not null default now(),
  foreign key (campaign_id, customer_id)
    references public.campaigns (id, customer_id) on delete cascade,
  unique (campaign_id, phone_number),
  unique (campaign_id, position)
);

comment on table public.campaign_recipients is
  'Who a campaign calls. id is sent upstream as the recipient id; sync matches '
  'upstream recipients back by id, else by phone number.';
comment on column public.campaign_recipients.customer_id is
  'Copied from the campaign (enforced by the foreign key) so row-level security '
  'needs no join.';
comment on column public.campaign_recipients.position is
  'Order in the submitted list, from 1; listings and exports keep it.';
comment on column public.campaign_recipients.variables is
  'Dynamic variables for the agent, name to string, number or boolean.';
comment on column public.campaign_recipients.conversation_id is
  'ElevenLabs conversation for this call, once dialled.';

create index campaign_recipients_customer_id_idx
  on public.campaign_recipients (customer_id);
create index campaign_recipients_campaign_status_idx
  on public.campaign_recipients (campaign_id, status, position);

alter table public.campaign_recipients enable row level security;

revoke all on public.campaign_recipients from anon;
revoke insert, update, delete, truncate, references, trigger
  on public.campaign_recipients from authenticated;

create policy "Members can read their customer's campaign recipients"
  on public.campaign_recipients for select to authenticated
  using (
    customer_id = (
      select m.customer_id from public.customer_members m
      where m.user_id = (select auth.uid())
    )
  );
