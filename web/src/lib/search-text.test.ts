import { describe, expect, test } from 'vitest'
import { campaignListSearchSchema } from '../routes/_authenticated/batch-calls/-campaign-list-search.ts'
import { parseSearch, stringifySearch } from './search-text.ts'

const TEXTS = ['123', '12', '0', '-1', '1e3', 'true', 'null', '[1]', '{"a":1}']
const MORE = ['"quoted"', '%_', '  spaced  ', 'a&b=c', '50% off', 'café', '']

describe('search in the URL', () => {
  test.each([...TEXTS, ...MORE])('keeps %j as text both ways', (q) => {
    const url = stringifySearch({ q })
    expect(parseSearch(url)).toEqual({ q })
    expect(stringifySearch(parseSearch(url))).toBe(url)
  })

  test.each(TEXTS)('gives the list search %j as the text typed', (q) => {
    const search = parseSearch(stringifySearch({ q, page: 2 }))
    expect(campaignListSearchSchema.parse(search)).toEqual({
      q,
      status: undefined,
      page: 2,
    })
  })

  test('reads a URL typed by hand, with or without the question mark', () => {
    expect(parseSearch('?q=123&page=2')).toEqual({ q: '123', page: '2' })
    expect(parseSearch('q=%7B%22a%22%3A1%7D')).toEqual({ q: '{"a":1}' })
    expect(parseSearch('q=a+b')).toEqual({ q: 'a b' })
  })

  test('writes numbers plainly and leaves out what is not set', () => {
    expect(stringifySearch({ q: 'x', status: undefined, page: 3 })).toBe(
      '?q=x&page=3',
    )
    expect(stringifySearch({})).toBe('')
  })

  test('turns a repeated name into a list the schema refuses', () => {
    const search = parseSearch('?q=a&q=b&q=c')
    expect(search).toEqual({ q: ['a', 'b', 'c'] })
    expect(stringifySearch(search)).toBe('?q=a&q=b&q=c')
    expect(campaignListSearchSchema.parse(search).q).toBe('')
  })

  test('treats __proto__ as an ordinary name', () => {
    const search = parseSearch('?__proto__=x&__proto__=y')
    expect(Object.getPrototypeOf(search)).toBeNull()
    expect(Object.entries(search)).toEqual([['__proto__', ['x', 'y']]])
  })
})
