import { Group, Pagination, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { PreviewRow } from '../../../../supabase/functions/_shared/recipients/recipient-preview.ts'

const PAGE_SIZE = 20

type Props = {
  title: string
  rows: PreviewRow[]
  /** Header of the column showing what the row became. */
  resultLabel: string
}

/** One kind of row needing a look, a page at a time: never thousands of rows. */
export function PreviewRowsTable({ title, rows, resultLabel }: Props) {
  const [page, setPage] = useState(1)
  const pageCount = Math.ceil(rows.length / PAGE_SIZE)
  const current = Math.min(page, pageCount)
  const shown = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)

  return (
    <Stack gap="xs">
      <Title order={4}>{`${title} (${rows.length.toLocaleString()})`}</Title>
      <Table.ScrollContainer minWidth={520}>
        <Table aria-label={title} striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>Row</Table.Th>
              <Table.Th>Written as</Table.Th>
              <Table.Th>{resultLabel}</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
                  {row.original === '' ? (
                    <Text c="dimmed">(empty)</Text>
                  ) : (
                    row.original
                  )}
                </Table.Td>
                <Table.Td ff="monospace">{row.phoneNumber ?? '—'}</Table.Td>
                <Table.Td>{row.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pageCount > 1 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {`Rows ${(current - 1) * PAGE_SIZE + 1}–${Math.min(
              current * PAGE_SIZE,
              rows.length,
            )} of ${rows.length.toLocaleString()}`}
          </Text>
          <Pagination
            total={pageCount}
            value={current}
            onChange={setPage}
            size="sm"
            getControlProps={(control) => ({
              'aria-label': `${control} page of ${title.toLowerCase()}`,
            })}
          />
        </Group>
      )}
    </Stack>
  )
}
