import { describe, expect, it } from 'vitest';
import { parseOrgDefaults } from '../../../electron/settings/org-defaults';

const FILE = '/etc/mail-setup-assistant/org-defaults.json';

describe('organisation defaults for exports (exchange.ewsAllowed, signing)', () => {
  it('reads them, with the default password variable', () => {
    const parsed = parseOrgDefaults('{"exchange": {"ewsAllowed": true}, "signing": {"pkcs12Path": "signing.p12"}}', FILE);
    expect(parsed.defaults).toMatchObject({ exchange: { ewsAllowed: true }, signing: { pkcs12Path: 'signing.p12', passwordEnv: 'MAIL_SETUP_SIGNING_PASSWORD' } });
    expect(parsed.warnings).toEqual([]);
  });

  it('has no place for the password itself: a "password" key is reported as unknown and dropped', () => {
    const parsed = parseOrgDefaults('{"signing": {"pkcs12Path": "s.p12", "password": "hunter2"}, "exchange": {"ewsAlowed": true}}', FILE);
    expect(parsed.warnings).toEqual([{ kind: 'org-defaults-unknown-keys', file: FILE, keys: ['exchange.ewsAlowed', 'signing.password'] }]);
    expect(JSON.stringify(parsed.defaults)).not.toContain('hunter2');
    expect(parsed.defaults?.exchange).toEqual({ ewsAllowed: false });
  });

  it('refuses a password variable that is not a variable name, and a missing file path', () => {
    expect(parseOrgDefaults('{"signing": {"pkcs12Path": "s.p12", "passwordEnv": "$(rm -rf)"}}', FILE).defaults).toBeNull();
    expect(parseOrgDefaults('{"signing": {}}', FILE).defaults).toBeNull();
  });
});
