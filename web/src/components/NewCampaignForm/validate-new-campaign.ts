import { trimCampaignName } from '../../../../supabase/functions/_shared/wire/create-campaign-body.ts'
import { MAX_CAMPAIGN_NAME_LENGTH } from '../../../../supabase/functions/_shared/wire/limits.ts'
import type { RecipientFormResult } from '../../lib/recipient-form-result.ts'
import type { ScheduleSummary } from '../ScheduleFields/schedule-summary.ts'
import type { DraftFields } from './new-campaign-draft.ts'
import type { FieldErrors } from './submit-error.ts'

/** The checks a person can fix before anything is sent; the server repeats them. */
export function validateNewCampaign(
  fields: DraftFields,
  recipients: RecipientFormResult | null,
  schedule: ScheduleSummary,
): FieldErrors {
  const errors: FieldErrors = {}
  const name = trimCampaignName(fields.name)
  if (name === '') errors.name = 'Give the campaign a name.'
  else if ([...name].length > MAX_CAMPAIGN_NAME_LENGTH) {
    errors.name = `The name can have at most ${MAX_CAMPAIGN_NAME_LENGTH} characters.`
  }
  if (!fields.agentId) errors.agentId = 'Choose an agent.'
  if (!fields.phoneNumberId) errors.phoneNumberId = 'Choose the number to call from.'
  if (schedule.kind === 'invalid') errors.scheduledText = schedule.message

  if (!recipients) {
    errors.recipients =
      fields.source === 'file'
        ? 'Upload a CSV file with the numbers to call.'
        : 'Enter at least one phone number.'
  } else if (!recipients.ok) {
    errors.recipients = 'Fix the recipient list first (see above).'
  } else if (recipients.counts.callable === 0) {
    errors.recipients = 'No number in the list can be called.'
  }
  return errors
}
