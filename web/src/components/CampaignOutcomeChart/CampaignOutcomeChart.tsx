import { Box, ColorSwatch, Group, Progress, Text } from '@mantine/core'
import type { StatusCounts } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { RECIPIENT_STATUSES } from '../../../../supabase/functions/_shared/wire/statuses.ts'
import {
  RECIPIENT_STATUS_COLORS,
  RECIPIENT_STATUS_LABELS,
} from '../CampaignStatusBadge/campaign-status-labels.ts'

type Props = { counts: StatusCounts }

/** Recipients per status as one stacked bar, with a legend that has the numbers. */
export function CampaignOutcomeChart({ counts }: Props) {
  const total = RECIPIENT_STATUSES.reduce((sum, status) => sum + counts[status], 0)
  const shown = RECIPIENT_STATUSES.filter((status) => counts[status] > 0)

  return (
    <Box role="figure" aria-label="Call outcomes">
      <Progress.Root size={20} aria-hidden>
        {shown.map((status) => (
          <Progress.Section
            key={status}
            value={(counts[status] * 100) / total}
            color={RECIPIENT_STATUS_COLORS[status]}
          />
        ))}
      </Progress.Root>
      <Group component="ul" gap="lg" mt="sm" p={0} style={{ listStyle: 'none' }}>
        {shown.map((status) => (
          <Group component="li" key={status} gap={6} wrap="nowrap">
            <ColorSwatch color={RECIPIENT_STATUS_COLORS[status]} size={12} />
            <Text size="sm">
              {RECIPIENT_STATUS_LABELS[status]}{' '}
              <Text span fw={700}>
                {counts[status].toLocaleString()}
              </Text>
            </Text>
          </Group>
        ))}
        {total === 0 && (
          <Text component="li" size="sm" c="dimmed">
            No recipients yet
          </Text>
        )}
      </Group>
    </Box>
  )
}
