import { Group, Pagination, Text } from '@mantine/core'

type Props = {
  page: number
  pageCount: number
  total: number
  pageSize: number
  /** "campaigns", "recipients": what the counts are of. */
  noun: string
  onChange: (page: number) => void
}

const CONTROL_LABELS: Record<string, string> = {
  previous: 'Previous page',
  next: 'Next page',
  first: 'First page',
  last: 'Last page',
}

/** Where in the list this page is, and buttons named for every page. */
export function TablePagination({
  page,
  pageCount,
  total,
  pageSize,
  noun,
  onChange,
}: Props) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1
  const last = Math.min(page * pageSize, total)

  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed">
        {first.toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}{' '}
        {noun}
      </Text>
      <Pagination
        value={page}
        total={pageCount}
        onChange={onChange}
        size="sm"
        getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
        getControlProps={(control) => ({ 'aria-label': CONTROL_LABELS[control] })}
      />
    </Group>
  )
}
