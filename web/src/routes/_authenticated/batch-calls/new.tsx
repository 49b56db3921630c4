import { Alert } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, useNavigate } from '@tanstack/react-router'
import type { Campaign } from '../../../../../supabase/functions/_shared/wire/campaign.ts'
import { NewCampaignForm } from '../../../components/NewCampaignForm/NewCampaignForm.tsx'
import { agentsQueryOptions } from '../../../data/agents/agents-query.ts'
import { quotaQueryOptions } from '../../../data/quota/quota-query.ts'
import { termsQueryOptions } from '../../../data/terms/terms-query.ts'

export const Route = createFileRoute('/_authenticated/batch-calls/new')({
  loader: ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(termsQueryOptions())
    void queryClient.prefetchQuery(quotaQueryOptions())
    return queryClient.ensureQueryData(agentsQueryOptions())
  },
  component: NewCampaignRoute,
})

function NewCampaignRoute() {
  const { user } = Route.useRouteContext()
  const { data: agents } = useSuspenseQuery(agentsQueryOptions())
  const navigate = useNavigate()

  async function created(campaign: Campaign) {
    notifications.show({
      color: 'green',
      title: campaign.scheduled_at ? 'Campaign scheduled' : 'Campaign started',
      message: `${campaign.name}: ${campaign.total_calls_scheduled} numbers to call.`,
    })
    await navigate({ to: '/batch-calls' })
  }

  if (agents.length === 0) {
    return (
      <Alert color="yellow" title="No agents yet">
        Your organisation has no AI agents to call with. Ask support to add one.
      </Alert>
    )
  }
  return (
    <NewCampaignForm
      agents={agents}
      draftKey={`new-campaign-draft:${user.id}`}
      onCreated={created}
    />
  )
}
