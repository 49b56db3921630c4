import { describe, expect, it } from 'vitest'
import { readRecipientFile } from './read-recipient-file.ts'
import type { RecipientPreview, RecipientReadResult } from './recipient-preview.ts'

const encoder = new TextEncoder()

function read(text: string, defaultCountry?: 'US'): RecipientReadResult {
  return readRecipientFile(encoder.encode(text), { defaultCountry })
}

function preview(text: string): RecipientPreview {
  const result = read(text)
  if (!result.ok) throw new Error(result.error.message)
  return result
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const [first, second] =
      order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
    bytes[2 + i * 2] = first
    bytes[3 + i * 2] = second
  }
  return bytes
}

const TWO_ROWS =
  'phone_number,first_name\r\n+12025550143,Zoë\r\n+442079460123,José\r\n'

describe('readRecipientFile encodings', () => {
  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM', (order) => {
    const result = readRecipientFile(utf16(TWO_ROWS, order))
    expect(result).toMatchObject({
      ok: true,
      encoding: `utf-16${order}`,
      notices: [],
    })
    expect(
      result.ok && result.recipients.map((r) => r.variables?.first_name),
    ).toEqual(['Zoë', 'José'])
  })

  it('reads UTF-16 LE without a BOM and says so', () => {
    const result = readRecipientFile(utf16(TWO_ROWS, 'le').subarray(2))
    expect(result).toMatchObject({ ok: true, encoding: 'utf-16le' })
    expect(result.ok && result.notices[0].code).toBe('utf16_without_bom')
  })

  it('falls back to Windows-1252 with a notice and no replacement characters', () => {
    const bytes = Uint8Array.from([
      ...encoder.encode('phone_number,first_name\n+12025550143,Ren'),
      0xe9,
      0x20,
      0x80,
      0x0a,
    ])
    const result = readRecipientFile(bytes.buffer)
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252' })
    if (!result.ok) return
    expect(result.notices).toEqual([
      expect.objectContaining({ code: 'encoding_fallback' }),
    ])
    expect(result.recipients[0].variables?.first_name).toBe('René €')
    expect(JSON.stringify(result)).not.toContain('\uFFFD')
  })

  it('refuses a row already holding U+FFFD instead of sending damaged text', () => {
    const result = preview(
      'phone_number,first_name\n+12025550143,Ren\uFFFD\n+12025550144,Ok\n',
    )
    expect(result.rows[0]).toMatchObject({
      row: 2,
      status: 'error',
      reason: expect.stringMatching(/damaged/),
    })
    expect(result.counts.callable).toBe(1)
  })

  it('returns plain data that survives structuredClone unchanged', () => {
    const result = readRecipientFile(encoder.encode(TWO_ROWS))
    expect(structuredClone(result)).toStrictEqual(result)
  })

  it('takes an ArrayBuffer as well as a Uint8Array', () => {
    const bytes = encoder.encode(TWO_ROWS)
    expect(readRecipientFile(bytes.buffer)).toEqual(readRecipientFile(bytes))
  })
})

