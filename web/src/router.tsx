import { createRouter } from '@tanstack/react-router'
import { RouteErrorPage } from './components/RouteErrorPage/RouteErrorPage.tsx'
import { queryClient } from './lib/query-client.ts'
import { parseSearch, stringifySearch } from './lib/search-text.ts'
import { routeTree } from './routeTree.gen.ts'

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
  defaultErrorComponent: RouteErrorPage,
  parseSearch,
  stringifySearch,
})

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}
