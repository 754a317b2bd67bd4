/**
 * When a secret may be stored, and what the renderer may ask about stored secrets.
 * - A secret is saved only when the person ticked "remember" AND a live test signed in
 *   successfully with it.
 * - The renderer can ask whether one is stored and delete it, never read it: `Vault.get`
 *   stays in the main process (re-testing a saved profile).
 */
import { addressSchema } from '../../shared/validation';
import { err, ok, type Result } from '../../shared/result';
import type { ProbeResult } from '../../shared/types';
import { vaultOk, type Vault, type VaultResult } from './vault';

export type RememberOutcome =
  | { saved: true }
  | { saved: false; why: 'not-ticked' | 'test-not-passed' | 'no-secret' };

export interface RememberInput {
  /** Keychain account: the person's address. */
  address: string;
  /** The password or refresh token that was just tested; null for sign-in without one. */
  secret: string | null;
  /** The "remember" box. */
  remember: boolean;
  /** The test that used this secret. */
  test: Pick<ProbeResult, 'verdict' | 'stages' | 'request'>;
}

/** True when the test really signed in: overall pass (or pass with warnings) and AUTH passed. */
export function testAllowsRemember(test: RememberInput['test']): boolean {
  if (test.verdict !== 'pass' && test.verdict !== 'warn') return false;
  if (test.request.auth.method === 'none') return false;
  return test.stages.some((stage) => stage.id === 'auth' && stage.status === 'pass');
}

export async function rememberAfterTest(vault: Vault, input: RememberInput): Promise<VaultResult<RememberOutcome>> {
  if (!input.remember) return vaultOk({ saved: false, why: 'not-ticked' });
  if (!input.secret) return vaultOk({ saved: false, why: 'no-secret' });
  if (!testAllowsRemember(input.test)) return vaultOk({ saved: false, why: 'test-not-passed' });
  const stored = await vault.set(input.address, input.secret);
  return stored.ok ? vaultOk({ saved: true }) : stored;
}

/** What the preload may expose: yes/no and delete. Arguments are unknown IPC input. */
export interface RendererVaultApi {
  has(address: unknown): Promise<Result<boolean>>;
  delete(address: unknown): Promise<Result<boolean>>;
}

export function createRendererVaultApi(vault: Vault): RendererVaultApi {
  const checked = async (address: unknown, op: (a: string) => Promise<VaultResult<boolean>>): Promise<Result<boolean>> => {
    const parsed = addressSchema.safeParse(address);
    if (!parsed.success) return err('INVALID_INPUT', 'address is not a valid email address', 'address');
    const result = await op(parsed.data);
    // Rebuild the value so nothing but a boolean can ever cross to the renderer.
    return result.ok ? ok(result.value === true) : { ok: false, error: { ...result.error } };
  };
  return Object.freeze({
    has: (address: unknown) => checked(address, (a) => vault.has(a)),
    delete: (address: unknown) => checked(address, (a) => vault.delete(a)),
  });
}
