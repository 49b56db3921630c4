const DATABASE = 'batch-calls'
const STORE = 'files'

type StoredFile = {
  name: string
  type: string
  lastModified: number
  bytes: ArrayBuffer
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

async function run<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const database = await open()
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(database.transaction(STORE, mode).objectStore(STORE))
      request.onsuccess = () => resolve(request.result as T)
      request.onerror = () => reject(request.error)
    })
  } finally {
    database.close()
  }
}

/** Keeps a file in IndexedDB under `key` (localStorage is too small for files). */
export async function saveFile(key: string, file: File): Promise<void> {
  const stored: StoredFile = {
    name: file.name,
    type: file.type,
    lastModified: file.lastModified,
    bytes: await file.arrayBuffer(),
  }
  await run('readwrite', (store) => store.put(stored, key))
}

export async function loadFile(key: string): Promise<File | null> {
  const stored = await run<StoredFile | undefined>('readonly', (store) =>
    store.get(key),
  )
  if (!stored) return null
  return new File([stored.bytes], stored.name, {
    type: stored.type,
    lastModified: stored.lastModified,
  })
}

export async function deleteFile(key: string): Promise<void> {
  await run('readwrite', (store) => store.delete(key))
}
