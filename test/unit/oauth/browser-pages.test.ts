/** The pages the person's browser shows after sign-in: self-contained and in plain words. */
import { describe, expect, it } from 'vitest';
import { errorPage, successPage } from '../../../electron/oauth/browser-pages';
import { createNetworkClient } from '../../../electron/oauth/network-client';

describe('sign-in pages', () => {
  it.each([
    ['success', successPage(), 'You are signed in'],
    ['error', errorPage(), 'Sign-in did not finish'],
  ])('the %s page loads nothing from anywhere and says what to do', (_name, html, title) => {
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)=|url\(|@import|<script/i);
    expect(html).toMatch(/prefers-color-scheme:dark/);
    expect(html).toContain('Mail Setup Assistant');
  });
});

describe('network client', () => {
  it('refuses every host it is not allowed to contact, before any connection', async () => {
    const client = createNetworkClient({ allowHost: (host) => host === '127.0.0.1' });
    await expect(client.sendGetRequestAsync('https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration')).rejects.toMatchObject({
      errorCode: 'network_error',
      errorMessage: expect.stringContaining('login.microsoftonline.com is not an allowed sign-in host'),
    });
    await expect(client.sendPostRequestAsync('http://127.0.0.1:1/token', { body: 'x' })).rejects.toMatchObject({ errorMessage: expect.stringContaining('https only') });
  });
});
