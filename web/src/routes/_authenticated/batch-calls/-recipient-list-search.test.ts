import { describe, expect, test } from 'vitest'
import { recipientListSearchSchema } from './-recipient-list-search.ts'

describe('recipient list search', () => {
  test('reads a recipient status and a page', () => {
    expect(
      recipientListSearchSchema.parse({ status: 'voicemail', page: '2' }),
    ).toEqual({ status: 'voicemail', page: 2 })
  })

  test('falls back to all recipients on page 1 for garbage', () => {
    expect(recipientListSearchSchema.parse({ status: 'gone', page: 'x' })).toEqual({
      status: undefined,
      page: 1,
    })
  })
})
