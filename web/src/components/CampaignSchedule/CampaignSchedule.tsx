import { Text, Tooltip } from '@mantine/core'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { formatDateTime, formatUtc } from '../../lib/date-format.ts'

type Props = { campaign: Pick<Campaign, 'scheduled_at' | 'time_zone'> }

/** When the campaign starts, in the zone it was scheduled in; UTC on hover. */
export function CampaignSchedule({ campaign }: Props) {
  const { scheduled_at: at, time_zone: zone } = campaign
  if (!at) return <Text size="sm">Started right away</Text>

  return (
    <div>
      <Tooltip
        label={formatUtc(at)}
        events={{ hover: true, focus: true, touch: true }}
      >
        <Text component="time" dateTime={at} size="sm" tabIndex={0}>
          {formatDateTime(at, zone ?? undefined)}
        </Text>
      </Tooltip>
      {zone && (
        <Text size="xs" c="dimmed">
          {zone.replaceAll('_', ' ')}
        </Text>
      )}
    </div>
  )
}
