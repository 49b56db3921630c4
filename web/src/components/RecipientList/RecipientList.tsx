import {
  Alert,
  Badge,
  Code,
  Group,
  Loader,
  NativeSelect,
  Table,
  Text,
} from '@mantine/core'
import type { RecipientPage } from '../../../../supabase/functions/_shared/wire/page.ts'
import type { Recipient } from '../../../../supabase/functions/_shared/wire/recipient.ts'
import {
  RECIPIENT_STATUSES,
  type RecipientStatus,
} from '../../../../supabase/functions/_shared/wire/statuses.ts'
import {
  RECIPIENT_STATUS_COLORS,
  RECIPIENT_STATUS_LABELS,
} from '../CampaignStatusBadge/campaign-status-labels.ts'
import { RelativeTime } from '../RelativeTime/RelativeTime.tsx'
import { TablePagination } from '../TablePagination/TablePagination.tsx'

type Props = {
  data: RecipientPage | undefined
  error: Error | null
  status: RecipientStatus | undefined
  onStatusChange: (status: RecipientStatus | undefined) => void
  onPageChange: (page: number) => void
}

const STATUS_OPTIONS = [
  { value: '', label: 'All' },
  ...RECIPIENT_STATUSES.map((value) => ({
    value,
    label: RECIPIENT_STATUS_LABELS[value],
  })),
]

function variablesText(variables: Recipient['variables']) {
  return Object.entries(variables)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join(', ')
}

function RecipientRows({ recipients }: { recipients: Recipient[] }) {
  return recipients.map((recipient) => (
    <Table.Tr key={recipient.id}>
      <Table.Td ff="monospace">{recipient.phone_number}</Table.Td>
      <Table.Td>
        <Badge variant="dot" color={RECIPIENT_STATUS_COLORS[recipient.status]}>
          {RECIPIENT_STATUS_LABELS[recipient.status]}
        </Badge>
      </Table.Td>
      <Table.Td maw={280}>
        <Text size="sm" truncate="end" title={variablesText(recipient.variables)}>
          {variablesText(recipient.variables) || '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        {recipient.conversation_id ? <Code>{recipient.conversation_id}</Code> : '—'}
      </Table.Td>
      <Table.Td>
        <RelativeTime at={recipient.updated_at} />
      </Table.Td>
    </Table.Tr>
  ))
}

/** Who the campaign calls and how each call went, 50 a page. */
export function RecipientList({
  data,
  error,
  status,
  onStatusChange,
  onPageChange,
}: Props) {
  return (
    <div>
      <Group justify="flex-end" mb="sm">
        <NativeSelect
          label="Recipient status"
          data={STATUS_OPTIONS}
          value={status ?? ''}
          onChange={(event) =>
            onStatusChange(
              (event.currentTarget.value as RecipientStatus) || undefined,
            )
          }
          w={200}
        />
      </Group>
      {error && (
        <Alert
          color="red"
          role="alert"
          mb="sm"
          title="Could not load the recipients"
        >
          {error.message}
        </Alert>
      )}
      {!data && !error && <Loader aria-label="Loading recipients" />}
      {data && (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label="Recipients" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Phone number</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Variables</Table.Th>
                  <Table.Th>Conversation</Table.Th>
                  <Table.Th>Updated</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <RecipientRows recipients={data.items} />
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.total === 0 && (
            <Text c="dimmed" ta="center" py="md">
              {status ? 'No recipient has this status.' : 'No recipients.'}
            </Text>
          )}
          <TablePagination
            page={data.page}
            pageCount={data.page_count}
            total={data.total}
            pageSize={data.page_size}
            noun="recipients"
            onChange={onPageChange}
          />
        </>
      )}
    </div>
  )
}
