import { describe, expect, it } from 'vitest';
import { orgDefaultsCandidates, parseOrgDefaults } from '../../../electron/settings/org-defaults';
import { BUILT_IN_ORG_DEFAULTS } from '../../../shared/profile';

const FILE = '/etc/mail-setup-assistant/org-defaults.json';

const FULL_EXAMPLE = {
  tenantDomain: 'contoso.com',
  oauth: { clientId: '3f1c9a2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b', tenant: 'contoso.onmicrosoft.com' },
  relayHost: 'contoso-com.mail.protection.outlook.com',
  presets: ['microsoft365', 'microsoft365-relay'],
  defaultPreset: 'microsoft365',
  lockedFields: ['host', 'port', 'security'],
};

describe('parseOrgDefaults', () => {
  it('reads every documented key', () => {
    expect(parseOrgDefaults(JSON.stringify(FULL_EXAMPLE), FILE)).toEqual({ defaults: FULL_EXAMPLE, warnings: [] });
  });

  it('fills what the file leaves out from the built-in defaults', () => {
    const parsed = parseOrgDefaults('{"tenantDomain": "contoso.com", "oauth": {"clientId": "3f1c9a2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"}}', FILE);
    expect(parsed.defaults).toEqual({
      ...BUILT_IN_ORG_DEFAULTS,
      tenantDomain: 'contoso.com',
      oauth: { clientId: '3f1c9a2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b', tenant: 'organizations' },
    });
  });

  it('accepts a UTF-8 byte order mark and a $schema key', () => {
    expect(parseOrgDefaults('\uFEFF{"$schema": "x", "relayHost": "relay.contoso.com"}', FILE)).toMatchObject({
      defaults: { relayHost: 'relay.contoso.com' },
      warnings: [],
    });
  });

  it('uses the file but warns about keys it does not know (typos)', () => {
    const parsed = parseOrgDefaults('{"relayhost": "x", "tenantDomain": "contoso.com", "oauth": {"clientId": "3f1c9a2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b", "redirectUri": "y"}}', FILE);
    expect(parsed.defaults).toMatchObject({ tenantDomain: 'contoso.com' });
    expect(parsed.warnings).toEqual([{ kind: 'org-defaults-unknown-keys', file: FILE, keys: ['relayhost', 'oauth.redirectUri'] }]);
  });

  it.each([
    ['{"presets": ["microsoft365",]}', /^the file is not valid JSON/],
    ['"contoso.com"', /^the file must contain one JSON object/],
    ['{"relayHost": 25}', /^the entry "relayHost" should be text, but it is a number\.$/],
    ['{"presets": ["microsoft365", "gmail"]}', /^the entry "presets\[1\]" should be "microsoft365", .+ or "custom"\.$/],
    ['{"lockedFields": "host"}', /^the entry "lockedFields" should be a list \[ … \], but it is text\.$/],
    ['{"oauth": {"clientId": "not-a-guid"}}', /^the entry "oauth\.clientId" must be an application \(client\) id/],
    ['{"relayHost": "relay host.contoso.com"}', /^the entry "relayHost" is not a valid server name\.$/],
    ['{"presets": ["microsoft365"], "defaultPreset": "custom"}', /^the entry "defaultPreset" must also be listed in "presets"\.$/],
    ['{"presets": []}', /^the entry "presets" is too short or too small\.$/],
    ['{"signing": {"pkcs12Path": "s.p12", "passwordEnv": "$(x)"}}', /^the entry "signing\.passwordEnv" must be the name of an environment variable, like MAIL_SETUP_SIGNING_PASSWORD\.$/],
  ])('rejects %s with the first problem in plain words', (text, problem) => {
    const parsed = parseOrgDefaults(text, FILE);
    expect(parsed.defaults).toBeNull();
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toMatchObject({ kind: 'org-defaults-invalid', file: FILE });
    expect((parsed.warnings[0] as { problem: string }).problem).toMatch(problem);
  });
});

describe('orgDefaultsCandidates', () => {
  it('looks next to the app first, then in the machine-wide place for each OS', () => {
    expect(orgDefaultsCandidates({ platform: 'win32', appDir: 'C:\\Program Files\\Mail Setup Assistant', env: { ProgramData: 'D:\\PD' } })).toEqual([
      'C:\\Program Files\\Mail Setup Assistant\\org-defaults.json',
      'D:\\PD\\Mail Setup Assistant\\org-defaults.json',
    ]);
    expect(orgDefaultsCandidates({ platform: 'win32', env: {} })).toEqual(['C:\\ProgramData\\Mail Setup Assistant\\org-defaults.json']);
    expect(orgDefaultsCandidates({ platform: 'darwin', appDir: '/Applications', env: {} })).toEqual([
      '/Applications/org-defaults.json',
      '/Library/Application Support/Mail Setup Assistant/org-defaults.json',
    ]);
    expect(orgDefaultsCandidates({ platform: 'linux', env: {} })).toEqual(['/etc/mail-setup-assistant/org-defaults.json']);
  });
});
