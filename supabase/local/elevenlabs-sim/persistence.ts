import { readFile, rename, writeFile } from 'node:fs/promises'
import type { SimState } from './types.ts'

export async function loadState(file: string): Promise<SimState | undefined> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as SimState
    return state.version === 1 ? state : undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

export interface StatePersister {
  /** Asks for a write soon; many calls within the debounce make one write. */
  schedule(): void
  /** Writes now if anything is pending and waits for every write to land. */
  flush(): Promise<void>
}

export function createStatePersister(
  file: string | undefined,
  debounceMs: number,
  snapshot: () => SimState,
): StatePersister {
  let timer: NodeJS.Timeout | undefined
  let dirty = false
  let writing: Promise<void> = Promise.resolve()

  const writeNow = () => {
    if (!file || !dirty) return writing
    dirty = false
    const json = JSON.stringify(snapshot())
    writing = writing.then(() => writeAtomically(file, json))
    return writing
  }

  return {
    schedule() {
      if (!file) return
      dirty = true
      if (timer) return
      timer = setTimeout(() => {
        timer = undefined
        void writeNow()
      }, debounceMs)
      timer.unref()
    },
    async flush() {
      if (timer) clearTimeout(timer)
      timer = undefined
      await writeNow()
    },
  }
}

// Readers never see a half-written file: rename replaces it in one step.
async function writeAtomically(file: string, json: string) {
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, json)
  await rename(temporary, file)
}
