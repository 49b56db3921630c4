/**
 * Errors in the body shape Supabase Auth answers with and supabase-js reads
 * (`error_code` becomes `AuthError.code`, `msg` its message).
 */
export function authError(status: number, errorCode: string, msg: string): Response {
  return Response.json({ code: status, error_code: errorCode, msg }, { status })
}
