import type { FaultKind, RouteId } from './faults.ts'
import type { BatchStatus, RecipientStatus } from './types.ts'

export interface SimulatorRecipientView {
  id: string
  phone_number: string | null
  status: RecipientStatus
  conversation_id: string | null
}

export interface SimulatorBatchView {
  id: string
  name: string
  status: BatchStatus
  retry_count: number
  total_calls_dispatched: number
  total_calls_scheduled: number
  total_calls_finished: number
  recipients: SimulatorRecipientView[]
}

export interface SimulatorStateView {
  now_unix: number
  clock_offset_seconds: number
  drop_recipient_ids: boolean
  agreements: Record<string, boolean>
  faults: { route: string; kind: FaultKind; remaining: number }[]
  held_requests: number
  batches: SimulatorBatchView[]
}

/** Typed calls to the simulator's /__sim/ API, for tests and the local stack. */
export function createSimulatorControl(simulatorUrl: string) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${simulatorUrl}/__sim/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) {
      throw new Error(
        `simulator control ${method} ${path}: ${await response.text()}`,
      )
    }
    return (await response.json()) as T
  }

  return {
    readState: () => call<SimulatorStateView>('GET', 'state'),
    reset: () => call<SimulatorStateView>('POST', 'reset'),
    advanceClock: (seconds: number) =>
      call<{ now_unix: number }>('POST', 'clock/advance', { seconds }),
    runSteps: (count: number) =>
      call<{ steps_run: number }>('POST', 'steps', { count }),
    failNext: (route: RouteId | '*', kind: FaultKind, count = 1) =>
      call<unknown>('POST', 'faults', { route, kind, count }),
    clearFaults: () => call<unknown>('DELETE', 'faults'),
    dropRecipientIds: (drop: boolean) =>
      call<unknown>('PUT', 'recipient-ids', { drop }),
    /** Adds (or replaces) an agent and the numbers assigned to it; memory only. */
    registerAgent: (
      agentId: string,
      agent: {
        name: string
        phone_numbers: {
          phone_number_id: string
          phone_number: string
          label?: string
        }[]
      },
    ) => call<unknown>('PUT', `agents/${encodeURIComponent(agentId)}`, agent),
    setAgreement: (apiKey: string, accepted: boolean) =>
      call<unknown>('PUT', `agreements/${encodeURIComponent(apiKey)}`, { accepted }),
  }
}

export type SimulatorControl = ReturnType<typeof createSimulatorControl>
