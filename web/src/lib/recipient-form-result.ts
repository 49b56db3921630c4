import type {
  PreviewRow,
  RecipientPreview,
  RecipientReadFailure,
  RecipientReadResult,
} from '../../../supabase/functions/_shared/recipients/recipient-preview.ts'
import type { RecipientInput } from '../../../supabase/functions/_shared/wire/create-campaign-body.ts'

const FIRST_ROWS = 5

/**
 * What the form needs from a read: the preview as shown, and the callable
 * recipients as one JSON string. A full read is tens of thousands of objects,
 * and turning them back into objects after postMessage blocked the page for
 * hundreds of milliseconds; a string crosses as a single copy.
 */
export type RecipientFormPreview = Omit<RecipientPreview, 'rows' | 'recipients'> & {
  /** Rows needing a look, in file order, without their variables (not shown). */
  problems: PreviewRow[]
  duplicates: PreviewRow[]
  normalised: PreviewRow[]
  /** The first recipients exactly as they will be sent. */
  firstRecipients: RecipientInput[]
  /** `RecipientInput[]` as JSON; parsed only when the campaign is sent. */
  recipientsJson: string
}

export type RecipientFormResult = RecipientFormPreview | RecipientReadFailure

function withoutVariables(row: PreviewRow): PreviewRow {
  return { ...row, variables: {} }
}

/** Runs where the read ran (the worker), so the page only gets what it shows. */
export function toFormResult(result: RecipientReadResult): RecipientFormResult {
  if (!result.ok) return result
  const { rows, recipients, ...rest } = result
  const problems: PreviewRow[] = []
  const duplicates: PreviewRow[] = []
  const normalised: PreviewRow[] = []
  for (const row of rows) {
    if (row.status === 'error') problems.push(withoutVariables(row))
    else if (row.status === 'duplicate') duplicates.push(withoutVariables(row))
    else if (row.status === 'normalised') normalised.push(withoutVariables(row))
  }
  return {
    ...rest,
    problems,
    duplicates,
    normalised,
    firstRecipients: recipients.slice(0, FIRST_ROWS),
    recipientsJson: JSON.stringify(recipients),
  }
}

export function recipientsOf(preview: RecipientFormPreview): RecipientInput[] {
  return JSON.parse(preview.recipientsJson) as RecipientInput[]
}
