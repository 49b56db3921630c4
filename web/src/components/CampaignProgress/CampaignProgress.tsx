import { Progress, Text } from '@mantine/core'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'

type Props = {
  campaign: Pick<
    Campaign,
    'name' | 'progress' | 'total_calls_dispatched' | 'total_calls_scheduled'
  >
}

/** Calls dispatched of calls scheduled, as a bar and in numbers. */
export function CampaignProgress({ campaign }: Props) {
  const dispatched = campaign.total_calls_dispatched.toLocaleString()
  const scheduled = campaign.total_calls_scheduled.toLocaleString()

  return (
    <div>
      <Progress
        value={campaign.progress}
        size="sm"
        aria-label={`${campaign.name}: ${campaign.progress}% dispatched`}
      />
      <Text size="xs" c="dimmed" mt={4}>
        {dispatched} of {scheduled} dispatched
      </Text>
    </div>
  )
}
