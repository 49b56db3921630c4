import { Alert, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import type { RecipientReadFailure } from '../../../../supabase/functions/_shared/recipients/recipient-preview.ts'
import type {
  RecipientFormPreview as Preview,
  RecipientFormResult,
} from '../../lib/recipient-form-result.ts'
import { ColumnMappingTable } from './ColumnMappingTable.tsx'
import { FirstRowsTable } from './FirstRowsTable.tsx'
import { PreviewRowsTable } from './PreviewRowsTable.tsx'
import { DELIMITER_LABELS, ENCODING_LABELS } from './recipient-file-labels.ts'

/** What reading the recipients gave, before anything is sent. */
export function RecipientPreview({ result }: { result: RecipientFormResult }) {
  if (!result.ok) return <ReadFailure failure={result} />
  return <ReadPreview preview={result} />
}

function ReadFailure({ failure }: { failure: RecipientReadFailure }) {
  const { code, message, headers } = failure.error
  return (
    <Alert color="red" title="These recipients cannot be used" role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {code === 'no_phone_column' && headers.length > 0 && (
          <Group gap={6} aria-label="Headers found">
            <Text size="sm">Headers found:</Text>
            {headers.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat
              <Code key={index}>{`"${header}"`}</Code>
            ))}
          </Group>
        )}
      </Stack>
    </Alert>
  )
}

function plural(count: number, one: string, many: string) {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`
}

function ReadPreview({ preview }: { preview: Preview }) {
  const { counts, problems, duplicates, normalised } = preview

  return (
    <Paper withBorder p="md" aria-label="Recipient preview" component="section">
      <Stack>
        <Title order={3} c={counts.callable === 0 ? 'red' : undefined}>
          {`${plural(counts.callable, 'number', 'numbers')} will be called`}
        </Title>
        <List size="sm" spacing={2}>
          <List.Item>{`${plural(counts.rows, 'row', 'rows')} read`}</List.Item>
          {counts.errors > 0 && (
            <List.Item>{`${plural(counts.errors, 'row', 'rows')} skipped for problems`}</List.Item>
          )}
          {counts.duplicates > 0 && (
            <List.Item>
              {`${plural(counts.duplicates, 'duplicate', 'duplicates')} removed`}
            </List.Item>
          )}
          {counts.normalised > 0 && (
            <List.Item>
              {`${plural(counts.normalised, 'number', 'numbers')} rewritten to E.164`}
            </List.Item>
          )}
          {counts.blank > 0 && (
            <List.Item>{`${plural(counts.blank, 'blank row', 'blank rows')} ignored`}</List.Item>
          )}
        </List>

        {preview.notices.map((notice) => (
          <Alert key={notice.code + notice.message} color="yellow">
            {notice.message}
          </Alert>
        ))}

        {preview.source === 'file' && <FileFacts preview={preview} />}

        {preview.firstRecipients.length > 0 && (
          <Stack gap="xs">
            <Title order={4}>First recipients</Title>
            <FirstRowsTable
              recipients={preview.firstRecipients}
              variableNames={preview.variableNames}
            />
          </Stack>
        )}

        {problems.length > 0 && (
          <PreviewRowsTable title="Problems" rows={problems} resultLabel="Number" />
        )}
        {duplicates.length > 0 && (
          <PreviewRowsTable
            title="Duplicates removed"
            rows={duplicates}
            resultLabel="Number"
          />
        )}
        {normalised.length > 0 && (
          <PreviewRowsTable
            title="Numbers rewritten"
            rows={normalised}
            resultLabel="Sent as"
          />
        )}
      </Stack>
    </Paper>
  )
}

function FileFacts({ preview }: { preview: Preview }) {
  return (
    <Stack gap="xs">
      <Group gap="xl" aria-label="File details">
        {preview.encoding && (
          <Text size="sm">
            Encoding: <b>{ENCODING_LABELS[preview.encoding]}</b>
          </Text>
        )}
        {preview.delimiter && (
          <Text size="sm">
            Delimiter: <b>{DELIMITER_LABELS[preview.delimiter]}</b>
          </Text>
        )}
        {preview.phoneColumn && (
          <Text size="sm">
            Phone number column: <Code>{`"${preview.phoneColumn.header}"`}</Code>
          </Text>
        )}
      </Group>
      <ColumnMappingTable columns={preview.columns} />
    </Stack>
  )
}
