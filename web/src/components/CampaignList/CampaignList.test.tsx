import { screen, within } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { makeCampaign, makeCampaignPage } from '../../test/campaign-fixtures.ts'
import { render } from '../../test/render.tsx'
import { CampaignList } from './CampaignList.tsx'

const handlers = {
  onRetry: vi.fn(),
  onClearFilters: vi.fn(),
  onPageChange: vi.fn(),
}

describe('CampaignList', () => {
  test('shows one row per campaign with agent, status, progress and counts', async () => {
    const campaign = makeCampaign({
      name: 'Spring promo',
      agent: { id: 'a', name: 'Survey agent' },
      status: 'completed',
      total_calls_dispatched: 10,
      progress: 100,
    })
    await render(
      <CampaignList
        data={makeCampaignPage([campaign, makeCampaign()])}
        error={null}
        filtered={false}
        {...handlers}
      />,
    )

    const table = screen.getByRole('table', { name: 'Campaigns' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    const first = within(rows[0])
    expect(first.getByRole('link', { name: 'Spring promo' })).toHaveAttribute(
      'href',
      `/batch-calls/${campaign.id}`,
    )
    expect(first.getByText('Survey agent')).toBeInTheDocument()
    expect(first.getByText('Completed')).toBeInTheDocument()
    expect(first.getByText('10 of 10 dispatched')).toBeInTheDocument()
  })

  test('invites a first campaign when there are none at all', async () => {
    await render(
      <CampaignList
        data={makeCampaignPage([])}
        error={null}
        filtered={false}
        {...handlers}
      />,
    )
    expect(
      screen.getByRole('heading', { name: 'No campaigns yet' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  test('tells a filter that matches nothing apart from an empty account', async () => {
    const onClearFilters = vi.fn()
    const { user } = await render(
      <CampaignList
        data={makeCampaignPage([])}
        error={null}
        filtered
        {...handlers}
        onClearFilters={onClearFilters}
      />,
    )
    expect(
      screen.getByRole('heading', { name: 'Nothing matches' }),
    ).toBeInTheDocument()
    expect(screen.queryByText('No campaigns yet')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(onClearFilters).toHaveBeenCalledOnce()
  })

  test("shows the API's message when the list cannot load, and retries", async () => {
    const onRetry = vi.fn()
    const { user } = await render(
      <CampaignList
        data={undefined}
        error={new Error('The server is down for maintenance.')}
        filtered={false}
        {...handlers}
        onRetry={onRetry}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The server is down for maintenance.',
    )
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
  })

  test('keeps the rows on screen when a refresh fails', async () => {
    await render(
      <CampaignList
        data={makeCampaignPage([makeCampaign({ name: 'Still here' })])}
        error={new Error('Network down.')}
        filtered={false}
        {...handlers}
      />,
    )
    expect(screen.getByRole('link', { name: 'Still here' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Network down.')
  })
})
