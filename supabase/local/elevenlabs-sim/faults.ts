export const routeIds = [
  'batch_calls.submit',
  'batch_calls.list',
  'batch_calls.get',
  'batch_calls.cancel',
  'batch_calls.retry',
  'batch_calls.delete',
  'agents.list',
  'agents.get',
  'phone_numbers.list',
  'phone_numbers.get',
] as const

export type RouteId = (typeof routeIds)[number]

export function isRouteId(value: unknown): value is RouteId {
  return routeIds.includes(value as RouteId)
}

export const faultKinds = ['error_500', 'rate_limit_429', 'hang'] as const

export type FaultKind = (typeof faultKinds)[number]

export function isFaultKind(value: unknown): value is FaultKind {
  return faultKinds.includes(value as FaultKind)
}

export interface PlannedFault {
  route: RouteId | '*'
  kind: FaultKind
  remaining: number
}

/** Faults queued by tests, consumed one per matching request in order. */
export class FaultPlan {
  private planned: PlannedFault[] = []

  add(route: RouteId | '*', kind: FaultKind, count: number) {
    this.planned.push({ route, kind, remaining: count })
  }

  take(route: RouteId): FaultKind | undefined {
    const fault = this.planned.find(
      (candidate) => candidate.route === route || candidate.route === '*',
    )
    if (!fault) return undefined
    fault.remaining -= 1
    if (fault.remaining <= 0) {
      this.planned = this.planned.filter((candidate) => candidate !== fault)
    }
    return fault.kind
  }

  clear() {
    this.planned = []
  }

  list(): readonly PlannedFault[] {
    return this.planned
  }
}
