import { Alert, Group, Stack, Text, Title } from '@mantine/core'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { CampaignStatusBadge } from '../CampaignStatusBadge/CampaignStatusBadge.tsx'
import { RelativeTime } from '../RelativeTime/RelativeTime.tsx'

type Props = { campaign: Campaign }

/** Name, who calls from which number, who started it, and any upstream trouble. */
export function CampaignSummary({ campaign }: Props) {
  const number = campaign.phone_number
  const caller = number.label
    ? `${number.label} (${number.phone_number})`
    : number.phone_number

  return (
    <Stack gap={6} maw={640}>
      <Group gap="sm">
        <Title order={1}>{campaign.name}</Title>
        <CampaignStatusBadge campaign={campaign} />
      </Group>
      <Text size="sm" c="dimmed">
        {campaign.agent.name} calling from {caller}
      </Text>
      <Group gap={4}>
        <Text size="sm" c="dimmed">
          Created by {campaign.created_by_email ?? 'a former member'}
        </Text>
        <RelativeTime at={campaign.created_at} />
        {campaign.retry_count > 0 && (
          <Text size="sm" c="dimmed">
            · retried {campaign.retry_count}×
          </Text>
        )}
      </Group>
      {campaign.last_error && (
        <Alert color="yellow" title="ElevenLabs reported a problem">
          {campaign.last_error.message}
        </Alert>
      )}
    </Stack>
  )
}
