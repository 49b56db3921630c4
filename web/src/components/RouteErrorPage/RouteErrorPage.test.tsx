import { createRootRoute, createRoute } from '@tanstack/react-router'
import { screen } from '@testing-library/react'
import { beforeEach, expect, test, vi } from 'vitest'
import { renderRoutes } from '../../test/render-routes.tsx'
import { RouteErrorPage } from './RouteErrorPage.tsx'

beforeEach(() => {
  // React and the router report every caught loader error; these are meant.
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  return () => vi.restoreAllMocks()
})

test('shows why a page failed and loads it again on "Try again"', async () => {
  let attempts = 0
  const rootRoute = createRootRoute()
  const report = createRoute({
    getParentRoute: () => rootRoute,
    path: '/report',
    loader: () => {
      attempts += 1
      if (attempts === 1) throw new Error('The server answered 500.')
      return 'ready'
    },
    component: () => <h1>Report</h1>,
  })
  const { user } = await renderRoutes('/report', {
    routeTree: rootRoute.addChildren([report]),
    defaultErrorComponent: RouteErrorPage,
  })

  expect(screen.getByRole('alert')).toHaveTextContent('The server answered 500.')
  await user.click(screen.getByRole('button', { name: 'Try again' }))
  expect(await screen.findByRole('heading', { name: 'Report' })).toBeVisible()
  expect(attempts).toBe(2)
})

test('says something went wrong when the error has no message', async () => {
  const rootRoute = createRootRoute()
  const broken = createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    loader: () => {
      throw new Error('')
    },
  })
  await renderRoutes('/', {
    routeTree: rootRoute.addChildren([broken]),
    defaultErrorComponent: RouteErrorPage,
  })

  expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong.')
})
