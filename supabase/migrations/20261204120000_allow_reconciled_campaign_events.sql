-- The sync records how it settled a submission whose outcome was unknown.
alter table public.campaign_events
  drop constraint campaign_events_kind_check;

alter table public.campaign_events
  add constraint campaign_events_kind_check check (
    kind in (
      'created', 'submitted', 'submit_failed', 'cancelled', 'retried',
      'status_changed', 'upstream_error', 'quota_refunded', 'reconciled'
    )
  );

comment on column public.campaign_events.kind is
  'What happened. status_changed: {from, to} as the sync saw it upstream. '
  'upstream_error: {code, ...} a problem reading the batch (prefix_mismatch, '
  'batch_not_found). reconciled: {outcome: found | not_received} for a '
  'submission whose outcome was unknown.';
