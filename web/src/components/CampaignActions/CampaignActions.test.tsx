import { FunctionsHttpError } from '@supabase/supabase-js'
import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { supabase } from '../../lib/supabase.ts'
import { makeCampaign } from '../../test/campaign-fixtures.ts'
import { render } from '../../test/render.tsx'
import { CampaignActions } from './CampaignActions.tsx'

vi.mock('../../lib/supabase.ts', () => ({
  supabase: { functions: { invoke: vi.fn() } },
}))
const invoke = vi.mocked(supabase.functions.invoke)

function answer(data: unknown) {
  invoke.mockResolvedValue({ data, error: null } as never)
}

function fail(status: number, code: string, message: string) {
  const response = Response.json({ error: { code, message } }, { status })
  invoke.mockResolvedValue({
    data: null,
    error: new FunctionsHttpError(response),
  } as never)
}

beforeEach(() => {
  invoke.mockReset()
})

describe('CampaignActions', () => {
  test('cancels a running campaign only after confirmation', async () => {
    const campaign = makeCampaign({ status: 'in_progress' })
    answer({ campaign: { ...campaign, status: 'cancelled' } })
    const { user } = await render(<CampaignActions campaign={campaign} />)

    await user.click(screen.getByRole('button', { name: 'Cancel campaign' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'Cancel this campaign?',
    })
    await user.click(within(dialog).getByRole('button', { name: 'Keep campaign' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(invoke).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Cancel campaign' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Cancel campaign',
      }),
    )
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith(
        `batch-calls/${campaign.id}/cancel`,
        expect.objectContaining({ method: 'POST' }),
      ),
    )
  })

  test("shows the API's message when cancelling fails and keeps the page", async () => {
    fail(409, 'not_cancellable', 'This campaign has already finished.')
    const { user } = await render(<CampaignActions campaign={makeCampaign()} />)

    await user.click(screen.getByRole('button', { name: 'Cancel campaign' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Cancel campaign',
      }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This campaign has already finished.',
    )
    expect(screen.getByRole('button', { name: 'Download results' })).toBeVisible()
  })

  test('offers a retry only for a finished campaign with failed calls', async () => {
    const finished = makeCampaign({ status: 'completed', total_calls_failed: 2 })
    answer({ campaign: { ...finished, status: 'pending' } })
    const { user } = await render(<CampaignActions campaign={finished} />)

    expect(screen.queryByRole('button', { name: 'Cancel campaign' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Retry failed calls' }))
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith(
        `batch-calls/${finished.id}/retry`,
        expect.objectContaining({ method: 'POST' }),
      ),
    )
  })

  test('explains a retry the calling service refused, keeping the page', async () => {
    fail(502, 'provider_rejected', 'ElevenLabs refused the request.')
    const finished = makeCampaign({ status: 'completed', total_calls_failed: 2 })
    const { user } = await render(<CampaignActions campaign={finished} />)

    await user.click(screen.getByRole('button', { name: 'Retry failed calls' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The calling service refused this request')
    expect(alert).toHaveTextContent('ElevenLabs refused the request.')
    expect(alert).toHaveTextContent('No call was queued again.')
    expect(screen.getByRole('button', { name: 'Retry failed calls' })).toBeEnabled()
  })

  test('offers no retry when every call went through', async () => {
    await render(
      <CampaignActions
        campaign={makeCampaign({ status: 'completed', total_calls_failed: 0 })}
      />,
    )
    expect(screen.queryByRole('button', { name: 'Retry failed calls' })).toBeNull()
  })
})