describe('readRecipientFile layout', () => {
  it('reads tab-delimited files and reports the tab', () => {
    const result = preview('phone_number\tnote\n+12025550143\ta, b; c\n')
    expect(result.delimiter).toBe('\t')
    expect(result.recipients[0].variables).toEqual({ note: 'a, b; c' })
  })

  it('decides the delimiter from the header, not from commas in the rows', () => {
    const result = preview('phone_number;"name"\n+12025550143;"a,b,c,d"\n')
    expect(result.delimiter).toBe(';')
    expect(result.recipients[0].variables).toEqual({ name: 'a,b,c,d' })
  })

  it('reads a file with only a phone column', () => {
    const result = preview('phone_number\n+12025550143\n+12025550144')
    expect(result.counts.callable).toBe(2)
    expect(result.variableNames).toEqual([])
  })

  it('copes with line endings that change part-way through the file', () => {
    const result = preview(
      'phone_number,n\r\n+12025550143,"a\r\nb"\n+12025550144,c\r+12025550145,d\r\n',
    )
    expect(result.recipients.map((r) => r.variables?.n)).toEqual([
      'a\r\nb',
      'c',
      'd',
    ])
    expect(result.rows.map((r) => r.row)).toEqual([2, 3, 4])
  })

  it('keeps cells as text: no numbers, no trimming, leading zeros kept', () => {
    const result = preview(
      'phone_number,zip,amount,flag\n+12025550143,02134, 1e3 ,TRUE\n',
    )
    expect(result.recipients[0].variables).toEqual({
      zip: '02134',
      amount: ' 1e3 ',
      flag: 'TRUE',
    })
  })

  it('numbers rows as a spreadsheet does, counting blank rows and multi-line cells once', () => {
    const text =
      '\nphone_number,note\n+12025550143,"two\nlines"\n\n,\n+1 202 555 0144,x\nbad,y\n'
    const result = preview(text)
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([
      [3, 'ok'],
      [6, 'normalised'],
      [7, 'error'],
    ])
    expect(result.counts).toEqual({
      rows: 3,
      callable: 2,
      normalised: 1,
      duplicates: 0,
      errors: 1,
      blank: 2,
    })
  })

  it('marks a repeated number as a duplicate of its first row, however written', () => {
    const result = preview(
      'phone_number,n\n+12025550143,a\n+1 (202) 555-0143,b\n+12025550143,c\n',
    )
    expect(result.rows.map((r) => [r.row, r.status, r.duplicateOfRow])).toEqual([
      [2, 'ok', null],
      [3, 'duplicate', 2],
      [4, 'duplicate', 2],
    ])
    expect(result.rows[1].reason).toContain('row 2')
    expect(result.recipients).toEqual([
      { phone_number: '+12025550143', variables: { n: 'a' } },
    ])
    expect(result.counts).toMatchObject({ callable: 1, duplicates: 2 })
  })

  it('refuses a row with too few or too many values, but not trailing empty ones', () => {
    const result = preview(
      'phone_number,a,b\n+12025550143,1\n+12025550144,1,2,3\n+12025550145,1,2,,\n',
    )
    expect(result.rows.map((r) => r.status)).toEqual(['error', 'error', 'ok'])
    expect(result.rows[0].reason).toContain('2 values but the header has 3')
  })

  it('refuses the row with an unclosed quote instead of guessing', () => {
    const result = preview(
      'phone_number,n\n+12025550143,ok\n+12025550144,"never closed\n+12025550145,x\n',
    )
    expect(result.rows[0].status).toBe('ok')
    expect(result.rows[1]).toMatchObject({
      row: 3,
      status: 'error',
      reason: expect.stringMatching(/quote/),
    })
    expect(result.counts.callable).toBe(1)
  })

  it('refuses a file with no rows at all', () => {
    expect(read('')).toMatchObject({ ok: false, error: { code: 'empty_file' } })
    expect(read('\n , \n\n')).toMatchObject({
      ok: false,
      error: { code: 'empty_file' },
    })
  })

  it('accepts a header with no rows and calls nobody', () => {
    expect(preview('phone_number,first_name\n').counts).toMatchObject({
      rows: 0,
      callable: 0,
    })
  })

  it.each([
    ['1.20256E+10', /scientific notation/],
    ["'+12025550143", null],
    ['="+12025550143"', null],
    ['12025550143.0', /decimal number/],
  ])('explains the spreadsheet damage in %j', (cell, reason) => {
    const result = preview(`phone_number\n${cell}\n`)
    if (reason === null) {
      expect(result.rows[0]).toMatchObject({
        status: 'normalised',
        phoneNumber: '+12025550143',
      })
      expect(result.rows[0].reason).toMatch(/spreadsheet/)
    } else {
      expect(result.rows[0]).toMatchObject({
        status: 'error',
        phoneNumber: null,
        reason,
      })
    }
  })

  it('marks a row with a NUL character as an error with a reason', () => {
    const file = 'phone_number,first_name\n+12025550143,A\u0000\n+12025550144,B\n'
    const result = readRecipientFile(new TextEncoder().encode(file))
    expect(result.ok && result.rows.map((r) => [r.status, r.reason])).toEqual([
      ['error', expect.stringContaining('U+0000')],
      ['ok', null],
    ])
    expect(result.ok && result.recipients).toEqual([
      { phone_number: '+12025550144', variables: { first_name: 'B' } },
    ])
  })

  it('marks a row whose variable is over 1,000 characters as an error', () => {
    const long = 'x'.repeat(1001)
    const file = `phone_number,note\n+12025550143,${long}\n+12025550144,ok\n`
    const result = readRecipientFile(new TextEncoder().encode(file))
    expect(result.ok && result.rows.map((r) => [r.status, r.reason])).toEqual([
      ['error', expect.stringContaining('note is longer than 1,000')],
      ['ok', null],
    ])
  })
})

