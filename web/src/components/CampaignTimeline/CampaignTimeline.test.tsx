import { screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { render } from '../../test/render.tsx'
import { CampaignTimeline } from './CampaignTimeline.tsx'

describe('CampaignTimeline', () => {
  test('lists events newest first with who acted', async () => {
    await render(
      <CampaignTimeline
        events={[
          {
            at: '2026-12-04T09:00:00Z',
            kind: 'submitted',
            actor_email: 'member@acme.test',
            detail: null,
          },
          {
            at: '2026-12-04T09:05:00Z',
            kind: 'status_changed',
            actor_email: null,
            detail: { from: 'pending', to: 'in_progress' },
          },
          {
            at: '2026-12-04T09:06:00Z',
            kind: 'upstream_error',
            actor_email: null,
            detail: { message: 'ElevenLabs timed out.' },
          },
        ]}
      />,
    )

    const titles = screen.getAllByText(/^(Submitted|Status|ElevenLabs reported)/)
    expect(titles.map((node) => node.textContent)).toEqual([
      'ElevenLabs reported a problem',
      'Status: In progress',
      'Submitted to ElevenLabs',
    ])
    expect(screen.getByText('ElevenLabs timed out.')).toBeInTheDocument()
    expect(screen.getByText(/member@acme\.test/)).toBeInTheDocument()
  })

  test('says when nothing has happened', async () => {
    await render(<CampaignTimeline events={[]} />)
    expect(screen.getByText('Nothing has happened yet.')).toBeInTheDocument()
  })
})
