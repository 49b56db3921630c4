import { createFileRoute, redirect } from '@tanstack/react-router'
import { AppLayout } from '../components/AppLayout/AppLayout.tsx'
import { supabase } from '../lib/supabase.ts'

export const Route = createFileRoute('/_authenticated')({
  beforeLoad: async ({ location }) => {
    const { data } = await supabase.auth.getSession()
    if (!data.session) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } })
    }
    return { user: data.session.user }
  },
  component: AppLayout,
})