describe('readRecipientFile with a sep= first line', () => {
  it('reads the file with the delimiter the line names and says so', () => {
    const result = preview('sep=;\nphone_number;note\n+12025550143;a,b\n')
    expect(result.delimiter).toBe(';')
    expect(result.recipients).toEqual([
      { phone_number: '+12025550143', variables: { note: 'a,b' } },
    ])
    expect(result.notices).toEqual([
      {
        code: 'separator_line',
        message: expect.stringContaining('separated by semicolons'),
      },
    ])
  })

  it('prefers the line over the delimiter the header would suggest', () => {
    const text = 'phone_number,note\t\t\n+12025550143,a\n'
    expect(read(text)).toMatchObject({
      ok: false,
      error: { code: 'no_phone_column' },
    })
    const result = preview(`sep=,\n${text}`)
    expect(result.delimiter).toBe(',')
    expect(result.recipients[0].variables).toEqual({ note: 'a' })
  })

  it('numbers rows by the lines of the file, the sep= line being row 1', () => {
    const result = preview(
      'sep=;\r\nphone_number;n\r\n+12025550143;a\r\n\r\nbad;b\r\n',
    )
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([
      [3, 'ok'],
      [5, 'error'],
    ])
    expect(result.lineEnding).toBe('crlf')
    expect(result.counts.blank).toBe(1)
  })

  it('reads the line after a UTF-8 byte-order mark', () => {
    const bytes = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...encoder.encode('sep=\t\r\nphone_number\tn\r\n+12025550143\ta b\r\n'),
    ])
    const result = readRecipientFile(bytes)
    expect(result).toMatchObject({
      ok: true,
      encoding: 'utf-8-bom',
      delimiter: '\t',
    })
    expect(result.ok && result.rows[0]).toMatchObject({
      row: 3,
      variables: { n: 'a b' },
    })
  })

  it('reads a quoted sep= line with empty cells after it', () => {
    const result = preview('"sep=;";;\nphone_number;n;m\n+12025550143;1;2\n')
    expect(result.delimiter).toBe(';')
    expect(result.rows[0]).toMatchObject({ row: 3, variables: { n: '1', m: '2' } })
  })

  it('refuses a file whose sep= line names a delimiter it cannot read', () => {
    expect(read('sep=|\nphone_number|n\n+12025550143|a\n')).toMatchObject({
      ok: false,
      error: {
        code: 'unsupported_separator',
        message: expect.stringContaining('"|"'),
      },
    })
  })

  it('points at the sep= line when its delimiter does not split the header', () => {
    const result = read('sep=;\nphone_number,n\n+12025550143,a\n')
    expect(result).toMatchObject({ ok: false, error: { code: 'no_phone_column' } })
    expect(result.ok || result.error.message).toMatch(/sep=;.*delete that line/)
  })

  it('calls a file holding only the sep= line empty', () => {
    expect(read('sep=,\r\n')).toMatchObject({
      ok: false,
      error: { code: 'empty_file' },
    })
  })

  it('reads a header that merely starts with sep as an ordinary header', () => {
    const result = preview('separator,phone_number\nx,+12025550143\n')
    expect(result.notices).toEqual([])
    expect(result.variableNames).toEqual(['separator'])
  })
})

describe('readRecipientFile phone cells in other forms', () => {
  it('reads tel: links and full-width digits but leaves variables exactly as written', () => {
    const result = preview(
      'phone_number,name,code\n' +
        'tel:+1-202-555-0143,山田,＋１２\n' +
        '＋１２０２５５５０１４４,tel:+1,١٢\n',
    )
    expect(result.rows.map((r) => [r.status, r.phoneNumber])).toEqual([
      ['normalised', '+12025550143'],
      ['normalised', '+12025550144'],
    ])
    expect(result.rows[0].reason).toBe(
      'Removed the tel: that phone links start with.',
    )
    expect(result.rows[1].reason).toBe(
      'Changed full-width or non-Latin digits and symbols to plain 0–9 and +.',
    )
    expect(result.rows.map((r) => r.original)).toEqual([
      'tel:+1-202-555-0143',
      '＋１２０２５５５０１４４',
    ])
    expect(result.recipients.map((r) => r.variables)).toEqual([
      { name: '山田', code: '＋１２' },
      { name: 'tel:+1', code: '١٢' },
    ])
  })

  it('marks a full-width repeat of a number as a duplicate of the first', () => {
    const result = preview('phone_number\n+12025550143\n＋１２０２５５５０１４３\n')
    expect(result.rows[1]).toMatchObject({ status: 'duplicate', duplicateOfRow: 2 })
  })
})
