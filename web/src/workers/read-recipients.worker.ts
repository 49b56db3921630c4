import { readRecipientFile } from '../../../supabase/functions/_shared/recipients/read-recipient-file.ts'
import { readTypedNumbers } from '../../../supabase/functions/_shared/recipients/read-typed-numbers.ts'
import type { RecipientReadRequest } from '../lib/read-recipients.ts'
import { toFormResult } from '../lib/recipient-form-result.ts'

self.onmessage = (event: MessageEvent<RecipientReadRequest>) => {
  const request = event.data
  const options = request.defaultCountry
    ? { defaultCountry: request.defaultCountry }
    : {}
  const result =
    request.kind === 'file'
      ? readRecipientFile(request.bytes, options)
      : readTypedNumbers(request.text, options)
  self.postMessage(toFormResult(result))
}
