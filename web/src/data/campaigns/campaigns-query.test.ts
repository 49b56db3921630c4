import { describe, expect, test, vi } from 'vitest'
import { makeCampaign, makeCampaignPage } from '../../test/campaign-fixtures.ts'
import { ACTIVE_REFRESH_MS } from './campaign-refresh.ts'
import { campaignsQueryOptions } from './campaigns-query.ts'

vi.mock('../../lib/supabase.ts', () => ({ supabase: {} }))

function refreshAfter(statuses: ReturnType<typeof makeCampaign>['status'][]) {
  const { refetchInterval } = campaignsQueryOptions({ q: '', page: 1 })
  if (typeof refetchInterval !== 'function') throw new Error('no interval rule')
  const data = makeCampaignPage(statuses.map((status) => makeCampaign({ status })))
  // Only the query's state is read; a whole Query object is not needed.
  return refetchInterval({ state: { data } } as never)
}

describe('campaign list refresh', () => {
  test('refreshes while a campaign on the page is pending or in progress', () => {
    expect(refreshAfter(['completed', 'pending'])).toBe(ACTIVE_REFRESH_MS)
    expect(refreshAfter(['in_progress'])).toBe(ACTIVE_REFRESH_MS)
  })

  test('stops when everything shown has finished', () => {
    expect(refreshAfter(['completed', 'failed', 'cancelled'])).toBe(false)
  })
})
