import { getCountries, getCountryCallingCode } from 'libphonenumber-js'

let cached: { value: string; label: string }[] | null = null

/** Every country libphonenumber knows, by English name, with its calling code. */
export function countryOptions() {
  if (cached) return cached
  const names = new Intl.DisplayNames(['en'], { type: 'region' })
  cached = getCountries()
    .map((code) => ({
      value: code,
      label: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label))
  return cached
}
