import { useDebouncedValue } from '@mantine/hooks'
import type { CountryCode } from 'libphonenumber-js'
import { useEffect, useState } from 'react'
import { readRecipients } from '../../lib/read-recipients.ts'
import type { RecipientFormResult } from '../../lib/recipient-form-result.ts'

type Input = {
  source: 'file' | 'typed'
  file: File | null
  typedNumbers: string
  defaultCountry: CountryCode | null
}

export type RecipientPreviewState = {
  result: RecipientFormResult | null
  /** True while the shown result may not match the input yet. */
  reading: boolean
  /** The browser could not read the file at all. */
  failure: string | null
}

/** Reads the chosen recipients in a worker whenever they or the country change. */
export function useRecipientPreview({
  source,
  file,
  typedNumbers,
  defaultCountry,
}: Input): RecipientPreviewState {
  const [typed] = useDebouncedValue(typedNumbers, 250)
  const [state, setState] = useState<RecipientPreviewState>({
    result: null,
    reading: false,
    failure: null,
  })

  useEffect(() => {
    const empty = source === 'file' ? !file : typed.trim() === ''
    if (empty) {
      setState({ result: null, reading: false, failure: null })
      return
    }

    const controller = new AbortController()
    setState((current) => ({ ...current, reading: true, failure: null }))
    const read =
      source === 'file' && file
        ? file
            .arrayBuffer()
            .then((bytes) =>
              readRecipients(
                { kind: 'file', bytes, defaultCountry },
                controller.signal,
              ),
            )
        : readRecipients(
            { kind: 'typed', text: typed, defaultCountry },
            controller.signal,
          )

    read
      .then((result) => setState({ result, reading: false, failure: null }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setState({ result: null, reading: false, failure: String(error) })
      })
    return () => controller.abort()
  }, [source, file, typed, defaultCountry])

  const typing = source === 'typed' && typed !== typedNumbers
  return typing ? { ...state, reading: true } : state
}
