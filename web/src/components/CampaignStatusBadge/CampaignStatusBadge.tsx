import { Badge, type MantineColor } from '@mantine/core'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { CAMPAIGN_STATUS_LABELS } from './campaign-status-labels.ts'

const COLORS: Record<Campaign['status'] | 'scheduled', MantineColor> = {
  scheduled: 'violet',
  pending: 'gray',
  in_progress: 'blue',
  completed: 'teal',
  failed: 'red',
  cancelled: 'orange',
}

type Props = {
  campaign: Pick<Campaign, 'status' | 'scheduled_at'>
  /** The time to judge "Scheduled" against; tests pin it. */
  now?: number
}

/** The campaign's status; a pending campaign that starts later is "Scheduled". */
export function CampaignStatusBadge({ campaign, now = Date.now() }: Props) {
  const scheduled =
    campaign.status === 'pending' &&
    campaign.scheduled_at !== null &&
    Date.parse(campaign.scheduled_at) > now
  const key = scheduled ? 'scheduled' : campaign.status

  return (
    <Badge color={COLORS[key]} variant="light">
      {scheduled ? 'Scheduled' : CAMPAIGN_STATUS_LABELS[campaign.status]}
    </Badge>
  )
}
