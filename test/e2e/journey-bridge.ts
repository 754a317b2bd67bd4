/**
 * The bridge for the journeys as a person meets them: the ports of the server (587, 25,
 * 465…) are each played by a lab server and dialled through the probe's test-only
 * `dialPort`, so nobody types a lab port; the domain checks ask a real DNS server on
 * loopback (contoso.example is on Microsoft 365, other names do not exist); optionally
 * Microsoft sign-in against the lab provider, with the real keychain under a service name
 * of its own, emptied at the end.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from '@playwright/test';
import type { OrgDefaults } from '../../shared/profile';
import { BUILT_IN_ORG_DEFAULTS } from '../../shared/profile';
import { createKeytarVault } from '../../electron/vault/keytar-vault';
import { testHandlerDeps } from '../fixtures/handler-deps';
import { labSignIn } from '../fixtures/lab-oauth';
import { startLab, startOpenPort, type Lab, type OpenPort, type ScenarioId } from '../lab';
import { startLocalDns } from '../lab/local-dns-server';
import { startOidcLab, type OidcLab } from '../lab/oidc/provider';
import type { BridgeOptions } from './bridge-server';
import { LAB_DOMAIN } from './lab-bridge';
import { systemBrowser, type SystemBrowser } from './system-browser';

export interface JourneyBridgeOptions {
  /** Which lab scenario plays each port of the server; a port not listed is dialled as it is (and refused). */
  ports: Readonly<Record<number, ScenarioId>>;
  /** Microsoft sign-in against the lab provider (needs the real Secret Service). */
  oauth?: boolean;
  /** Organisation defaults as IT would ship them (tenant domain, default kind, locked fields). */
  orgDefaults?: Partial<OrgDefaults>;
  browser?: Browser;
}

export interface JourneyBridge {
  options: BridgeOptions;
  labs: ReadonlyMap<number, Lab>;
  oidc: OidcLab | null;
  person: SystemBrowser | null;
  credentials: Lab['credentials'];
  /** Test messages every lab server accepted. */
  received: () => number;
  close: () => Promise<void>;
}

export async function journeyBridge(options: JourneyBridgeOptions): Promise<JourneyBridge> {
  if (options.oauth && process.env.MSA_KEYRING_SESSION !== '1') throw new Error('run through `npm test` or `node scripts/with-keyring.mjs npx playwright test`');
  if (options.oauth && !options.browser) throw new Error('Microsoft sign-in needs the browser for the person');
  const oidc = options.oauth ? await startOidcLab() : null;
  const entries = await Promise.all(
    Object.entries(options.ports).map(async ([port, scenario]) => [Number(port), await startLab(scenario, oidc ? { verifyXoauth2: oidc.verifyXoauth2 } : {})] as const),
  );
  const labs = new Map(entries);
  const first = entries[0]?.[1];
  if (!first) throw new Error('a journey needs at least one port');
  // A silent port is judged by a sibling that answers: one listener of our own, never this machine's 443 or 25.
  const sibling: OpenPort = await startOpenPort();
  const dns = await startLocalDns({
    [LAB_DOMAIN]: { MX: [{ exchange: 'contoso-example.mail.protection.outlook.com', priority: 0 }], TXT: [['v=spf1 include:spf.protection.outlook.com -all']] },
    [`autodiscover.${LAB_DOMAIN}`]: { CNAME: 'autodiscover.outlook.com' },
    [`_dmarc.${LAB_DOMAIN}`]: { TXT: [['v=DMARC1; p=none']] },
  });
  const probe = {
    resolver: async () => ['127.0.0.1'],
    extraCa: [first.caPem],
    env: {},
    isOnline: () => true,
    siblingPorts: [sibling.port],
    dialPort: (port: number) => labs.get(port)?.port ?? port,
  };
  const person = options.browser && oidc ? systemBrowser(options.browser) : null;
  const service = `Mail Setup Assistant E2E ${randomUUID()}`;
  const vault = oidc ? createKeytarVault({ service }) : undefined;
  const deps = testHandlerDeps({
    ...(vault ? { vault } : {}),
    ...(oidc && person && vault ? { oauth: labSignIn(oidc, vault, person.openBrowser) } : {}),
    ...(options.orgDefaults ? { orgDefaults: { defaults: { ...structuredClone(BUILT_IN_ORG_DEFAULTS), ...options.orgDefaults }, source: 'org-defaults.json', warnings: [] } } : {}),
  });
  return {
    options: { ...deps, probe, discover: { probeDeps: probe, createDns: () => dns.resolver({ timeout: 500, tries: 1 }) } },
    labs,
    oidc,
    person,
    credentials: first.credentials,
    received: () => [...labs.values()].reduce((n, lab) => n + lab.received.length, 0),
    close: async () => {
      if (oidc) {
        const keytar = (await import('keytar')).default;
        for (const { account } of await keytar.findCredentials(service)) await keytar.deletePassword(service, account);
      }
      await person?.close();
      await Promise.all([...labs.values()].map((lab) => lab.close()));
      await sibling.close();
      await dns.close();
      await oidc?.close();
    },
  };
}
