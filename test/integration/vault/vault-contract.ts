/**
 * What every Vault must do, run against the real keytar vault and against the in-memory
 * test fixture, so the fixture other modules test with behaves like the real thing.
 */
import { describe, expect, it } from 'vitest';
import type { Vault } from '../../../electron/vault/vault';

export function describeVaultContract(name: string, makeVault: () => Vault): void {
  describe(`Vault contract: ${name}`, () => {
    it('stores, reads, reports and deletes a secret', async () => {
      const vault = makeVault();
      expect(await vault.has('amy@example.com')).toEqual({ ok: true, value: false });
      expect(await vault.get('amy@example.com')).toEqual({ ok: true, value: null });
      expect(await vault.set('amy@example.com', 'Pässwörd ✓ 1')).toEqual({ ok: true, value: undefined });
      expect(await vault.get('amy@example.com')).toEqual({ ok: true, value: 'Pässwörd ✓ 1' });
      expect(await vault.has('amy@example.com')).toEqual({ ok: true, value: true });
      expect(await vault.listAccounts()).toEqual({ ok: true, value: ['amy@example.com'] });
      expect(await vault.delete('amy@example.com')).toEqual({ ok: true, value: true });
      expect(await vault.get('amy@example.com')).toEqual({ ok: true, value: null });
      expect(await vault.delete('amy@example.com')).toEqual({ ok: true, value: false });
      expect(await vault.listAccounts()).toEqual({ ok: true, value: [] });
    });

    it('overwrites a secret and keeps accounts apart', async () => {
      const vault = makeVault();
      await vault.set('a@example.com', 'first');
      await vault.set('a@example.com', 'second');
      await vault.set('b@example.com', 'other');
      expect(await vault.get('a@example.com')).toEqual({ ok: true, value: 'second' });
      expect(await vault.get('b@example.com')).toEqual({ ok: true, value: 'other' });
      const listed = await vault.listAccounts();
      expect(listed.ok && [...listed.value].sort()).toEqual(['a@example.com', 'b@example.com']);
      await vault.delete('a@example.com');
      await vault.delete('b@example.com');
    });

    it('rejects an empty account or one with line breaks as invalid input', async () => {
      const vault = makeVault();
      for (const account of ['', 'a@example.com\r\nX', 'a\0b']) {
        const result = await vault.get(account);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
      }
    });
  });
}
