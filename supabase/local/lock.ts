import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

/** Who holds the lock, if that process is still alive. */
export function lockHolder(file: string): { pid: number; url: string } | undefined {
  if (!existsSync(file)) return undefined
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as {
      pid: number
      url: string
    }
    process.kill(holder.pid, 0)
    return holder
  } catch {
    return undefined
  }
}

export function takeLock(file: string, url: string) {
  writeFileSync(file, JSON.stringify({ pid: process.pid, url }))
  return () => rmSync(file, { force: true })
}
