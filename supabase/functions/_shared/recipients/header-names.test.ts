import { describe, expect, it } from 'vitest'
import { readRecipientFile } from './read-recipient-file.ts'

function readHeader(header: string, row = '+12025550143') {
  return readRecipientFile(new TextEncoder().encode(`${header}\n${row}\n`))
}

describe('recipient file headers', () => {
  it('lists the headers found when none is the phone column', () => {
    const result = readHeader('Mobile,First Name,city', '+12025550143,A,B')
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'no_phone_column', headers: ['Mobile', 'First Name', 'city'] },
    })
    expect(result.ok || result.error.message).toContain(
      '"Mobile", "First Name", "city"',
    )
  })

  it('refuses two columns that both read as the phone number', () => {
    const result = readHeader(
      'phone_number,Phone Number',
      '+12025550143,+12025550144',
    )
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'several_phone_columns',
        headers: ['phone_number', 'Phone Number'],
      },
    })
  })

  it.each(['First-Name', '1st name', 'Prénom', 'e-mail', 'name?'])(
    'names the header %j that cannot become a variable',
    (header) => {
      const result = readHeader(`phone_number,${header}`, '+12025550143,x')
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid_header', headers: [header] },
      })
      expect(result.ok || result.error.message).toContain(`"${header}"`)
    },
  )

  it('refuses a header that becomes a reserved system__ name', () => {
    const result = readHeader('phone_number,System__X', '+12025550143,x')
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_header', headers: ['System__X'] },
    })
    expect(result.ok || result.error.message).toContain('system__')
  })

  it('refuses a header that becomes __proto__ and asks to rename it', () => {
    const result = readHeader('phone_number, __Proto__ ', '+12025550143,x')
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_header', headers: [' __Proto__ '] },
    })
    expect(result.ok || result.error.message).toContain('" __Proto__ "')
    expect(result.ok || result.error.message).toContain('Rename the column')
  })

  it('keeps every variable of a row, whatever its name', () => {
    const result = readHeader(
      'phone_number,constructor,to_string,__defineGetter__',
      '+12025550143,a,b,c',
    )
    expect(result.ok && Object.entries(result.rows[0].variables)).toEqual([
      ['constructor', 'a'],
      ['to_string', 'b'],
      ['__definegetter__', 'c'],
    ])
  })

  it('refuses two headers that become the same variable, naming both', () => {
    const result = readHeader(
      'phone_number,First Name,first_name',
      '+12025550143,a,b',
    )
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_header', headers: ['First Name', 'first_name'] },
    })
  })

  it('ignores a blank header over an empty column, with a notice', () => {
    const result = readHeader('phone_number,name,', '+12025550143,a,')
    expect(result).toMatchObject({
      ok: true,
      variableNames: ['name'],
      notices: [{ code: 'blank_header_ignored' }],
    })
  })

  it('refuses a blank header over a column with values', () => {
    const result = readHeader('phone_number,,name', '+12025550143,x,a')
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_header' } })
    expect(result.ok || result.error.message).toContain('Column 2')
  })

  it('turns spaces and capitals into the variable name and keeps the original header', () => {
    const result = readHeader(
      'PHONE_NUMBER,Appointment  Time,\tcity ',
      '+12025550143,a,b',
    )
    expect(result.ok && result.columns.map((c) => [c.header, c.name])).toEqual([
      ['PHONE_NUMBER', 'phone_number'],
      ['Appointment  Time', 'appointment__time'],
      ['\tcity ', 'city'],
    ])
  })
})
