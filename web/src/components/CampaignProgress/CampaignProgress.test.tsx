import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { render } from '../../test/render.tsx'
import { CampaignProgress } from './CampaignProgress.tsx'

test('shows dispatched of scheduled as a bar and in numbers', async () => {
  await render(
    <CampaignProgress
      campaign={{
        name: 'Spring promo',
        progress: 33,
        total_calls_dispatched: 1_000,
        total_calls_scheduled: 3_001,
      }}
    />,
  )

  const bar = screen.getByRole('progressbar', {
    name: 'Spring promo: 33% dispatched',
  })
  expect(bar).toHaveAttribute('aria-valuenow', '33')
  expect(screen.getByText('1,000 of 3,001 dispatched')).toBeInTheDocument()
})
