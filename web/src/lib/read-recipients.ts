import type { CountryCode } from 'libphonenumber-js'
import type { RecipientFormResult } from './recipient-form-result.ts'

export type RecipientReadRequest =
  | { kind: 'file'; bytes: ArrayBuffer; defaultCountry: CountryCode | null }
  | { kind: 'typed'; text: string; defaultCountry: CountryCode | null }

/**
 * Reads a recipient file or typed numbers in a Web Worker, so a 10,000-row
 * file never blocks the page. A file's bytes are transferred, not copied.
 * The result is compact (see `toFormResult`). Aborting terminates the worker.
 */
export function readRecipients(
  request: RecipientReadRequest,
  signal?: AbortSignal,
): Promise<RecipientFormResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const worker = new Worker(
      new URL('../workers/read-recipients.worker.ts', import.meta.url),
      { type: 'module' },
    )
    const finish = () => {
      worker.terminate()
      signal?.removeEventListener('abort', abort)
    }
    const abort = () => {
      finish()
      reject(signal?.reason)
    }

    signal?.addEventListener('abort', abort)
    worker.onmessage = (event: MessageEvent<RecipientFormResult>) => {
      finish()
      resolve(event.data)
    }
    worker.onerror = (event) => {
      finish()
      reject(new Error(event.message || 'The file could not be read.'))
    }
    worker.postMessage(request, request.kind === 'file' ? [request.bytes] : [])
  })
}
