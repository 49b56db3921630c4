import { Anchor, Table, Text } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { CampaignProgress } from '../CampaignProgress/CampaignProgress.tsx'
import { CampaignSchedule } from '../CampaignSchedule/CampaignSchedule.tsx'
import { CampaignStatusBadge } from '../CampaignStatusBadge/CampaignStatusBadge.tsx'
import { RelativeTime } from '../RelativeTime/RelativeTime.tsx'

type Props = { campaigns: Campaign[]; now?: number }

/** One row per campaign; the name opens its detail page. */
export function CampaignTable({ campaigns, now }: Props) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table aria-label="Campaigns" verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Campaign</Table.Th>
            <Table.Th>Agent</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th w={200}>Progress</Table.Th>
            <Table.Th>Schedule</Table.Th>
            <Table.Th>Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaigns.map((campaign) => (
            <Table.Tr key={campaign.id}>
              <Table.Td>
                <Anchor
                  fw={600}
                  renderRoot={(props) => (
                    <Link
                      to="/batch-calls/$id"
                      params={{ id: campaign.id }}
                      {...props}
                    />
                  )}
                >
                  {campaign.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{campaign.agent.name}</Text>
              </Table.Td>
              <Table.Td>
                <CampaignStatusBadge campaign={campaign} now={now} />
              </Table.Td>
              <Table.Td>
                <CampaignProgress campaign={campaign} />
              </Table.Td>
              <Table.Td>
                <CampaignSchedule campaign={campaign} />
              </Table.Td>
              <Table.Td>
                <RelativeTime at={campaign.created_at} now={now} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
