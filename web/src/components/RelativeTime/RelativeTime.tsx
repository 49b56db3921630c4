import { Text, Tooltip } from '@mantine/core'
import { relativeTime } from '../../../../supabase/functions/_shared/display/relative-time.ts'
import { formatDateTime } from '../../lib/date-format.ts'

type Props = { at: string; now?: number }

/** "3 hours ago", with the exact time on hover or keyboard focus. */
export function RelativeTime({ at, now = Date.now() }: Props) {
  return (
    <Tooltip
      label={formatDateTime(at)}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Text component="time" dateTime={at} size="sm" tabIndex={0}>
        {relativeTime(at, now)}
      </Text>
    </Tooltip>
  )
}
