import { describe, expect, it } from 'vitest'
import { detectLayout, unifyLineEndings } from './detect-layout.ts'

describe('detectLayout', () => {
  it.each([
    ['a,b;c\n1', ',', 'lf'],
    ['a;b;c,d\r\n1', ';', 'crlf'],
    ['a\tb\tc;d\r1', '\t', 'cr'],
    ['"a;b;c",d\n', ',', 'lf'],
    ['"multi\nline";x\r\n', ';', 'crlf'],
    ['\n\n a;b\n', ';', 'lf'],
    ['phone_number', ',', null],
  ])(
    'reads %j as delimiter %j and line ending %s',
    (text, delimiter, lineEnding) => {
      expect(detectLayout(text)).toEqual({ delimiter, lineEnding })
    },
  )
})

describe('unifyLineEndings', () => {
  it('leaves a consistent file untouched', () => {
    const text = 'a,b\r\n1,2\r\n'
    expect(unifyLineEndings(text, 'crlf', ',')).toEqual({ text, newline: '\r\n' })
  })

  it('turns stray breaks outside quotes into LF and keeps quoted ones', () => {
    const text = 'a,b\r\n1,"x\ry\r\nz"\n2,3\r4,5'
    expect(unifyLineEndings(text, 'crlf', ',')).toEqual({
      text: 'a,b\n1,"x\ry\r\nz"\n2,3\n4,5',
      newline: '\n',
    })
  })
})
