import { Button, Group, Stack, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { createFileRoute, Link, stripSearchParams } from '@tanstack/react-router'
import { useEffect } from 'react'
import { CampaignFilters } from '../../../components/CampaignFilters/CampaignFilters.tsx'
import { CampaignList } from '../../../components/CampaignList/CampaignList.tsx'
import { campaignsQueryOptions } from '../../../data/campaigns/campaigns-query.ts'
import {
  campaignListDefaults,
  campaignListSearchSchema,
} from './-campaign-list-search.ts'

export const Route = createFileRoute('/_authenticated/batch-calls/')({
  validateSearch: campaignListSearchSchema,
  search: { middlewares: [stripSearchParams(campaignListDefaults)] },
  loaderDeps: ({ search }) => search,
  // Not awaited: the page (filters included) shows at once and the list
  // fills in, keeping the previous page on screen while the next loads.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(campaignsQueryOptions(deps))
  },
  component: CampaignsRoute,
})

function CampaignsRoute() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const query = useQuery(campaignsQueryOptions(search))
  const pageCount = query.isPlaceholderData ? undefined : query.data?.page_count

  useEffect(() => {
    if (pageCount !== undefined && search.page > pageCount) {
      void navigate({
        search: (prev) => ({ ...prev, page: pageCount }),
        replace: true,
      })
    }
  }, [pageCount, search.page, navigate])

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Campaigns</Title>
        <Button
          component={Link}
          to="/batch-calls/new"
          leftSection={<IconPlus size={16} />}
        >
          New campaign
        </Button>
      </Group>
      <CampaignFilters
        q={search.q}
        status={search.status}
        onChange={(filters) =>
          navigate({ search: { ...filters, page: 1 }, replace: true })
        }
      />
      <CampaignList
        data={query.data}
        error={query.error}
        filtered={search.q !== '' || search.status !== undefined}
        onRetry={() => query.refetch()}
        onClearFilters={() => navigate({ search: { q: '', page: 1 } })}
        onPageChange={(page) => navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </Stack>
  )
}
