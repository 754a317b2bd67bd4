import { ok } from '../../shared/result';
import type { AccountsService } from '../accounts/accounts-service';
import type { Handlers } from '../ipc';
import { createRendererVaultApi } from '../vault/credential-policy';
import type { Vault } from '../vault/vault';

type ProfileChannels =
  | 'profiles:list'
  | 'profiles:save'
  | 'profiles:rename'
  | 'profiles:delete'
  | 'profiles:forget-all'
  | 'profiles:retest'
  | 'vault:has'
  | 'vault:delete';

export function profileHandlers(accounts: AccountsService, vault: Vault): Pick<Handlers, ProfileChannels> {
  // The page may ask whether a secret is stored and delete it, never read it.
  const rendererVault = createRendererVaultApi(vault);
  return {
    'profiles:list': () => ok(accounts.list()),
    'profiles:save': (request) => accounts.save(request),
    'profiles:rename': ({ id, name }) => accounts.rename(id, name),
    'profiles:delete': ({ id }) => accounts.delete(id),
    'profiles:forget-all': () => accounts.forgetAll(),
    'profiles:retest': ({ id, runId }) => accounts.retest(id, runId),
    'vault:has': async ({ address }) => {
      const has = await rendererVault.has(address);
      return has.ok ? ok({ stored: has.value }) : has;
    },
    'vault:delete': async ({ address }) => {
      const deleted = await rendererVault.delete(address);
      return deleted.ok ? ok({ deleted: deleted.value }) : deleted;
    },
  };
}
