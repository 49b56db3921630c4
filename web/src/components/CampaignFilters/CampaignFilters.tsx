import { Group, NativeSelect, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import {
  CAMPAIGN_STATUSES,
  type CampaignStatus,
} from '../../../../supabase/functions/_shared/wire/statuses.ts'
import { CAMPAIGN_STATUS_LABELS } from '../CampaignStatusBadge/campaign-status-labels.ts'

export const SEARCH_DEBOUNCE_MS = 300

type Filters = { q: string; status?: CampaignStatus }

type Props = Filters & { onChange: (filters: Filters) => void }

const STATUS_OPTIONS = [
  { value: '', label: 'All' },
  ...CAMPAIGN_STATUSES.map((value) => ({
    value,
    label: CAMPAIGN_STATUS_LABELS[value],
  })),
]

/** Search text (sent once typing pauses) and a status filter. */
export function CampaignFilters({ q, status, onChange }: Props) {
  const [text, setText] = useState(q)
  const sent = useRef(q)
  const [shownQ, setShownQ] = useState(q)
  // The URL changed without typing here (back button, "Clear filters").
  if (q !== shownQ) {
    setShownQ(q)
    if (q !== sent.current) setText(q)
  }

  const sendSearch = useDebouncedCallback((value: string) => {
    sent.current = value
    onChange({ q: value, status })
  }, SEARCH_DEBOUNCE_MS)

  return (
    <Group align="end">
      <TextInput
        label="Search"
        placeholder="Campaign or agent name"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value)
          sendSearch(event.currentTarget.value)
        }}
        w={320}
      />
      <NativeSelect
        label="Status"
        data={STATUS_OPTIONS}
        value={status ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value as CampaignStatus | ''
          // The text typed so far goes with it; a late debounce must not undo it.
          sendSearch.cancel()
          sent.current = text
          onChange({ q: text, status: value || undefined })
        }}
        w={180}
      />
    </Group>
  )
}
