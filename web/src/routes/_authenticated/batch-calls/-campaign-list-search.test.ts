import { describe, expect, test } from 'vitest'
import { campaignListSearchSchema } from './-campaign-list-search.ts'

const parse = (search: Record<string, unknown>) =>
  campaignListSearchSchema.parse(search)

describe('campaign list search', () => {
  test('reads search text, a status and a page', () => {
    expect(parse({ q: 'spring', status: 'in_progress', page: '3' })).toEqual({
      q: 'spring',
      status: 'in_progress',
      page: 3,
    })
  })

  test('defaults to every campaign, first page', () => {
    expect(parse({})).toEqual({ q: '', status: undefined, page: 1 })
  })

  test.each(['0', '-2', '2.5', 'abc', '', '1e400'])(
    'turns page %j into page 1',
    (page) => {
      expect(parse({ page }).page).toBe(1)
    },
  )

  test('keeps a page past the end for the list to correct', () => {
    expect(parse({ page: '40' }).page).toBe(40)
  })

  test('caps a page at the largest the API takes', () => {
    expect(parse({ page: '123456789' }).page).toBe(999_999)
  })

  test('ignores a status the API does not know', () => {
    expect(parse({ status: 'paused' }).status).toBeUndefined()
    expect(parse({ status: 'Completed' }).status).toBeUndefined()
  })

  test.each(['123', 'true', 'null', '[1]', '{"a":1}', '%_', '  spaced  '])(
    'keeps search text %j exactly as typed',
    (q) => {
      expect(parse({ q }).q).toBe(q)
    },
  )

  test('drops a search that is not text', () => {
    expect(parse({ q: ['a', 'b'] }).q).toBe('')
  })
})
