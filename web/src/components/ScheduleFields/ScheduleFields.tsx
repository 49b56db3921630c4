import {
  ActionIcon,
  Group,
  Popover,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { DatePicker } from '@mantine/dates'
import { useInterval } from '@mantine/hooks'
import { IconCalendar } from '@tabler/icons-react'
import { memo, useEffect, useMemo, useState } from 'react'
import { listTimeZones } from '../../../../supabase/functions/_shared/schedule/time-zones.ts'
import { summariseSchedule, typedTimeToLocal } from './schedule-summary.ts'

type Props = {
  /** As typed: `YYYY-MM-DD HH:mm`, or empty to start immediately. */
  scheduledText: string
  timeZone: string
  onChange: (patch: { scheduledText?: string; timeZone?: string }) => void
  /** Errors the server answered with, by field. */
  errors?: { scheduledText?: string; timeZone?: string }
}

/** Optional start time, typed or picked, in a chosen IANA zone. */
export const ScheduleFields = memo(function ScheduleFields({
  scheduledText,
  timeZone,
  onChange,
  errors,
}: Props) {
  const [now, setNow] = useState(Date.now)
  const ticker = useInterval(() => setNow(Date.now()), 30_000)
  useEffect(() => {
    ticker.start()
    return ticker.stop
  }, [ticker.start, ticker.stop])

  const [pickerOpen, setPickerOpen] = useState(false)
  const zones = useMemo(() => [...listTimeZones()], [])
  const summary = summariseSchedule(scheduledText, timeZone, now)
  const pickedDate = typedTimeToLocal(scheduledText)?.slice(0, 10) ?? null

  function pickDate(date: string | null) {
    if (!date) return
    const time = typedTimeToLocal(scheduledText)?.slice(11) ?? '09:00'
    onChange({ scheduledText: `${date} ${time}` })
    setPickerOpen(false)
  }

  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <TextInput
          label="Scheduled time"
          description="Optional. Leave empty to start right away."
          placeholder="YYYY-MM-DD HH:mm"
          value={scheduledText}
          onChange={(event) =>
            onChange({ scheduledText: event.currentTarget.value })
          }
          error={
            errors?.scheduledText ??
            (summary.kind === 'invalid' ? summary.message : undefined)
          }
          rightSection={
            <Popover
              opened={pickerOpen}
              onChange={setPickerOpen}
              position="bottom-end"
            >
              <Popover.Target>
                <ActionIcon
                  variant="subtle"
                  aria-label="Pick a date"
                  onClick={() => setPickerOpen((open) => !open)}
                >
                  <IconCalendar size={18} />
                </ActionIcon>
              </Popover.Target>
              <Popover.Dropdown>
                <DatePicker value={pickedDate} onChange={pickDate} />
              </Popover.Dropdown>
            </Popover>
          }
        />
        <Select
          label="Timezone"
          description="The zone the time is in."
          data={zones}
          value={timeZone}
          onChange={(zone) => zone && onChange({ timeZone: zone })}
          searchable
          allowDeselect={false}
          nothingFoundMessage="No time zone by that name"
          error={errors?.timeZone}
        />
      </Group>
      <StartLine summary={summary} />
    </Stack>
  )
})

function StartLine({ summary }: { summary: ReturnType<typeof summariseSchedule> }) {
  if (summary.kind === 'immediate') {
    return (
      <Text size="sm" aria-live="polite">
        Starts immediately
      </Text>
    )
  }
  if (summary.kind === 'invalid') return null
  return (
    <Stack gap={2} aria-live="polite">
      <Text size="sm">{summary.text}</Text>
      {summary.ambiguous && (
        <Text size="sm" c="dimmed">
          This time happens twice when the clocks go back; the earlier one is used.
        </Text>
      )}
    </Stack>
  )
}
