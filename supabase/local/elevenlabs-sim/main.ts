import { startElevenLabsSimulator } from './server.ts'

const simulator = await startElevenLabsSimulator({
  port: Number(process.env.SIM_PORT ?? 8790),
  stateFile: process.env.SIM_STATE_FILE || undefined,
  stepMs: Number(process.env.SIM_STEP_MS ?? 2000),
  defaultConcurrency: Number(process.env.SIM_DEFAULT_CONCURRENCY ?? 2),
})
console.log(
  JSON.stringify({ level: 'info', event: 'sim_started', url: simulator.url }),
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void simulator.stop().then(() => process.exit(0))
  })
}
