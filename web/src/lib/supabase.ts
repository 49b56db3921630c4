import { createClient } from '@supabase/supabase-js'

const url = import.meta.env.VITE_SUPABASE_URL
const key = import.meta.env.VITE_SUPABASE_ANON_KEY

if (!url || !key) {
  throw new Error(
    'VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY are not set: run `npm start`, ' +
      'or set them to your Supabase project (see README).',
  )
}

/** The one Supabase client: Auth and function calls. */
export const supabase = createClient(url, key)
