import {
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { usePrevious } from '@mantine/hooks'
import { IconArrowLeft } from '@tabler/icons-react'
import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import {
  createFileRoute,
  Link,
  notFound,
  stripSearchParams,
} from '@tanstack/react-router'
import { useEffect } from 'react'
import { z } from 'zod'
import { CampaignActions } from '../../../components/CampaignActions/CampaignActions.tsx'
import { CampaignMetrics } from '../../../components/CampaignMetrics/CampaignMetrics.tsx'
import { CampaignOutcomeChart } from '../../../components/CampaignOutcomeChart/CampaignOutcomeChart.tsx'
import { CampaignSummary } from '../../../components/CampaignSummary/CampaignSummary.tsx'
import { CampaignTimeline } from '../../../components/CampaignTimeline/CampaignTimeline.tsx'
import { RecipientList } from '../../../components/RecipientList/RecipientList.tsx'
import { campaignEventsQueryOptions } from '../../../data/campaigns/campaign-events-query.ts'
import { campaignQueryOptions } from '../../../data/campaigns/campaign-query.ts'
import { campaignRecipientsQueryOptions } from '../../../data/campaigns/campaign-recipients-query.ts'
import {
  ACTIVE_REFRESH_MS,
  isCampaignActive,
} from '../../../data/campaigns/campaign-refresh.ts'
import { campaignKeys } from '../../../data/campaigns/keys.ts'
import { ApiRequestError } from '../../../lib/api.ts'
import {
  recipientListDefaults,
  recipientListSearchSchema,
} from './-recipient-list-search.ts'

export const Route = createFileRoute('/_authenticated/batch-calls/$id')({
  validateSearch: recipientListSearchSchema,
  search: { middlewares: [stripSearchParams(recipientListDefaults)] },
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, params: { id }, deps }) => {
    if (!z.uuid().safeParse(id).success) throw notFound()

    void queryClient.prefetchQuery(campaignRecipientsQueryOptions(id, deps))
    void queryClient.prefetchQuery(campaignEventsQueryOptions(id))
    try {
      await queryClient.ensureQueryData(campaignQueryOptions(id))
    } catch (error) {
      // Another customer's campaign answers 404 exactly like a missing one.
      if (error instanceof ApiRequestError && error.status === 404) throw notFound()
      throw error
    }
  },
  notFoundComponent: CampaignNotFound,
  errorComponent: ({ error, reset }) => (
    <Stack align="flex-start">
      <Title order={1}>Could not load this campaign</Title>
      <Text role="alert">
        {error instanceof Error ? error.message : 'Something went wrong.'}
      </Text>
      <Button onClick={reset}>Try again</Button>
    </Stack>
  ),
  component: CampaignRoute,
})

function CampaignNotFound() {
  return (
    <Stack align="flex-start">
      <Title order={1}>Campaign not found</Title>
      <Text c="dimmed">
        It does not exist, or it belongs to another account. Check the link.
      </Text>
      <Button component={Link} to="/batch-calls" variant="default">
        All campaigns
      </Button>
    </Stack>
  )
}

function CampaignRoute() {
  const { id } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { campaign } = useSuspenseQuery(campaignQueryOptions(id)).data
  // Recipients and activity move with the campaign, so they refresh with it.
  const refetchInterval = isCampaignActive(campaign) ? ACTIVE_REFRESH_MS : false
  const recipients = useQuery({
    ...campaignRecipientsQueryOptions(id, search),
    refetchInterval,
  })
  const events = useQuery({ ...campaignEventsQueryOptions(id), refetchInterval })

  // Polling stops once the campaign finishes; the rows must show how it ended.
  const queryClient = useQueryClient()
  const previousStatus = usePrevious(campaign.status)
  useEffect(() => {
    if (previousStatus && previousStatus !== campaign.status) {
      void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(id) })
    }
  }, [campaign.status, previousStatus, queryClient, id])

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/batch-calls" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> All campaigns
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <CampaignSummary campaign={campaign} />
        <CampaignActions campaign={campaign} />
      </Group>
      <CampaignMetrics campaign={campaign} />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Call outcomes
        </Title>
        <CampaignOutcomeChart counts={campaign.status_counts} />
      </Paper>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Title order={2} size="h4" mb="sm">
            Recipients
          </Title>
          <RecipientList
            data={recipients.data}
            error={recipients.error}
            status={search.status}
            onStatusChange={(status) => navigate({ search: { status, page: 1 } })}
            onPageChange={(page) =>
              navigate({ search: (prev) => ({ ...prev, page }) })
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Title order={2} size="h4" mb="sm">
            Activity
          </Title>
          {events.error && <Text role="alert">{events.error.message}</Text>}
          {events.data && <CampaignTimeline events={events.data.items} />}
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
