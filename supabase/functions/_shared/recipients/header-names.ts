import {
  FORBIDDEN_VARIABLE_NAME,
  RESERVED_VARIABLE_PREFIX,
  VARIABLE_NAME_PATTERN,
} from '../wire/variables.ts'
import type { ColumnMapping, RecipientReadFailure } from './recipient-preview.ts'

export const PHONE_COLUMN_NAME = 'phone_number'

const WHITESPACE = /\s/g

/** The name a header stands for: trimmed, lower case, each space turned into `_`. */
export function headerToName(header: string): string {
  return header.trim().toLowerCase().replace(WHITESPACE, '_')
}

function failure(
  code: RecipientReadFailure['error']['code'],
  message: string,
  headers: string[],
): RecipientReadFailure {
  return { ok: false, error: { code, message, headers } }
}

function quoted(header: string): string {
  return `"${header}"`
}

/**
 * Maps each header to its role: the one phone column, variables, or ignored
 * (a blank header over an empty column). Fails naming the header at fault.
 */
export function mapHeaders(
  headers: readonly string[],
  columnHasValues: (index: number) => boolean,
):
  | { ok: true; columns: ColumnMapping[]; phoneIndex: number }
  | RecipientReadFailure {
  const names = headers.map(headerToName)
  const phoneIndexes: number[] = []
  names.forEach((name, index) => {
    if (name === PHONE_COLUMN_NAME) phoneIndexes.push(index)
  })

  if (phoneIndexes.length === 0) {
    const found = headers
      .filter((h) => h.trim() !== '')
      .map(quoted)
      .join(', ')
    return failure(
      'no_phone_column',
      `No column is named ${PHONE_COLUMN_NAME}. The columns found are: ${found}. ` +
        `Name the column with the numbers ${PHONE_COLUMN_NAME}.`,
      [...headers],
    )
  }
  if (phoneIndexes.length > 1) {
    const both = phoneIndexes.map((i) => headers[i])
    return failure(
      'several_phone_columns',
      `${both.map(quoted).join(' and ')} are all read as the ${PHONE_COLUMN_NAME} ` +
        'column. Keep only one of them.',
      both,
    )
  }

  const firstHeaderOf = new Map<string, string>()
  const columns: ColumnMapping[] = []

  for (let index = 0; index < headers.length; index++) {
    const header = headers[index]
    const name = names[index]

    if (name === '') {
      if (columnHasValues(index)) {
        return failure(
          'invalid_header',
          `Column ${index + 1} has values but no header. Give it a header or ` +
            'delete it.',
          [header],
        )
      }
      columns.push({ index, header, name: null, role: 'ignored' })
      continue
    }

    if (name === PHONE_COLUMN_NAME) {
      columns.push({ index, header, name, role: 'phone_number' })
      continue
    }

    if (!VARIABLE_NAME_PATTERN.test(name)) {
      return failure(
        'invalid_header',
        `The column ${quoted(header)} would be the variable "${name}", which is ` +
          'not allowed: use letters a–z, digits and _ (spaces become _), not ' +
          'starting with a digit. Rename the column.',
        [header],
      )
    }
    if (name.startsWith(RESERVED_VARIABLE_PREFIX)) {
      return failure(
        'invalid_header',
        `The column ${quoted(header)} would be the variable "${name}"; names ` +
          `starting with ${RESERVED_VARIABLE_PREFIX} are reserved. Rename the column.`,
        [header],
      )
    }
    if (name === FORBIDDEN_VARIABLE_NAME) {
      return failure(
        'invalid_header',
        `The column ${quoted(header)} would be the variable "${name}", a name ` +
          'that cannot be used. Rename the column.',
        [header],
      )
    }
    const earlier = firstHeaderOf.get(name)
    if (earlier !== undefined) {
      return failure(
        'invalid_header',
        `The columns ${quoted(earlier)} and ${quoted(header)} both become the ` +
          `variable "${name}". Rename one of them.`,
        [earlier, header],
      )
    }
    firstHeaderOf.set(name, header)
    columns.push({ index, header, name, role: 'variable' })
  }

  return { ok: true, columns, phoneIndex: phoneIndexes[0] }
}
