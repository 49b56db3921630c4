import { Text, Timeline } from '@mantine/core'
import type { CampaignEvent } from '../../../../supabase/functions/_shared/wire/events.ts'
import {
  CAMPAIGN_STATUS_LABELS,
  isCampaignStatus,
} from '../CampaignStatusBadge/campaign-status-labels.ts'
import { RelativeTime } from '../RelativeTime/RelativeTime.tsx'

const TITLES: Record<string, string> = {
  created: 'Created',
  submitted: 'Submitted to ElevenLabs',
  submit_failed: 'Submission failed',
  cancelled: 'Cancelled',
  retried: 'Failed calls retried',
  upstream_error: 'ElevenLabs reported a problem',
  reconciled: 'Matched with ElevenLabs',
  quota_refunded: 'Quota refunded',
}

function statusWord(value: unknown) {
  return isCampaignStatus(value) ? CAMPAIGN_STATUS_LABELS[value] : String(value)
}

function title(event: CampaignEvent) {
  if (event.kind === 'status_changed' && event.detail?.to) {
    return `Status: ${statusWord(event.detail.to)}`
  }
  return TITLES[event.kind] ?? event.kind.replaceAll('_', ' ')
}

function message(event: CampaignEvent) {
  const text = event.detail?.message
  return typeof text === 'string' ? text : undefined
}

type Props = { events: CampaignEvent[] }

/** What happened to the campaign, newest first, and who did it. */
export function CampaignTimeline({ events }: Props) {
  if (events.length === 0) return <Text c="dimmed">Nothing has happened yet.</Text>

  return (
    <Timeline bulletSize={12} lineWidth={2} aria-label="Activity">
      {events.toReversed().map((event) => (
        <Timeline.Item key={`${event.at}-${event.kind}`} title={title(event)}>
          {message(event) && (
            <Text size="sm" c="red">
              {message(event)}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {event.actor_email ?? 'System'} · <RelativeTime at={event.at} />
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  )
}
