/**
 * The keytar vault against the real Secret Service (gnome-keyring on a private D-Bus),
 * including the failure states: no native module, no D-Bus, and a locked keyring.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createKeytarVault, SENTINEL_ACCOUNT } from '../../../electron/vault/keytar-vault';
import { describeVaultContract } from './vault-contract';
import { tempDir } from '../../fixtures/temp-dir';
import { requireKeyringSession, runChild, runChildInKeyring, testServiceName } from './keyring-session';

requireKeyringSession();

const services: string[] = [];
function freshVault(log?: (line: string) => void) {
  const service = testServiceName();
  services.push(service);
  return createKeytarVault({ service, ...(log ? { log } : {}) });
}

afterAll(async () => {
  // Leave nothing behind in the session keyring.
  const keytar = (await import('keytar')).default;
  for (const service of services) {
    for (const { account } of await keytar.findCredentials(service)) await keytar.deletePassword(service, account);
  }
});

describeVaultContract('keytar + gnome-keyring', () => freshVault());

describe('keytar vault', () => {
  it('writes a real keychain item that keytar itself reads back, under the given service', async () => {
    const vault = freshVault();
    const service = services.at(-1)!;
    await vault.set('carol@example.com', 's3cret-value');
    const keytar = (await import('keytar')).default;
    expect(await keytar.getPassword(service, 'carol@example.com')).toBe('s3cret-value');
    expect(await keytar.getPassword('Mail Setup Assistant', 'carol@example.com')).toBeNull();
  });

  it('leaves no lock-check sentinel behind', async () => {
    const vault = freshVault();
    await vault.get('nobody@example.com'); // "not found" runs the lock check
    await vault.delete('nobody@example.com');
    const keytar = (await import('keytar')).default;
    const accounts = (await keytar.findCredentials(services.at(-1)!)).map((c) => c.account);
    expect(accounts).not.toContain(SENTINEL_ACCOUNT);
  });

  it('reports a native module that cannot load as unavailable (no-native-module), not a crash', async () => {
    const missing = './no-such-keytar-build.node.js';
    const vault = createKeytarVault({ service: testServiceName(), load: () => import(/* @vite-ignore */ missing) });
    for (const result of [await vault.get('a@example.com'), await vault.set('a@example.com', 'x'), await vault.listAccounts()]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE', reason: 'no-native-module' } });
    }
  });

  it('reports a module without the keytar functions as no-native-module', async () => {
    const vault = createKeytarVault({ service: testServiceName(), load: async () => ({ default: {} }) });
    expect(await vault.has('a@example.com')).toMatchObject({
      ok: false,
      error: { code: 'KEYCHAIN_UNAVAILABLE', reason: 'no-native-module' },
    });
  });

  it('without a D-Bus session every operation says no-secret-service', () => {
    const run = runChild({ MSA_TEST_SERVICE: testServiceName(), XDG_RUNTIME_DIR: tempDir('nobus') }, [
      'get:a@example.com',
      'has:a@example.com',
      'set:a@example.com:pw',
      'delete:a@example.com',
      'list',
    ]);
    expect(run.stderr).not.toMatch(/Error:/);
    expect(run.status).toBe(0);
    for (const { result } of run.output!.results) {
      expect(result).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE', reason: 'no-secret-service' } });
      expect(result.error?.message).toMatch(/D-Bus/);
    }
  });

  it('a locked keyring is reported as locked, not as "no saved password", and nothing crashes', () => {
    const dataHome = tempDir('locked');
    const service = testServiceName();
    const canary = `canary-${Math.random().toString(36).slice(2)}`;
    // 1. Create the login keyring with password A and store an item.
    const created = runChildInKeyring({ dataHome, password: 'right-password', service }, [`set:dan@example.com:${canary}`]);
    expect(created.output?.results[0]?.result).toEqual({ ok: true });

    // 2. A new session unlocks with the wrong password: the keyring stays locked.
    const locked = runChildInKeyring({ dataHome, password: 'wrong-password', service }, [
      'get:dan@example.com',
      'has:dan@example.com',
      'delete:dan@example.com',
      'list', // findCredentials on a locked keyring would SIGSEGV; the vault must check first
      'set:dan@example.com:other',
    ]);
    expect(locked.signal).toBeNull();
    expect(locked.status).toBe(0);
    const results = locked.output!.results;
    expect(results.map((r) => r.op)).toEqual(['get', 'has', 'delete', 'list', 'set']);
    for (const { result } of results) {
      expect(result).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE', reason: 'locked' } });
    }
    expect(locked.output!.logs.join('\n')).toMatch(/locked/);
    expect(JSON.stringify(locked.output)).not.toContain(canary);

    // 3. Unlocked again with the right password, the item is still there: it was locked, not missing.
    const reopened = runChildInKeyring({ dataHome, password: 'right-password', service }, ['get:dan@example.com']);
    expect(reopened.output?.results[0]?.result).toEqual({ ok: true, value: canary });
  });

  it('never writes a secret to its log', async () => {
    const lines: string[] = [];
    const vault = freshVault((line) => lines.push(line));
    const canary = 'canary-Zq8-never-logged';
    await vault.set('erin@example.com', canary);
    await vault.get('erin@example.com');
    await vault.delete('erin@example.com');
    // And in failure paths:
    const broken = createKeytarVault({ service: testServiceName(), load: async () => ({}), log: (l) => lines.push(l) });
    await broken.set('erin@example.com', canary);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(canary);
  });
});
