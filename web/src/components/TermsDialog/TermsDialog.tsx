import { Alert, Button, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core'
import type { CurrentTerms } from '../../data/terms/terms-query.ts'

type Props = {
  opened: boolean
  terms: CurrentTerms | undefined
  accepting: boolean
  /** Why the last attempt to accept failed, for a person. */
  error: string | null
  onAccept: (version: CurrentTerms['version']) => void
  onClose: () => void
}

/** The batch-calling terms; accepting lets the waiting submission go on. */
export function TermsDialog({
  opened,
  terms,
  accepting,
  error,
  onAccept,
  onClose,
}: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Batch calling terms" size="lg">
      <Stack>
        <Text size="sm">
          Your organisation has to accept these terms once before its first campaign.
          Your campaign starts as soon as you accept.
        </Text>
        <ScrollArea.Autosize mah={320} type="auto">
          <Text style={{ whiteSpace: 'pre-wrap' }}>
            {terms?.text ?? 'Loading the terms…'}
          </Text>
        </ScrollArea.Autosize>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Not now
          </Button>
          <Button
            disabled={!terms}
            loading={accepting}
            onClick={() => terms && onAccept(terms.version)}
          >
            I accept
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
