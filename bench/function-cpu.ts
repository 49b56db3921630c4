import { readdirSync, readFileSync } from 'node:fs'

/**
 * CPU time (user + system, ms) used so far by the local stack's Deno process
 * serving `name`, found by its SUPABASE_URL; null where /proc is missing.
 */
export function functionCpuMs(name: string, stackUrl: string): number | null {
  const pid = findFunctionPid(name, stackUrl)
  if (!pid) return null
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime and stime, fields 14 and 15 of proc(5), in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10
}

function findFunctionPid(name: string, stackUrl: string): string | undefined {
  let entries: string[]
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))
  } catch {
    return undefined
  }
  return entries.find((pid) => {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      if (!command.includes(`functions/${name}/index.ts`)) return false
      const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
      return env.includes(`SUPABASE_URL=${stackUrl}`)
    } catch {
      return false
    }
  })
}
