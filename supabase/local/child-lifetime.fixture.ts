// Run by child-lifetime.test.ts: starts a long-lived child, ties it to this
// process, says its pid, then exits at once as a library's handler would.
import { spawn } from 'node:child_process'
import { stopWithThisProcess } from './child-lifetime.ts'

const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], {
  stdio: 'ignore',
})
if (process.argv.includes('--tie')) stopWithThisProcess(child)
console.log(child.pid)
process.exit(0)
