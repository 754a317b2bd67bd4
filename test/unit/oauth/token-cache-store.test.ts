/**
 * The token cache split over keychain entries: round trip, the atomic-write rule, and what a
 * reader does with a torn or tampered set. Seeded random payloads stand in for tokens.
 */
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, createTokenCacheStore, tokenCacheEntryPrefix } from '../../../electron/vault/token-cache-store';
import { createMemoryVault } from '../../fixtures/memory-vault';

const CLIENT = '5b1f0c3e-7a2d-4e9b-8c61-2f4a9d0e7b13';
const prefix = tokenCacheEntryPrefix(CLIENT);

/** Deterministic high-entropy text (tokens hardly compress): a small xorshift PRNG. */
function seededCache(seed: number, tokenChars: number): string {
  let x = seed;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let token = '';
  for (let i = 0; i < tokenChars; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    token += alphabet[(x >>> 0) % alphabet.length];
  }
  return JSON.stringify({ AccessToken: { k: { secret: token } }, RefreshToken: {}, Account: {}, IdToken: {}, AppMetadata: {} });
}

function generations(): () => string {
  let n = 0;
  return () => (++n).toString(16).padStart(8, '0');
}

describe('token cache in the keychain', () => {
  it('splits an Entra-sized cache into chunks under the Windows limit and reads it back', async () => {
    const vault = createMemoryVault();
    const store = createTokenCacheStore({ vault, clientId: CLIENT, newGeneration: generations() });
    const cache = seededCache(7, 6500);
    expect(await store.write(cache)).toEqual({ ok: true, value: { entries: 5 } });
    const names = [...vault.entries.keys()].sort();
    expect(names).toEqual([`${prefix}00000001.0`, `${prefix}00000001.1`, `${prefix}00000001.2`, `${prefix}00000001.3`, `${prefix}meta`]);
    for (const [name, value] of vault.entries) {
      expect(name).not.toContain('@');
      expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(CHUNK_CHARS);
    }
    expect(await store.read()).toEqual({ ok: true, value: cache });
  });

  it('writes the new generation before naming it and then removes the old one', async () => {
    const vault = createMemoryVault();
    const seen: string[][] = [];
    const watched = { ...vault, set: async (a: string, s: string) => (seen.push([...vault.entries.keys()]), vault.set(a, s)) };
    const store = createTokenCacheStore({ vault: watched, clientId: CLIENT, newGeneration: generations() });
    await store.write(seededCache(1, 3000));
    seen.length = 0;
    await store.write(seededCache(2, 3000));
    // While the new chunks were written the old meta still named the old, complete generation.
    expect(seen.every((keys) => keys.includes(`${prefix}meta`) && keys.includes(`${prefix}00000001.0`))).toBe(true);
    expect([...vault.entries.keys()].filter((k) => k.includes('00000001'))).toEqual([]);
    expect(await store.read()).toEqual({ ok: true, value: seededCache(2, 3000) });
  });

  it('reads a torn set (a chunk missing) or a set that does not match its checksum as an empty cache', async () => {
    const vault = createMemoryVault();
    const logs: string[] = [];
    const store = createTokenCacheStore({ vault, clientId: CLIENT, newGeneration: generations(), log: (l) => logs.push(l) });
    await store.write(seededCache(3, 5000));
    const chunk1 = `${prefix}00000001.1`;
    const saved = vault.entries.get(chunk1)!;
    vault.entries.delete(chunk1);
    expect(await store.read()).toEqual({ ok: true, value: null });
    vault.entries.set(chunk1, `${saved.slice(0, -4)}AAAA`);
    expect(await store.read()).toEqual({ ok: true, value: null });
    vault.entries.set(`${prefix}meta`, '{"format":"something else"}');
    expect(await store.read()).toEqual({ ok: true, value: null });
    expect(logs.join('\n')).toMatch(/missing[\s\S]*checksum[\s\S]*meta entry/);
    expect(logs.join('\n')).not.toContain(saved.slice(0, 40));
  });

  it('keeps the old cache when a write fails part-way, and leaves no chunk of the failed one', async () => {
    const vault = createMemoryVault();
    const store = createTokenCacheStore({ vault, clientId: CLIENT, newGeneration: generations() });
    await store.write(seededCache(4, 3000));
    let writes = 0;
    const flaky = {
      ...vault,
      set: async (a: string, s: string) => (++writes === 2 ? { ok: false as const, error: { code: 'KEYCHAIN_UNAVAILABLE' as const, reason: 'locked' as const, message: 'locked' } } : vault.set(a, s)),
    };
    const failing = createTokenCacheStore({ vault: flaky, clientId: CLIENT, newGeneration: generations() });
    expect(await failing.write(seededCache(5, 3000))).toMatchObject({ ok: false, error: { reason: 'locked' } });
    expect([...vault.entries.keys()].filter((k) => !k.includes('00000001') && !k.endsWith('meta'))).toEqual([]);
    expect(await store.read()).toEqual({ ok: true, value: seededCache(4, 3000) });
  });

  it('clear() removes every entry of this client id, strays included, and nothing else', async () => {
    const vault = createMemoryVault({ 'sam@contoso.com': 'a password', [`${prefix}deadbeef.0`]: 'stray', [`${tokenCacheEntryPrefix('other-client')}meta`]: '{}' });
    const store = createTokenCacheStore({ vault, clientId: CLIENT, newGeneration: generations() });
    await store.write(seededCache(6, 2500));
    expect(await store.clear()).toEqual({ ok: true, value: 4 });
    expect([...vault.entries.keys()].sort()).toEqual([`${tokenCacheEntryPrefix('other-client')}meta`, 'sam@contoso.com']);
    expect(await store.read()).toEqual({ ok: true, value: null });
  });

  it('passes a keychain that cannot be used through as data', async () => {
    const vault = createMemoryVault();
    vault.unavailable = 'no-secret-service';
    const store = createTokenCacheStore({ vault, clientId: CLIENT });
    expect(await store.read()).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE', reason: 'no-secret-service' } });
    expect(await store.write('{}')).toMatchObject({ ok: false, error: { reason: 'no-secret-service' } });
  });
});
