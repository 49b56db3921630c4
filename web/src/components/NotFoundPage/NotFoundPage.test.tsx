import { createRootRoute, createRoute } from '@tanstack/react-router'
import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderRoutes } from '../../test/render-routes.tsx'
import { NotFoundPage } from './NotFoundPage.tsx'

test('names the unknown address and links back to the campaigns', async () => {
  const rootRoute = createRootRoute({ notFoundComponent: NotFoundPage })
  const campaigns = createRoute({
    getParentRoute: () => rootRoute,
    path: '/batch-calls',
    component: () => <h1>Campaigns</h1>,
  })
  const { user } = await renderRoutes('/nowhere', {
    routeTree: rootRoute.addChildren([campaigns]),
  })

  expect(screen.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  expect(screen.getByText('/nowhere')).toBeVisible()
  await user.click(screen.getByRole('link', { name: 'Go to campaigns' }))
  expect(await screen.findByRole('heading', { name: 'Campaigns' })).toBeVisible()
})
