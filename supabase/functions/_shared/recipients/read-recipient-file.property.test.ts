import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readRecipientFile } from './read-recipient-file.ts'

function quote(cell: string): string {
  return `"${cell.replaceAll('"', '""')}"`
}

// Rows holding U+FFFD or NUL are refused on purpose; other tests cover those.
const cellText = fc
  .string({ unit: 'binary', maxLength: 30 })
  .filter((s) => !s.includes('\uFFFD') && !s.includes('\u0000'))

describe('readRecipientFile with any cell text', () => {
  it('gives back every quoted cell exactly, whatever the delimiter and line ending', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cellText, cellText), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n', '\n', '\r'),
        (cells, delimiter, newline) => {
          const lines = [`phone_number${delimiter}note${delimiter}"other"`]
          cells.forEach(([note, other], i) => {
            const phone = `+1202555${String(100 + i).padStart(4, '0')}`
            lines.push([phone, quote(note), quote(other)].join(delimiter))
          })
          const bytes = new TextEncoder().encode(lines.join(newline) + newline)
          const result = readRecipientFile(bytes)

          expect(result.ok && result.delimiter).toBe(delimiter)
          const variables = result.ok
            ? result.recipients.map((r) => r.variables)
            : []
          expect(variables).toEqual(cells.map(([note, other]) => ({ note, other })))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads the same rows after a sep= line naming the delimiter, each one row later', () => {
    fc.assert(
      fc.property(
        fc.array(cellText, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n', '\n', '\r'),
        (notes, delimiter, newline) => {
          const lines = [`phone_number${delimiter}note`]
          notes.forEach((note, i) => {
            const phone = `+1202555${String(100 + i).padStart(4, '0')}`
            lines.push(`${phone}${delimiter}${quote(note)}`)
          })
          const file = lines.join(newline) + newline
          const plain = readRecipientFile(new TextEncoder().encode(file))
          const withLine = readRecipientFile(
            new TextEncoder().encode(`sep=${delimiter}${newline}${file}`),
          )

          if (!plain.ok || !withLine.ok) throw new Error('not read')
          expect(withLine.delimiter).toBe(delimiter)
          expect(withLine.recipients).toEqual(plain.recipients)
          expect(withLine.rows.map((r) => r.row)).toEqual(
            plain.rows.map((r) => r.row + 1),
          )
        },
      ),
      { numRuns: 200 },
    )
  })
})
