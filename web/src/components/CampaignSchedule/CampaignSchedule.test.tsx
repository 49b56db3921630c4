import { screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { formatDateTime, formatUtc } from '../../lib/date-format.ts'
import { render } from '../../test/render.tsx'
import { CampaignSchedule } from './CampaignSchedule.tsx'

describe('CampaignSchedule', () => {
  test('shows the start in the campaign zone and UTC on focus', async () => {
    const at = '2026-12-05T00:30:00Z'
    const { user } = await render(
      <CampaignSchedule campaign={{ scheduled_at: at, time_zone: 'Asia/Tokyo' }} />,
    )

    expect(screen.getByText(formatDateTime(at, 'Asia/Tokyo'))).toHaveTextContent(
      '9:30',
    )
    expect(screen.getByText('Asia/Tokyo')).toBeInTheDocument()

    await user.tab()
    expect(await screen.findByRole('tooltip')).toHaveTextContent(formatUtc(at))
  })

  test('says a campaign without a schedule started right away', async () => {
    await render(
      <CampaignSchedule campaign={{ scheduled_at: null, time_zone: null }} />,
    )
    expect(screen.getByText('Started right away')).toBeInTheDocument()
  })
})
