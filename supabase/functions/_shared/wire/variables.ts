import { z } from 'zod'
import { MAX_VARIABLE_VALUE_LENGTH } from './limits.ts'
import { withoutNulCharacter } from './nul-character.ts'

/** The shape of a dynamic-variable name; `system__…` is also reserved upstream. */
export const VARIABLE_NAME_PATTERN = /^[a-z_][a-z0-9_]*$/
export const RESERVED_VARIABLE_PREFIX = 'system__'

/**
 * Fits the pattern but is refused: JavaScript objects treat `__proto__` as
 * their prototype, so a value under it would be lost on the way through.
 */
export const FORBIDDEN_VARIABLE_NAME = '__proto__'

export function isVariableName(name: string): boolean {
  return (
    VARIABLE_NAME_PATTERN.test(name) &&
    !name.startsWith(RESERVED_VARIABLE_PREFIX) &&
    name !== FORBIDDEN_VARIABLE_NAME
  )
}

export const variableNameSchema = z.string().superRefine((name, ctx) => {
  if (!VARIABLE_NAME_PATTERN.test(name)) {
    ctx.addIssue({
      code: 'custom',
      message:
        `${name} is not a variable name: use a–z, 0–9 and _, not starting ` +
        'with a digit.',
      params: { code: 'invalid_variable_name' },
    })
  } else if (name.startsWith(RESERVED_VARIABLE_PREFIX)) {
    ctx.addIssue({
      code: 'custom',
      message: `${name} is reserved: names starting with system__ belong to the platform.`,
      params: { code: 'reserved_variable_name' },
    })
  }
})

const forbiddenNameMessage = `${FORBIDDEN_VARIABLE_NAME} cannot be a variable name: choose another.`

export const variableValueSchema = z.union(
  [
    withoutNulCharacter(z.string()).refine(
      (text) => [...text].length <= MAX_VARIABLE_VALUE_LENGTH,
      {
        error:
          'A variable can hold at most ' +
          `${MAX_VARIABLE_VALUE_LENGTH.toLocaleString('en-US')} characters.`,
        params: { code: 'variable_too_long' },
      },
    ),
    z.number(),
    z.boolean(),
  ],
  {
    error: 'A variable is text, a number, or true/false.',
  },
)

// zod's record skips a `__proto__` key without a word, so it is looked for
// in the input before the record sees it.
export const variablesSchema = z.preprocess(
  (value, ctx) => {
    if (isObject(value) && Object.hasOwn(value, FORBIDDEN_VARIABLE_NAME)) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        path: [FORBIDDEN_VARIABLE_NAME],
        message: forbiddenNameMessage,
        params: { code: 'reserved_variable_name' },
      })
    }
    return value
  },
  z.record(variableNameSchema, variableValueSchema),
)

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}

export type Variables = z.infer<typeof variablesSchema>
