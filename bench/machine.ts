import { cpus, freemem, totalmem } from 'node:os'

/** One line saying what the figures were measured on. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
  const gib = (bytes: number) => (bytes / 1024 ** 3).toFixed(1)
  return (
    `${cpus().length} × ${cpu}, ${gib(totalmem())} GiB RAM ` +
    `(${gib(freemem())} free), Node ${process.version}, ${process.platform}`
  )
}

/** Runs `fn` `runs` times after `warmup` runs; returns sorted durations in ms. */
export async function sample(
  fn: () => unknown | Promise<unknown>,
  runs: number,
  warmup = 2,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)
}

/**
 * Times several functions in turns (a, b, c, a, b, c, …) so that JIT warm-up,
 * garbage collection and a noisy neighbour fall on each of them alike.
 */
export async function sampleInTurns(
  fns: Array<() => unknown | Promise<unknown>>,
  runs: number,
  warmup = 3,
): Promise<number[][]> {
  const times = fns.map(() => [] as number[])
  for (let i = 0; i < warmup + runs; i++) {
    for (let f = 0; f < fns.length; f++) {
      const start = performance.now()
      await fns[f]()
      if (i >= warmup) times[f].push(performance.now() - start)
    }
  }
  return times.map((t) => t.sort((a, b) => a - b))
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

export const median = (sorted: number[]) => percentile(sorted, 50)

export type BenchRow = {
  path: string
  case: string
  figure: string
  baseline: string
  ratio: string
  budget: string
  verdict: 'within' | 'over' | 'info'
}
