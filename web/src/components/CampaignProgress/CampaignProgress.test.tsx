import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { render } from '../../test/render.tsx'
import { CampaignProgress } from './CampaignProgress.tsx'

const campaign = (progress: number, dispatched: number, scheduled: number) => ({
  name: 'Spring promo',
  progress,
  total_calls_dispatched: dispatched,
  total_calls_scheduled: scheduled,
})

test('shows dispatched of scheduled as a bar and in numbers', async () => {
  await render(<CampaignProgress campaign={campaign(33, 1_000, 3_001)} />)

  const bar = screen.getByRole('progressbar', {
    name: 'Spring promo: 33% dispatched',
  })
  expect(bar).toHaveAttribute('aria-valuenow', '33')
  expect(bar).toHaveAttribute('aria-valuetext', '33% dispatched')
  expect(screen.getByText('1,000 of 3,001 dispatched')).toBeInTheDocument()
})

test('names the whole track, so a campaign at 0% still has a bar to see', async () => {
  await render(<CampaignProgress campaign={campaign(0, 0, 3)} />)

  const bar = screen.getByRole('progressbar', {
    name: 'Spring promo: 0% dispatched',
  })
  expect(bar).toHaveAttribute('aria-valuenow', '0')
  // The empty fill sits inside the bar rather than being the bar.
  const fill = bar.querySelector('[style*="--progress-section-size: 0%"]')
  expect(fill).not.toBeNull()
  expect(screen.getAllByRole('progressbar')).toHaveLength(1)
})
