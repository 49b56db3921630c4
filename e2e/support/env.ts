/** A setting global-setup put in the environment. */
export function env(
  name:
    | 'E2E_API_URL'
    | 'E2E_PUBLISHABLE_KEY'
    | 'E2E_ADMIN_DB_URL'
    | 'E2E_SIMULATOR_URL',
) {
  const value = process.env[name]
  if (!value)
    throw new Error(`${name} is not set: run the tests with playwright test`)
  return value
}
