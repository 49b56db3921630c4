// Upstream call names carry the customer's uuid: `[<customer uuid>] <name>`.
const PREFIXED_NAME =
  /^\[([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\] ([\s\S]*)$/i

/** The name sent upstream as `call_name`: `[<customer uuid>] <name>`. */
export function buildUpstreamCallName(customerId: string, name: string): string {
  return `[${customerId.toLowerCase()}] ${name.trim()}`
}

/** Splits an upstream call name into customer uuid and name; null without a prefix. */
export function parseUpstreamCallName(
  callName: string,
): { customerId: string; name: string } | null {
  const match = PREFIXED_NAME.exec(callName)
  if (!match) return null
  return { customerId: match[1].toLowerCase(), name: match[2] }
}

/** True only when the call name carries exactly this customer's prefix. */
export function callNameBelongsTo(callName: string, customerId: string): boolean {
  return parseUpstreamCallName(callName)?.customerId === customerId.toLowerCase()
}

/** The name a person sees: the call name without its `[<uuid>] ` prefix. */
export function displayCampaignName(callName: string): string {
  return parseUpstreamCallName(callName)?.name ?? callName
}
