import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAllowedNavigation, isAppPageUrl } from '../../../electron/security-policy';

describe('external links', () => {
  it.each([
    ['https://learn.microsoft.com/en-us/exchange/', true],
    ['https://aka.ms/smtp_auth_disabled', true],
    ['http://learn.microsoft.com/', false],
    ['https://learn.microsoft.com.evil.example/', false],
    ['https://user:pw@learn.microsoft.com/', false],
    ['https://learn.microsoft.com:8443/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});

describe('navigation and sender checks', () => {
  const app = 'file:///opt/app/dist/renderer/index.html';
  it('keeps the window on its own page', () => {
    expect(isAllowedNavigation(app, app)).toBe(true);
    expect(isAllowedNavigation('file:///etc/passwd', app)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', app)).toBe(false);
  });
  it('trusts only the app page as an IPC sender', () => {
    expect(isAppPageUrl(`${app}#/wizard`, app)).toBe(true);
    expect(isAppPageUrl('file:///tmp/other.html', app)).toBe(false);
    expect(isAppPageUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});
