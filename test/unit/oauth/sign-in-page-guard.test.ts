/**
 * The app opens the system browser only for Microsoft's sign-in page of an authority it
 * signs in at (electron/handlers/oauth-app.ts), never for an address from anywhere else.
 */
import { describe, expect, it } from 'vitest';
import { authorizeEndpoints, isSignInPageUrl, signInPageOpener } from '../../../electron/handlers/oauth-app';

const endpoints = authorizeEndpoints(undefined);
const query = '?client_id=5b1f0c3e-7a2d-4e9b-8c61-2f4a9d0e7b13&scope=https%3A%2F%2Foutlook.office.com%2FSMTP.Send&redirect_uri=http%3A%2F%2Flocalhost%3A51234';

describe('the sign-in page guard', () => {
  it('knows the authorize endpoint of every kind of account, and only Microsoft login hosts', () => {
    expect(endpoints).toEqual(
      expect.arrayContaining([
        'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize',
        'https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize',
        'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
        'https://login.microsoftonline.us/organizations/oauth2/v2.0/authorize',
      ]),
    );
    expect(endpoints.every((e) => /^https:\/\/login\.microsoftonline\.(com|us)\//.test(e))).toBe(true);
    // The organisation's tenant replaces "organizations"; Outlook.com stays "consumers".
    expect(authorizeEndpoints('contoso.onmicrosoft.com')).toEqual(
      expect.arrayContaining(['https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize', 'https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize']),
    );
  });

  it.each([
    ['the sign-in page', `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize${query}`, true],
    ['Outlook.com’s sign-in page', `https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize${query}`, true],
    ['plain http', `http://login.microsoftonline.com/organizations/oauth2/v2.0/authorize${query}`, false],
    ['another host', `https://login.microsoftonline.com.evil.example/organizations/oauth2/v2.0/authorize${query}`, false],
    ['credentials in the URL', `https://me:pw@login.microsoftonline.com/organizations/oauth2/v2.0/authorize${query}`, false],
    ['another path on the host', 'https://login.microsoftonline.com/organizations/oauth2/v2.0/logout', false],
    ['another tenant than the app signs in at', `https://login.microsoftonline.com/fabrikam.com/oauth2/v2.0/authorize${query}`, false],
    ['a port', `https://login.microsoftonline.com:8443/organizations/oauth2/v2.0/authorize${query}`, false],
    ['a file', 'file:///etc/passwd', false],
    ['a custom scheme', 'ms-settings:privacy', false],
    ['not a URL', 'login.microsoftonline.com/organizations/oauth2/v2.0/authorize', false],
  ])('%s → %s', (_what, url, allowed) => {
    expect(isSignInPageUrl(url, endpoints)).toBe(allowed);
  });

  it('opens an allowed page through the injected opener and refuses anything else without opening it', async () => {
    const opened: string[] = [];
    const logs: string[] = [];
    const open = signInPageOpener(async (url) => void opened.push(url), endpoints, (line) => logs.push(line));
    const page = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize${query}`;
    await open(page);
    await expect(open('https://evil.example/phish')).rejects.toThrow(/not one this app signs in at/);
    expect(opened).toEqual([page]);
    expect(logs).toEqual([expect.stringMatching(/^refused to open .*evil\.example/)]);
  });
});
