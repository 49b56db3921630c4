import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import type { CampaignPage } from '../../../../supabase/functions/_shared/wire/page.ts'
import { CampaignTable } from '../CampaignTable/CampaignTable.tsx'
import { TablePagination } from '../TablePagination/TablePagination.tsx'

type Props = {
  data: CampaignPage | undefined
  error: Error | null
  /** A search or status filter is applied. */
  filtered: boolean
  onRetry: () => void
  onClearFilters: () => void
  onPageChange: (page: number) => void
}

/** The list in each of its states: loading, failed, empty, no match, rows. */
export function CampaignList(props: Props) {
  const { data, error, filtered } = props

  if (!data && error) {
    return (
      <Alert color="red" title="Could not load campaigns" role="alert">
        <Text size="sm">{error.message}</Text>
        <Button
          mt="sm"
          size="xs"
          variant="light"
          color="red"
          onClick={props.onRetry}
        >
          Try again
        </Button>
      </Alert>
    )
  }
  if (!data) return <Loader aria-label="Loading campaigns" m="xl" />

  if (data.total === 0 && !filtered) {
    return (
      <Stack align="center" py="xl" gap="xs">
        <Title order={2} size="h3">
          No campaigns yet
        </Title>
        <Text c="dimmed">Start one to call a list of people with an AI agent.</Text>
        <Button component={Link} to="/batch-calls/new" mt="sm">
          Create your first campaign
        </Button>
      </Stack>
    )
  }
  if (data.total === 0) {
    return (
      <Stack align="center" py="xl" gap="xs">
        <Title order={2} size="h3">
          Nothing matches
        </Title>
        <Text c="dimmed">
          No campaign or agent name has that text in this status.
        </Text>
        <Button variant="default" mt="sm" onClick={props.onClearFilters}>
          Clear filters
        </Button>
      </Stack>
    )
  }

  return (
    <>
      {error && (
        <Alert color="yellow" role="alert" mb="sm">
          Could not refresh the list: {error.message} What you see may be out of
          date.
        </Alert>
      )}
      <CampaignTable campaigns={data.items} />
      <TablePagination
        page={data.page}
        pageCount={data.page_count}
        total={data.total}
        pageSize={data.page_size}
        noun="campaigns"
        onChange={props.onPageChange}
      />
    </>
  )
}
