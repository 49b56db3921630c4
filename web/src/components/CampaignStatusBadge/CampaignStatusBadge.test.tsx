import { screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { render } from '../../test/render.tsx'
import { CampaignStatusBadge } from './CampaignStatusBadge.tsx'

const now = Date.parse('2026-12-04T12:00:00Z')

describe('CampaignStatusBadge', () => {
  test('shows a pending campaign that starts later as Scheduled', async () => {
    await render(
      <CampaignStatusBadge
        campaign={{ status: 'pending', scheduled_at: '2026-12-05T09:00:00Z' }}
        now={now}
      />,
    )
    expect(screen.getByText('Scheduled')).toBeInTheDocument()
  })

  test('shows a pending campaign whose start has passed as Pending', async () => {
    await render(
      <CampaignStatusBadge
        campaign={{ status: 'pending', scheduled_at: '2026-12-04T11:00:00Z' }}
        now={now}
      />,
    )
    expect(screen.getByText('Pending')).toBeInTheDocument()
  })

  test('names a running campaign in words', async () => {
    await render(
      <CampaignStatusBadge
        campaign={{ status: 'in_progress', scheduled_at: null }}
        now={now}
      />,
    )
    expect(screen.getByText('In progress')).toBeInTheDocument()
  })
})
