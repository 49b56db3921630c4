import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  type CryptoKey,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  SignJWT,
} from 'jose'

/** The keys a hosted project has: a JWT signing key and the API keys. */
export type ProjectKeys = {
  kid: string
  privateKey: CryptoKey
  publicJwk: JWK
  publishableKey: string
  secretKey: string
  /** Legacy JWT-style keys, still handed to functions as secrets. */
  anonKey: string
  serviceRoleKey: string
}

type StoredKeys = Omit<ProjectKeys, 'privateKey'> & { privateJwk: JWK }

/**
 * Loads the project's keys from `file`, creating them on first use, so tokens
 * and the SPA's key stay valid across restarts of the local stack.
 */
export async function loadProjectKeys(file: string): Promise<ProjectKeys> {
  if (existsSync(file)) {
    const stored = JSON.parse(await readFile(file, 'utf8')) as StoredKeys
    const privateKey = (await importJWK(stored.privateJwk, 'ES256')) as CryptoKey
    const { privateJwk: _, ...rest } = stored
    return { ...rest, privateKey }
  }

  const { privateKey, publicKey } = await generateKeyPair('ES256', {
    extractable: true,
  })
  const kid = randomBytes(8).toString('hex')
  const publicJwk = {
    ...(await exportJWK(publicKey)),
    kid,
    alg: 'ES256',
    use: 'sig',
    key_ops: ['verify'],
  }
  const legacy = (role: string) =>
    new SignJWT({ iss: 'supabase', ref: 'local', role })
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('10y')
      .sign(privateKey)
  const keys: ProjectKeys = {
    kid,
    privateKey,
    publicJwk,
    publishableKey: `sb_publishable_${randomBytes(16).toString('base64url')}`,
    secretKey: `sb_secret_${randomBytes(16).toString('base64url')}`,
    anonKey: await legacy('anon'),
    serviceRoleKey: await legacy('service_role'),
  }
  const stored: StoredKeys = {
    ...keys,
    privateJwk: await exportJWK(privateKey),
  }
  const { privateKey: _, ...withoutKey } = stored as StoredKeys & {
    privateKey?: unknown
  }
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, JSON.stringify(withoutKey, null, 2), { mode: 0o600 })
  return keys
}

/** Every key the API gateway accepts as `apikey`. */
export function apiKeys(keys: ProjectKeys): string[] {
  return [keys.publishableKey, keys.secretKey, keys.anonKey, keys.serviceRoleKey]
}
