import { describe, expect, it } from 'vitest'
import { campaignListQuerySchema, recipientListQuerySchema } from './list-query.ts'

function query(search: string) {
  return Object.fromEntries(new URLSearchParams(search))
}

describe('list query schemas', () => {
  it('defaults to page 1 with no filter', () => {
    expect(campaignListQuerySchema.parse(query(''))).toEqual({ page: 1 })
    expect(campaignListQuerySchema.parse(query('q=&status=&page='))).toEqual({
      page: 1,
    })
  })

  it('refuses a NUL character in q with a detail code', () => {
    const result = campaignListQuerySchema.safeParse(query('q=a%00b'))
    expect(result.error?.issues).toMatchObject([
      { path: ['q'], params: { code: 'nul_character' } },
    ])
  })

  it('keeps q exactly as typed, wildcards and all', () => {
    expect(
      campaignListQuerySchema.parse(query('q=50%25_off%2C+%5Bx%5D&page=2')),
    ).toEqual({ q: '50%_off, [x]', page: 2 })
  })

  it.each([
    'page=0',
    'page=-1',
    'page=1.5',
    'page=abc',
    'page=9999999',
    'status=scheduled',
  ])('refuses %s', (search) => {
    expect(campaignListQuerySchema.safeParse(query(search)).success).toBe(false)
  })

  it('filters recipients by an upstream status', () => {
    expect(recipientListQuerySchema.parse(query('status=voicemail&page=3'))).toEqual(
      {
        status: 'voicemail',
        page: 3,
      },
    )
    expect(recipientListQuerySchema.safeParse(query('status=done')).success).toBe(
      false,
    )
  })
})
