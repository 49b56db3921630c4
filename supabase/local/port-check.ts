import { createServer } from 'node:net'

/** True when nothing listens on `port` on the loopback address. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

/** Names each wanted port that is taken, with the variable that moves it. */
export async function takenPorts(wanted: Record<string, number>): Promise<string[]> {
  const taken: string[] = []
  for (const [variable, port] of Object.entries(wanted)) {
    if (!(await portIsFree(port))) {
      taken.push(
        `port ${port} is in use: free it or set ${variable} to another port`,
      )
    }
  }
  return taken
}
