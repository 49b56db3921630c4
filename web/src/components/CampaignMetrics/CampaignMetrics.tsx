import { Paper, Progress, SimpleGrid, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { CampaignSchedule } from '../CampaignSchedule/CampaignSchedule.tsx'
import { CampaignStatusBadge } from '../CampaignStatusBadge/CampaignStatusBadge.tsx'

type Props = { campaign: Campaign; now?: number }

function Metric({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper role="group" aria-label={label} withBorder p="sm">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4} aria-hidden>
        {label}
      </Text>
      {children}
    </Paper>
  )
}

function Count({ value, note }: { value: number; note?: string }) {
  return (
    <>
      <Text fz="xl" fw={700} lh={1.2}>
        {value.toLocaleString()}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </>
  )
}

/** The numbers a campaign is judged by, each a group named after itself. */
export function CampaignMetrics({ campaign, now }: Props) {
  const voicemail = campaign.status_counts.voicemail

  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }}>
      <Metric label="Status">
        <CampaignStatusBadge campaign={campaign} now={now} />
      </Metric>
      <Metric label="Scheduled">
        <CampaignSchedule campaign={campaign} />
      </Metric>
      <Metric label="Total scheduled">
        <Count value={campaign.total_calls_scheduled} />
      </Metric>
      <Metric label="Dispatched">
        <Count value={campaign.total_calls_dispatched} />
      </Metric>
      <Metric label="Completed">
        <Count value={campaign.total_calls_completed} />
      </Metric>
      <Metric label="Failed">
        <Count
          value={campaign.total_calls_failed}
          note={
            voicemail > 0 ? `${voicemail.toLocaleString()} to voicemail` : undefined
          }
        />
      </Metric>
      <Metric label="Progress">
        <Text fz="xl" fw={700} lh={1.2}>
          {campaign.progress}%
        </Text>
        <Progress value={campaign.progress} size="xs" mt={6} aria-hidden />
      </Metric>
    </SimpleGrid>
  )
}
