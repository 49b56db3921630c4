import type { ServerResponse } from 'node:http'

/**
 * Requests the simulator deliberately never answers (the `hang` fault).
 * Each is dropped when its client gives up, after `maxHoldMs`, or when stop
 * closes every connection, so a hang never keeps the server from shutting down.
 */
export class HeldRequests {
  private readonly held = new Set<ServerResponse>()

  constructor(private readonly maxHoldMs: number) {}

  hold(response: ServerResponse) {
    this.held.add(response)
    const drop = () => {
      clearTimeout(timer)
      this.held.delete(response)
      response.destroy()
    }
    const timer = setTimeout(drop, this.maxHoldMs)
    timer.unref()
    response.on('close', drop)
  }

  get count(): number {
    return this.held.size
  }
}
