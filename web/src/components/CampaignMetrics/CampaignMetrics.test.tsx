import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { makeCampaign } from '../../test/campaign-fixtures.ts'
import { render } from '../../test/render.tsx'
import { CampaignMetrics } from './CampaignMetrics.tsx'

test('shows each metric in a group named after it', async () => {
  const campaign = makeCampaign({
    status: 'in_progress',
    total_calls_scheduled: 1_200,
    total_calls_dispatched: 600,
    total_calls_completed: 450,
    total_calls_failed: 30,
    progress: 50,
  })
  await render(<CampaignMetrics campaign={campaign} />)

  const metric = (name: string) => within(screen.getByRole('group', { name }))
  expect(metric('Status').getByText('In progress')).toBeInTheDocument()
  expect(metric('Scheduled').getByText('Started right away')).toBeInTheDocument()
  expect(metric('Total scheduled').getByText('1,200')).toBeInTheDocument()
  expect(metric('Dispatched').getByText('600')).toBeInTheDocument()
  expect(metric('Completed').getByText('450')).toBeInTheDocument()
  expect(metric('Failed').getByText('30')).toBeInTheDocument()
  expect(metric('Failed').getByText('1 to voicemail')).toBeInTheDocument()
  expect(metric('Progress').getByText('50%')).toBeInTheDocument()
})
