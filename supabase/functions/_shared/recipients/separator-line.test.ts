import { describe, expect, it } from 'vitest'
import { readSeparatorLine } from './separator-line.ts'

describe('readSeparatorLine', () => {
  it.each([
    ['sep=;\nphone_number', ';'],
    ['sep=,\r\nphone_number', ','],
    ['sep=\t\rphone_number', '\t'],
    ['sep=\\t\nphone_number', '\t'],
    ['SEP=;\n', ';'],
    ['\uFEFFsep=;\n', ';'],
    ['"sep=;"\n', ';'],
    ['sep=;;;\n', ';'],
    ['"sep=,",,\n', ','],
    ['sep=;', ';'],
  ])('reads the delimiter from the first line of %j', (text, delimiter) => {
    expect(readSeparatorLine(text)).toEqual({ separator: delimiter, delimiter })
  })

  it('names a separator it cannot read without offering it as the delimiter', () => {
    expect(readSeparatorLine('sep=|\nphone_number|name')).toEqual({
      separator: '|',
      delimiter: null,
    })
  })

  it.each([
    'phone_number,name\n',
    'sep=\nphone_number',
    'sep=;,\nphone_number',
    '"sep=;\nphone_number',
    'sep=abc\n',
    '\nsep=;\nphone_number',
    'phone_number\nsep=;\n',
  ])('gives null when %j does not start with a sep= line', (text) => {
    expect(readSeparatorLine(text)).toBeNull()
  })
})
