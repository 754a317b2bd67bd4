/**
 * The bridge for the sign-in journeys: the real handlers with Microsoft sign-in against the
 * lab OpenID provider (the "system browser" is a second Playwright context), the probe
 * against the lab mail server judging XOAUTH2 tokens against the provider's JWKS, and the
 * real keychain under a service name of its own, emptied again at the end.
 */
import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { createKeytarVault } from '../../electron/vault/keytar-vault';
import type { Vault } from '../../electron/vault/vault';
import { testHandlerDeps } from '../fixtures/handler-deps';
import { labSignIn } from '../fixtures/lab-oauth';
import { startOidcLab, type OidcLab } from '../lab/oidc/provider';
import type { BridgeOptions } from './bridge-server';
import { labBridge } from './lab-bridge';
import { systemBrowser, type SystemBrowser } from './system-browser';

export interface OAuthBridge {
  oidc: OidcLab;
  person: SystemBrowser;
  vault: Vault;
  deps: ReturnType<typeof testHandlerDeps>;
  options: BridgeOptions;
  smtpPort: number;
  /** Test messages the lab mail server accepted. */
  received: () => number;
  /** Every token the provider issued and every authorization code the browser handed back. */
  secrets: () => string[];
  /** Names of the keychain entries under this bridge's service. */
  keychainEntries: () => Promise<string[]>;
  /** Every file the settings service wrote, as one string. */
  settingsText: () => Promise<string>;
  close: () => Promise<void>;
}

export async function oauthBridge(browser: Browser): Promise<OAuthBridge> {
  // The real Secret Service is required; a missing one must fail loudly, never pass by skipping.
  if (process.env.MSA_KEYRING_SESSION !== '1') throw new Error('run through `npm test` or `node scripts/with-keyring.mjs npx playwright test`');
  const oidc = await startOidcLab();
  const env = await labBridge('healthy', { verifyXoauth2: oidc.verifyXoauth2 });
  const person = systemBrowser(browser);
  const service = `Mail Setup Assistant E2E ${randomUUID()}`;
  const vault = createKeytarVault({ service });
  const deps = testHandlerDeps({ vault, oauth: labSignIn(oidc, vault, person.openBrowser) });
  const keytar = async () => (await import('keytar')).default;
  return {
    oidc,
    person,
    vault,
    deps,
    options: { ...deps, ...env.options },
    smtpPort: env.lab.port,
    received: () => env.lab.received.length,
    secrets: () => [...oidc.issuedTokens, ...person.codes],
    keychainEntries: async () => (await (await keytar()).findCredentials(service)).map((c) => c.account).sort(),
    settingsText: async () => (await Promise.all((await readdir(deps.dir)).map((f) => readFile(join(deps.dir, f), 'utf8').catch(() => '')))).join('\n'),
    close: async () => {
      const k = await keytar();
      for (const { account } of await k.findCredentials(service)) await k.deletePassword(service, account);
      await person.close();
      await env.close();
      await oidc.close();
    },
  };
}
