import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { formatDateTime } from '../../lib/date-format.ts'
import { render } from '../../test/render.tsx'
import { RelativeTime } from './RelativeTime.tsx'

test('says how long ago and shows the exact time on focus', async () => {
  const at = '2026-12-04T09:00:00Z'
  const { user } = await render(
    <RelativeTime at={at} now={Date.parse('2026-12-04T12:00:00Z')} />,
  )

  const time = screen.getByText('3 hours ago')
  expect(time).toHaveAttribute('datetime', at)

  await user.tab()
  expect(await screen.findByRole('tooltip')).toHaveTextContent(formatDateTime(at))
})
