import { Code, Table, Text } from '@mantine/core'
import type { ColumnMapping } from '../../../../supabase/functions/_shared/recipients/recipient-preview.ts'

/** Each header as written in the file, and what is sent for it. */
export function ColumnMappingTable({ columns }: { columns: ColumnMapping[] }) {
  return (
    <Table aria-label="Columns" verticalSpacing={4} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Header in the file</Table.Th>
          <Table.Th>Sent as</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {columns.map((column) => (
          <Table.Tr key={column.index}>
            <Table.Td>
              {/* Quoted so leading and trailing spaces show. */}
              <Code>{`"${column.header}"`}</Code>
            </Table.Td>
            <Table.Td>
              {column.role === 'ignored' ? (
                <Text size="sm" c="dimmed">
                  Not sent (no header, no values)
                </Text>
              ) : (
                <>
                  <Code>{column.name}</Code>
                  {column.role === 'phone_number' && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      — the number called
                    </Text>
                  )}
                </>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
