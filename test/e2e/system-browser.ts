/**
 * "The system browser" of the E2E journeys: where the app's sign-in opens Microsoft's page
 * (shell.openExternal in the app). Here it is a second Playwright browser context with its
 * own cookies, on which the test plays the person at the lab provider's own pages. It also
 * notes each authorization code the page posts back to the app's loopback redirect, so the
 * canary can look for it too.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';

export interface SystemBrowser {
  openBrowser(url: string): Promise<void>;
  /** The page the app opened most recently, once it has (waits). */
  nextPage(): Promise<Page>;
  opened: string[];
  /** Authorization codes the browser handed back to the app. */
  codes: string[];
  close(): Promise<void>;
}

export function systemBrowser(browser: Browser): SystemBrowser {
  const opened: string[] = [];
  const codes: string[] = [];
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const waiters: Array<(page: Page) => void> = [];
  return {
    opened,
    codes,
    async openBrowser(url) {
      opened.push(url);
      // Chromium does not read NODE_EXTRA_CA_CERTS; the lab provider's certificate is accepted per context.
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      contexts.push(context);
      context.on('request', (request) => {
        if (request.method() !== 'POST' || !/^http:\/\/localhost:\d+\/?$/.test(request.url())) return;
        const code = new URLSearchParams(request.postData() ?? '').get('code');
        if (code) codes.push(code);
      });
      const page = await context.newPage();
      await page.goto(url);
      const waiter = waiters.shift();
      if (waiter) waiter(page);
      else pages.push(page);
    },
    nextPage: () => {
      const ready = pages.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiters.push(resolve));
    },
    close: async () => {
      await Promise.all(contexts.map((c) => c.close()));
    },
  };
}
