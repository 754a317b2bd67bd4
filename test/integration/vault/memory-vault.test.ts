import { describe, expect, it } from 'vitest';
import { createMemoryVault } from '../../fixtures/memory-vault';
import { describeVaultContract } from './vault-contract';

describeVaultContract('in-memory test fixture', () => createMemoryVault());

describe('memory vault fixture', () => {
  it('fails like an unusable keychain when told to', async () => {
    const vault = createMemoryVault({ 'a@example.com': 'x' });
    vault.unavailable = 'locked';
    const result = await vault.get('a@example.com');
    expect(result).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE', reason: 'locked' } });
  });
});
