import { createFileRoute, redirect } from '@tanstack/react-router'
import { z } from 'zod'
import { SignInPage } from '../components/SignInPage/SignInPage.tsx'
import { safeRedirect } from '../lib/safe-redirect.ts'
import { supabase } from '../lib/supabase.ts'

const searchSchema = z.object({
  redirect: z.string().optional().catch(undefined),
})

export const Route = createFileRoute('/sign-in')({
  validateSearch: searchSchema,
  beforeLoad: async ({ search }) => {
    const { data } = await supabase.auth.getSession()
    if (data.session) throw redirect({ href: safeRedirect(search.redirect) })
  },
  component: SignInRoute,
})

function SignInRoute() {
  const { redirect: target } = Route.useSearch()
  return <SignInPage redirectTo={safeRedirect(target)} />
}
