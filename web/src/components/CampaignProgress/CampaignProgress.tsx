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

  // The whole track is the progressbar: Mantine puts the role on the filled
  // section, which has no width (and so is hidden) at 0%.
  return (
    <div>
      <Progress.Root
        size="sm"
        role="progressbar"
        aria-label={`${campaign.name}: ${campaign.progress}% dispatched`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={campaign.progress}
        aria-valuetext={`${campaign.progress}% dispatched`}
      >
        <Progress.Section value={campaign.progress} withAria={false} />
      </Progress.Root>
      <Text size="xs" c="dimmed" mt={4}>
        {dispatched} of {scheduled} dispatched
      </Text>
    </div>
  )
}
