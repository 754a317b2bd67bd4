/**
 * Shared pieces of the OAuth integration tests: the person (system Chromium driven by
 * Playwright, signing in on the lab provider's pages), an OAuth service wired to the lab
 * (its network client refuses every host but 127.0.0.1), and port checks.
 */
import { connect } from 'node:net';
import { createSecureContext, rootCertificates } from 'node:tls';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createOAuthService, type OAuthService, type OAuthServiceDeps } from '../../../electron/oauth/oauth-service';
import { createNetworkClient, type SignInNetworkClient } from '../../../electron/oauth/network-client';
import type { Vault } from '../../../electron/vault/vault';
import type { OidcLab } from '../../lab/oidc/provider';
import type { LabUser } from '../../lab/oidc/interactions';
import { signInOnPage } from '../../lab/oidc/person';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Chromium does not read NODE_EXTRA_CA_CERTS; the lab provider's leaf is accepted per context. */
export function personContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ignoreHTTPSErrors: true });
}

export type PersonAction = 'sign-in' | 'cancel-on-login' | 'leave-open' | 'close-tab';

export { signInOnPage } from '../../lab/oidc/person';

export interface Person {
  /** What MSAL's openBrowser gets: opens a tab and acts there, without holding MSAL up. */
  openBrowser(url: string): Promise<void>;
  /** Every authorize URL opened. */
  opened: string[];
  /** Resolves when the person finished acting (rejects with what went wrong). */
  done(): Promise<void>;
  /** The last page the person saw (after sign-in: the app's success page). */
  lastPage(): Page | null;
}

/** A person with a fresh browser profile (no sign-in session left from another test). */
export function person(browser: Browser, user: LabUser, action: PersonAction = 'sign-in'): Person {
  const opened: string[] = [];
  let acting: Promise<void> = Promise.resolve();
  let last: Page | null = null;
  return {
    opened,
    done: () => acting,
    lastPage: () => last,
    async openBrowser(url) {
      opened.push(url);
      acting = (async () => {
        const page = await (await personContext(browser)).newPage();
        last = page;
        await page.goto(url);
        if (action === 'sign-in') {
          await signInOnPage(page, user);
          await page.waitForURL(/^http:\/\/localhost:\d+\/?$/);
        } else if (action === 'cancel-on-login') {
          await page.getByRole('button', { name: 'Cancel' }).click();
          await page.waitForURL(/^http:\/\/localhost:\d+\/?$/);
        } else if (action === 'close-tab') {
          await page.close();
        }
      })();
      // The real openBrowser returns once the browser was asked to open the page.
    },
  };
}

export function labNetwork(lab: OidcLab): SignInNetworkClient {
  return createNetworkClient({ allowHost: (host) => host === '127.0.0.1', secureContext: createSecureContext({ ca: [...rootCertificates, lab.caPem] }) });
}

export function labService(lab: OidcLab, vault: Vault | null, openBrowser: (url: string) => Promise<void>, extra: Partial<OAuthServiceDeps> = {}): OAuthService & { logs: string[] } {
  const logs: string[] = [];
  const service = createOAuthService({
    clientId: { ok: true, value: { clientId: lab.clientId, source: 'command-line' } },
    vault,
    openBrowser,
    network: labNetwork(lab),
    log: (line) => logs.push(line),
    ...extra,
  });
  return Object.assign(service, { logs });
}

/** True when nothing listens on 127.0.0.1:port any more (connection refused). */
export function portRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** The loopback port MSAL listened on, from the authorize URL's redirect_uri. */
export function loopbackPort(authorizeUrl: string): number {
  return Number(new URL(new URL(authorizeUrl).searchParams.get('redirect_uri') ?? '').port);
}
