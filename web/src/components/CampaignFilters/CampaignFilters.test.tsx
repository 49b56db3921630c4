import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { render } from '../../test/render.tsx'
import { CampaignFilters, SEARCH_DEBOUNCE_MS } from './CampaignFilters.tsx'

describe('CampaignFilters', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('sends the search once typing pauses, not on every key', async () => {
    const onChange = vi.fn()
    const { user } = await render(<CampaignFilters q="" onChange={onChange} />)

    await user.type(screen.getByLabelText('Search'), 'acme')
    expect(onChange).not.toHaveBeenCalled()

    act(() => {
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
    })
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenCalledWith({ q: 'acme', status: undefined })
  })

  test('offers every status and reports the one picked', async () => {
    const onChange = vi.fn()
    const { user } = await render(
      <CampaignFilters q="spring" status="failed" onChange={onChange} />,
    )
    const select = screen.getByLabelText('Status')
    expect(select).toHaveValue('failed')
    expect(
      screen.getAllByRole('option').map((option) => option.textContent),
    ).toEqual(['All', 'Pending', 'In progress', 'Completed', 'Failed', 'Cancelled'])

    await user.selectOptions(select, 'All')
    expect(onChange).toHaveBeenLastCalledWith({ q: 'spring', status: undefined })
  })
})
