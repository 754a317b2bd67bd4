/** Where each preset signs in, which app registration is used, and the sourced facts behind them. */
import { describe, expect, it } from 'vitest';
import { SIGN_IN_FACTS } from '../../../shared/facts/sign-in';
import { OAUTH_FAILURE_CODES, OAUTH_FAILURE_FINDING, aadstsIn, resolveClientId, signInTarget } from '../../../shared/oauth';

const WORLDWIDE = ['https://outlook.office.com/SMTP.Send', 'offline_access'];
const ORG_CLIENT = '3f1c9a2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const BUILD_CLIENT = '11111111-2222-4333-8444-555555555555';

describe('signInTarget', () => {
  it.each([
    ['microsoft365', undefined, 'https://login.microsoftonline.com/organizations/'],
    ['microsoft365', 'contoso.onmicrosoft.com', 'https://login.microsoftonline.com/contoso.onmicrosoft.com/'],
    ['outlook-com', 'contoso.com', 'https://login.microsoftonline.com/consumers/'],
    ['custom', undefined, 'https://login.microsoftonline.com/common/'],
    [undefined, undefined, 'https://login.microsoftonline.com/common/'],
  ])('%s (tenant %s) signs in at %s with the worldwide SMTP.Send scope', (presetId, tenant, authority) => {
    expect(signInTarget({ ...(presetId ? { presetId } : {}), ...(tenant ? { tenant } : {}) })).toEqual({
      ok: true,
      value: { authority, cloud: 'worldwide', scopes: WORLDWIDE, customAuthority: false },
    });
  });

  it('uses the US Government login host and scope for GCC High, never the worldwide scope', () => {
    expect(signInTarget({ presetId: 'microsoft365-gcc-high' })).toEqual({
      ok: true,
      value: { authority: 'https://login.microsoftonline.us/organizations/', cloud: 'us-gov-gcc-high', scopes: ['https://outlook.office365.us/SMTP.Send', 'offline_access'], customAuthority: false },
    });
    // A worldwide preset pointed at the US Government login host gets that cloud's scope.
    const pointed = signInTarget({ presetId: 'microsoft365', authority: 'https://login.microsoftonline.us/contoso.us' });
    expect(pointed).toMatchObject({ ok: true, value: { authority: 'https://login.microsoftonline.us/contoso.us/', cloud: 'us-gov-gcc-high' } });
    if (pointed.ok) expect(pointed.value.scopes).not.toContain(WORLDWIDE[0]);
  });

  it('says DoD and 21Vianet are not supported in this version instead of guessing a scope', () => {
    expect(signInTarget({ presetId: 'microsoft365-dod' })).toMatchObject({ ok: false, error: { code: 'not-configured', reason: 'cloud-not-supported' } });
    expect(signInTarget({ presetId: 'microsoft365-dod', authority: 'https://login.microsoftonline.us/organizations' })).toMatchObject({ ok: false, error: { reason: 'cloud-not-supported' } });
    expect(signInTarget({ authority: 'https://login.partner.microsoftonline.cn/common' })).toMatchObject({ ok: false, error: { reason: 'cloud-not-supported' } });
  });

  it('takes any other https authority as a custom one (a local provider), keeping the preset cloud', () => {
    expect(signInTarget({ presetId: 'microsoft365', authority: 'https://127.0.0.1:4443' })).toEqual({
      ok: true,
      value: { authority: 'https://127.0.0.1:4443/', cloud: 'worldwide', scopes: WORLDWIDE, customAuthority: true },
    });
  });

  it.each(['http://127.0.0.1:80/', 'not a url', 'https://login.microsoftonline.com/common?x=1', 'https://user@login.microsoftonline.com/'])('refuses the authority %s', (authority) => {
    expect(signInTarget({ authority })).toMatchObject({ ok: false, error: { code: 'not-configured', reason: 'invalid-authority' } });
  });

  it('refuses a tenant that is not an id or a domain', () => {
    expect(signInTarget({ presetId: 'microsoft365', tenant: 'contoso/../x' })).toMatchObject({ ok: false, error: { reason: 'invalid-authority' } });
  });
});

describe('resolveClientId', () => {
  it('prefers the command line, then the organisation defaults (with their tenant), then the build', () => {
    expect(resolveClientId({ commandLine: BUILD_CLIENT, orgDefaults: { clientId: ORG_CLIENT }, build: BUILD_CLIENT })).toEqual({ ok: true, value: { clientId: BUILD_CLIENT, source: 'command-line' } });
    expect(resolveClientId({ orgDefaults: { clientId: ORG_CLIENT, tenant: 'contoso.com' }, build: BUILD_CLIENT })).toEqual({
      ok: true,
      value: { clientId: ORG_CLIENT, tenant: 'contoso.com', source: 'org-defaults' },
    });
    expect(resolveClientId({ build: BUILD_CLIENT })).toEqual({ ok: true, value: { clientId: BUILD_CLIENT, source: 'build' } });
  });

  it('says sign-in is not set up when no source names an app, and refuses a malformed id', () => {
    expect(resolveClientId({ build: '' })).toMatchObject({ ok: false, error: { code: 'not-configured', reason: 'no-client-id' } });
    expect(resolveClientId({ commandLine: 'thunderbird' })).toMatchObject({ ok: false, error: { code: 'not-configured', reason: 'invalid-client-id' } });
  });
});

describe('failure codes and facts', () => {
  it('maps every failure code to a finding id', () => {
    expect(Object.keys(OAUTH_FAILURE_FINDING).sort()).toEqual([...OAUTH_FAILURE_CODES].sort());
    for (const id of Object.values(OAUTH_FAILURE_FINDING)) expect(id).toMatch(/^(auth\.oauth-[a-z-]+|unknown)$/);
  });

  it('reads the AADSTS number from an error text', () => {
    expect(aadstsIn('invalid_grant: AADSTS65001: The user or administrator has not consented')).toBe(65001);
    expect(aadstsIn('AADSTS7000218: The request body must contain')).toBe(7000218);
    expect(aadstsIn('no code here')).toBeUndefined();
  });

  it('every sign-in fact has a unique id, an https source, and a review date after the day it was checked', () => {
    const ids = SIGN_IN_FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const fact of SIGN_IN_FACTS) {
      expect(fact.id).toMatch(/^sign-in\.[a-z0-9-]+$/);
      expect(fact.source).toMatch(/^https:\/\//);
      if (fact.alsoSource) expect(fact.alsoSource).toMatch(/^https:\/\//);
      expect(fact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fact.reviewBy > fact.checked).toBe(true);
    }
  });
});
