import { createRouter } from '@tanstack/react-router'
import { RouteErrorPage } from './components/RouteErrorPage/RouteErrorPage.tsx'
import { queryClient } from './lib/query-client.ts'
import { parseSearch, stringifySearch } from './lib/search-text.ts'
import { onSessionEnded } from './lib/session-end.ts'
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

// The page the person was on (or going to) comes back after signing in; what
// they typed in the new-campaign form is kept as a draft in the browser.
onSessionEnded(async () => {
  const { pathname, href } = router.latestLocation
  if (pathname === '/sign-in') return
  await router.navigate({
    to: '/sign-in',
    search: { redirect: href },
    replace: true,
  })
  queryClient.clear()
})

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}
