import { z } from 'zod'

/** The shape of a dynamic-variable name; `system__…` is also reserved upstream. */
export const VARIABLE_NAME_PATTERN = /^[a-z_][a-z0-9_]*$/
export const RESERVED_VARIABLE_PREFIX = 'system__'

export function isVariableName(name: string): boolean {
  return (
    VARIABLE_NAME_PATTERN.test(name) && !name.startsWith(RESERVED_VARIABLE_PREFIX)
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

export const variableValueSchema = z.union([z.string(), z.number(), z.boolean()], {
  error: 'A variable is text, a number, or true/false.',
})

export const variablesSchema = z.record(variableNameSchema, variableValueSchema)

export type Variables = z.infer<typeof variablesSchema>
