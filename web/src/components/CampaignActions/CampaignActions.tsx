import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconPlayerStop, IconRefresh } from '@tabler/icons-react'
import type { Campaign } from '../../../../supabase/functions/_shared/wire/campaign.ts'
import { useCampaignCancelMutation } from '../../data/campaigns/campaign-cancel-mutation.ts'
import { isCampaignActive } from '../../data/campaigns/campaign-refresh.ts'
import { useCampaignResultsDownload } from '../../data/campaigns/campaign-results-download-mutation.ts'
import { useCampaignRetryMutation } from '../../data/campaigns/campaign-retry-mutation.ts'
import { describeActionError } from './action-error.ts'

type Props = { campaign: Campaign }

/** Cancel (confirmed first) while running, retry failures once finished, export. */
export function CampaignActions({ campaign }: Props) {
  const [confirming, confirm] = useDisclosure(false)
  const cancel = useCampaignCancelMutation(campaign.id)
  const retry = useCampaignRetryMutation(campaign.id)
  const download = useCampaignResultsDownload(campaign)
  const active = isCampaignActive(campaign)
  const problem =
    (cancel.error && describeActionError(cancel.error, 'cancel')) ??
    (retry.error && describeActionError(retry.error, 'retry')) ??
    (download.error && describeActionError(download.error, 'download'))

  function cancelCampaign() {
    confirm.close()
    retry.reset()
    cancel.mutate(undefined, {
      onSuccess: () => notifications.show({ message: 'Campaign cancelled.' }),
    })
  }

  function retryFailed() {
    cancel.reset()
    retry.mutate(undefined, {
      onSuccess: () =>
        notifications.show({
          message: 'Failed calls are queued to be tried again.',
        }),
    })
  }

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          loading={download.isPending}
          onClick={() => download.mutate()}
        >
          Download results
        </Button>
        {!active && campaign.total_calls_failed > 0 && (
          <Button
            leftSection={<IconRefresh size={16} />}
            loading={retry.isPending}
            onClick={retryFailed}
          >
            Retry failed calls
          </Button>
        )}
        {active && (
          <Button
            color="red"
            variant="light"
            leftSection={<IconPlayerStop size={16} />}
            loading={cancel.isPending}
            onClick={confirm.open}
          >
            Cancel campaign
          </Button>
        )}
      </Group>
      {problem && (
        <Alert color="red" role="alert" maw={480} title={problem.title}>
          {problem.message}
        </Alert>
      )}
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title="Cancel this campaign?"
      >
        <Text size="sm">
          Nobody not yet called will be called. Calls already under way finish
          normally. This cannot be undone.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={confirm.close} data-autofocus>
            Keep campaign
          </Button>
          <Button color="red" onClick={cancelCampaign}>
            Cancel campaign
          </Button>
        </Group>
      </Modal>
    </Stack>
  )
}
