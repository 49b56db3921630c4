import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import {
  type AnyRouter,
  createMemoryHistory,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router'
import { render as renderInDom } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { theme } from '../theme.ts'

type RouterOptions = Parameters<typeof createRouter>[0]

/**
 * Renders a route tree at `path`, for tests of what the router itself shows:
 * not-found and error pages. Resolves once the first navigation is done.
 */
export async function renderRoutes(
  path: string,
  options: Omit<RouterOptions, 'history'>,
) {
  const router: AnyRouter = createRouter({
    ...options,
    history: createMemoryHistory({ initialEntries: [path] }),
  })
  const queryClient = new QueryClient()
  await router.load()

  const result = renderInDom(
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme}>
        <RouterProvider router={router} />
      </MantineProvider>
    </QueryClientProvider>,
  )
  return { ...result, router, user: userEvent.setup() }
}
