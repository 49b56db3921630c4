import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { lockHolder } from './lock.ts'
import { repoRoot } from './stack.ts'

const dataDir = join(repoRoot, '.local')
const running = lockHolder(join(dataDir, 'stack.lock'))
if (running) {
  console.error(`The local stack is running (pid ${running.pid}); stop it first.`)
  process.exit(1)
}
await rm(dataDir, { recursive: true, force: true })
console.log(`Removed ${dataDir}. The next npm start begins from the seed.`)
