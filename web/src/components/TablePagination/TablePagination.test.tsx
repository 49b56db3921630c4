import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { render } from '../../test/render.tsx'
import { TablePagination } from './TablePagination.tsx'

test('names every page button and reports the one chosen', async () => {
  const onChange = vi.fn()
  const { user } = await render(
    <TablePagination
      page={2}
      pageCount={3}
      total={30}
      pageSize={12}
      noun="campaigns"
      onChange={onChange}
    />,
  )

  expect(screen.getByText('13–24 of 30 campaigns')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute(
    'aria-current',
    'page',
  )

  await user.click(screen.getByRole('button', { name: 'Next page' }))
  await user.click(screen.getByRole('button', { name: 'Previous page' }))
  await user.click(screen.getByRole('button', { name: 'Page 3' }))
  expect(onChange.mock.calls).toEqual([[3], [1], [3]])
})
