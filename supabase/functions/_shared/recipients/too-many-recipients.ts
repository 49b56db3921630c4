import { MAX_RECIPIENTS } from '../wire/limits.ts'
import type { RecipientReadFailure } from './recipient-preview.ts'

/** The refusal when more rows would be called than one campaign allows. */
export function tooManyRecipients(callable: number): RecipientReadFailure {
  const limit = MAX_RECIPIENTS.toLocaleString('en-US')
  return {
    ok: false,
    error: {
      code: 'too_many_recipients',
      message:
        `The list has ${callable.toLocaleString('en-US')} numbers to call; one ` +
        `campaign can call at most ${limit}. Split it into several campaigns.`,
      headers: [],
    },
  }
}
