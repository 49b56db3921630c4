import type { ValidationIssue } from './errors.ts'
import type { JsonObject } from './types.ts'

type Loc = (string | number)[]

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function missing(loc: Loc): ValidationIssue {
  return { type: 'missing', loc, msg: 'Field required' }
}

export function checkString(
  value: unknown,
  loc: Loc,
  issues: ValidationIssue[],
): string | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value
  issues.push({
    type: 'string_type',
    loc,
    msg: 'Input should be a valid string',
    input: value,
  })
  return null
}

export function checkInteger(
  value: unknown,
  loc: Loc,
  issues: ValidationIssue[],
  bounds: { min?: number; max?: number } = {},
): number | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    issues.push({
      type: 'int_type',
      loc,
      msg: 'Input should be a valid integer',
      input: value,
    })
    return null
  }
  if (bounds.min !== undefined && value < bounds.min) {
    issues.push({
      type: 'greater_than_equal',
      loc,
      msg: `Input should be greater than or equal to ${bounds.min}`,
      input: value,
      ctx: { ge: bounds.min },
    })
    return null
  }
  if (bounds.max !== undefined && value > bounds.max) {
    issues.push({
      type: 'less_than_equal',
      loc,
      msg: `Input should be less than or equal to ${bounds.max}`,
      input: value,
      ctx: { le: bounds.max },
    })
    return null
  }
  return value
}

export function checkBoolean(
  value: unknown,
  loc: Loc,
  issues: ValidationIssue[],
): boolean | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'boolean') return value
  issues.push({
    type: 'bool_type',
    loc,
    msg: 'Input should be a valid boolean',
    input: value,
  })
  return null
}

export function checkObject(
  value: unknown,
  loc: Loc,
  issues: ValidationIssue[],
  modelName: string,
): JsonObject | null {
  if (value === undefined || value === null) return null
  if (isObject(value)) return value
  issues.push({
    type: 'model_type',
    loc,
    msg: `Input should be a valid dictionary or instance of ${modelName}`,
    input: value,
  })
  return null
}
