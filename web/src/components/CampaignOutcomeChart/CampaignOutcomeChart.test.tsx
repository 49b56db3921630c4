import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { render } from '../../test/render.tsx'
import { CampaignOutcomeChart } from './CampaignOutcomeChart.tsx'

test('lists every status that has recipients, with its count', async () => {
  await render(
    <CampaignOutcomeChart
      counts={{
        pending: 0,
        dispatched: 0,
        initiated: 0,
        in_progress: 2,
        completed: 1_500,
        failed: 3,
        voicemail: 4,
        cancelled: 0,
      }}
    />,
  )

  const chart = screen.getByRole('figure', { name: 'Call outcomes' })
  const items = within(chart)
    .getAllByRole('listitem')
    .map((item) => item.textContent)
  expect(items).toEqual([
    'In progress 2',
    'Completed 1,500',
    'Failed 3',
    'Voicemail 4',
  ])
})
