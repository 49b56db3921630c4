import { Alert, Text } from '@mantine/core'
import type { QuotaResponse } from '../../../../supabase/functions/_shared/wire/quota.ts'

const resetFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'long',
  timeZone: 'UTC',
})

/** "7 of 10 campaigns left this month", or a warning when none are left. */
export function QuotaSummary({ quota }: { quota: QuotaResponse | undefined }) {
  if (!quota) return null
  if (quota.limit === null || quota.remaining === null) {
    return (
      <Text size="sm" c="dimmed">
        Your plan has no monthly campaign limit.
      </Text>
    )
  }

  const resets = resetFormat.format(new Date(quota.resets_at))
  if (quota.remaining === 0) {
    return (
      <Alert color="orange" title="No campaigns left this month">
        {`Your plan allows ${quota.limit} campaigns a month and all are used. ` +
          `The count resets on ${resets} (UTC).`}
      </Alert>
    )
  }
  return (
    <Text size="sm" c="dimmed">
      {`${quota.remaining} of ${quota.limit} campaigns left this month ` +
        `(resets on ${resets}, UTC).`}
    </Text>
  )
}
