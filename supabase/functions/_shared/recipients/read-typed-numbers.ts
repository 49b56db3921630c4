import { MAX_RECIPIENTS } from '../wire/limits.ts'
import { PreviewRowsBuilder } from './preview-rows-builder.ts'
import type { ReadRecipientOptions } from './read-recipient-file.ts'
import type { RecipientReadResult } from './recipient-preview.ts'
import { tooManyRecipients } from './too-many-recipients.ts'

const LINE_BREAK = /\r\n|\r|\n/

/**
 * Reads numbers typed or pasted one per line into the same preview a file
 * gives, without variables. Row numbers are line numbers.
 */
export function readTypedNumbers(
  text: string,
  options: ReadRecipientOptions = {},
): RecipientReadResult {
  const builder = new PreviewRowsBuilder(options.defaultCountry)
  const lines = text.split(LINE_BREAK)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.trim() === '') builder.addBlank()
    else builder.addRecipient(i + 1, line, {})
  }

  if (builder.counts.callable > MAX_RECIPIENTS) {
    return tooManyRecipients(builder.counts.callable)
  }

  return {
    ok: true,
    source: 'typed',
    encoding: null,
    delimiter: null,
    lineEnding: null,
    notices: [],
    columns: [],
    phoneColumn: null,
    variableNames: [],
    rows: builder.rows,
    recipients: builder.recipients,
    counts: builder.counts,
  }
}
