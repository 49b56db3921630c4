import { describe, expect, test } from 'vitest'
import { bearerIsSecretKey, secretKeysFrom } from './secret-keys.ts'

const withBearer = (value: string | null) =>
  new Request('http://function.test/', {
    headers: value === null ? {} : { authorization: value },
  })

describe('secret keys', () => {
  test('takes every named secret key and the service-role key', () => {
    expect(
      secretKeysFrom('{"default":"sb_secret_a","cron":"sb_secret_b"}', 'jwt'),
    ).toEqual(['sb_secret_a', 'sb_secret_b', 'jwt'])
  })

  test('grants nothing for unreadable or blank settings', () => {
    expect(secretKeysFrom('not json', '')).toEqual([])
    expect(secretKeysFrom('{"default":""}', undefined)).toEqual([])
    expect(secretKeysFrom('["sb_secret_a"]', undefined)).toEqual(['sb_secret_a'])
  })

  test('accepts only a bearer equal to one of the keys', () => {
    const keys = ['sb_secret_abc', 'service-jwt']
    expect(bearerIsSecretKey(withBearer('Bearer sb_secret_abc'), keys)).toBe(true)
    expect(bearerIsSecretKey(withBearer('bearer service-jwt'), keys)).toBe(true)
    for (const header of [
      null,
      'sb_secret_abc',
      'Bearer sb_secret_ab',
      'Bearer sb_secret_abcd',
      'Basic sb_secret_abc',
      'Bearer ',
    ]) {
      expect(bearerIsSecretKey(withBearer(header), keys), String(header)).toBe(false)
    }
    expect(bearerIsSecretKey(withBearer('Bearer anything'), [])).toBe(false)
  })
})
