import type { z } from 'zod'

const NUL = '\u0000'

/** True when the text holds U+0000, which Postgres cannot store in text. */
export function hasNulCharacter(text: string): boolean {
  return text.includes(NUL)
}

/** A string schema that refuses U+0000 with detail code `nul_character`. */
export function withoutNulCharacter<Schema extends z.ZodType<string>>(
  schema: Schema,
) {
  return schema.refine((text) => !hasNulCharacter(text), {
    error:
      'The text contains an invisible NUL character (U+0000), which cannot ' +
      'be stored. Remove it and try again.',
    params: { code: 'nul_character' },
  })
}
