/**
 * Every object-form error the simulator answers with, in one place.
 * `verified` codes appear in upstream docs or public code; the others are
 * inferred (upstream documents no body for them) and may need correcting.
 */
export const errorTable = {
  invalid_api_key: { status: 401, verified: true, message: 'Invalid API key' },
  batch_calling_agreement_required: {
    status: 403,
    verified: true,
    message:
      'You must accept the batch calling terms in the ElevenLabs dashboard ' +
      'before submitting batch calls.',
  },
  too_many_concurrent_requests: {
    status: 429,
    verified: true,
    message: 'Too many concurrent requests for your subscription. Please retry.',
  },
  batch_not_found: { status: 404, verified: false, message: 'Batch call not found' },
  agent_not_found: { status: 404, verified: false, message: 'Agent not found' },
  phone_number_not_found: {
    status: 404,
    verified: false,
    message: 'Phone number not found',
  },
  batch_not_cancellable: {
    status: 400,
    verified: false,
    message: 'The batch call has already finished and cannot be cancelled.',
  },
  empty_recipients: {
    status: 400,
    verified: false,
    message: 'A batch call needs at least one recipient.',
  },
  phone_number_required: {
    status: 400,
    verified: false,
    message: 'agent_phone_number_id is required for a voice batch call.',
  },
  internal_server_error: {
    status: 500,
    verified: false,
    message: 'Internal server error (injected by the simulator).',
  },
} as const

export type ErrorCode = keyof typeof errorTable

export interface ValidationIssue {
  type: string
  loc: (string | number)[]
  msg: string
  input?: unknown
  ctx?: Record<string, unknown>
}

/** Thrown by handlers; the server turns it into the upstream body shape. */
export class SimHttpError extends Error {
  readonly status: number
  readonly body: unknown

  constructor(status: number, body: unknown) {
    super(`simulator answered ${status}`)
    this.status = status
    this.body = body
  }
}

export function detailError(code: ErrorCode, message?: string): SimHttpError {
  const entry = errorTable[code]
  return new SimHttpError(entry.status, {
    detail: { status: code, message: message ?? entry.message },
  })
}

export function validationError(issues: ValidationIssue[]): SimHttpError {
  return new SimHttpError(422, { detail: issues })
}
