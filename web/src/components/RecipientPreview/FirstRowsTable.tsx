import { Table } from '@mantine/core'
import type { RecipientInput } from '../../../../supabase/functions/_shared/wire/create-campaign-body.ts'

type Props = { recipients: RecipientInput[]; variableNames: string[] }

/** The first recipients exactly as they will be sent, variables included. */
export function FirstRowsTable({ recipients, variableNames }: Props) {
  return (
    <Table.ScrollContainer minWidth={400}>
      <Table aria-label="First recipients" verticalSpacing={4} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>phone_number</Table.Th>
            {variableNames.map((name) => (
              <Table.Th key={name}>{name}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recipients.map((recipient) => (
            <Table.Tr key={recipient.phone_number}>
              <Table.Td ff="monospace">{recipient.phone_number}</Table.Td>
              {variableNames.map((name) => (
                <Table.Td key={name} style={{ whiteSpace: 'pre-wrap' }}>
                  {String(recipient.variables?.[name] ?? '')}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
