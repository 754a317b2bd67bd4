import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, describeFinding, FINDING_IDS, findingMessageKeys } from '../../../shared/findings';
import { allFindingMessageKeys } from '../../../shared/findings/message-keys';
import { STEP_KEYS } from '../../../shared/findings/step-keys';
import { hasMessage, messages } from '../../../shared/i18n';
import { findings as findingMessages } from '../../../shared/i18n/en/findings';

const en = messages.en;
const ID_SET: ReadonlySet<string> = new Set(FINDING_IDS);

// The stable ids docs/architecture.md promises ("Stable finding ids"), copied verbatim.
const STABLE_IDS = `network.offline network.dns-failure network.port-blocked network.connection-refused network.connection-reset network.greeting-timeout
tls.mode-mismatch tls.port-465-unsupported tls.starttls-unavailable tls.version-too-old tls.certificate-untrusted tls.intercepted tls.hostname-mismatch tls.certificate-expired tls.clock-skew
protocol.ehlo-required protocol.starttls-required
auth.smtp-auth-disabled-tenant auth.smtp-auth-disabled-mailbox auth.basic-auth-disabled auth.basic-auth-removed auth.security-defaults auth.conditional-access auth.bad-credentials auth.federation-failure auth.rejected auth.mechanism-unsupported auth.not-offered auth.required
send.send-as-denied send.outbound-spam send.quota-exceeded send.mailbox-full send.concurrency-limit send.throttled send.restricted-sender send.spam-blocked send.temporary-restriction send.recipient-rejected
tenant.blocked relay.tenant-attribution relay.direct-send-rejected
server.temporary-failure unknown`.split(/\s+/);

const FULL_PARAMS = {
  address: 'anna@contoso.com',
  host: 'smtp.office365.com',
  port: 587,
  quote: '535 5.7.139 Authentication unsuccessful',
  interceptor: 'Avast Web/Mail Shield',
};

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z“"])/).filter((s) => s.trim());

describe('catalogue', () => {
  it('contains every stable id that docs/architecture.md promises', () => {
    expect(STABLE_IDS.filter((id) => !(FINDING_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('is the table docs/architecture.md shows', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/architecture.md', import.meta.url)), 'utf8');
    expect(STABLE_IDS.filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
  });

  it('has exactly one entry per id and no ids twice', () => {
    expect(new Set(FINDING_IDS).size).toBe(FINDING_IDS.length);
    expect(Object.keys(CATALOGUE).sort()).toEqual([...FINDING_IDS].sort());
  });

  it.each(FINDING_IDS)('%s has all its message keys in the English table', (id) => {
    const keys = findingMessageKeys(id);
    const all = [keys.title, keys.explanation, keys.admin, ...keys.steps];
    expect(all.filter((key) => !hasMessage(en, key))).toEqual([]);
    expect(keys.steps.length).toBeGreaterThan(0);
    // No step beyond the count the catalogue declares (it would never be shown).
    expect(hasMessage(en, `finding.${id}.steps.${keys.steps.length + 1}`)).toBe(false);
  });

  it('has no orphan finding messages (every finding.<id>.* key is listed in the typed key tables)', () => {
    // A key belongs to a finding when its first segments name an id ("finding.auth.rejected.…").
    const idOf = (key: string) => FINDING_IDS.find((id) => key.startsWith(`finding.${id}.`));
    const perId = Object.keys(findingMessages).filter((key) => idOf(key) !== undefined);
    const known: ReadonlySet<string> = allFindingMessageKeys(FINDING_IDS);
    const orphans = perId.filter((key) => !known.has(key as never) && key !== 'finding.unknown.quoted');
    expect(orphans).toEqual([]);
    expect(perId.length).toBeGreaterThan(FINDING_IDS.length * 4);
  });

  it.each(FINDING_IDS)('%s lists exactly as many step keys as the catalogue declares', (id) => {
    expect(STEP_KEYS[id].length).toBe(CATALOGUE[id].steps);
    expect(ID_SET.has(id)).toBe(true);
  });

  it.each(FINDING_IDS)('%s explains itself in at most three short sentences', (id) => {
    const text = describeFinding(id, FULL_PARAMS).explanation.replace(/ It said: “.*”$/, '');
    expect(sentences(text).length).toBeLessThanOrEqual(3);
    expect(text.length).toBeLessThan(320);
  });

  it.each(FINDING_IDS)('%s resolves every placeholder when the parameters are given', (id) => {
    const d = describeFinding(id, FULL_PARAMS);
    const all = [d.title, d.explanation, d.adminMessage, ...d.steps].join('\n');
    expect(all).not.toMatch(/\{[a-z]+\}/);
    expect(all).not.toMatch(/^finding\./m);
  });

  it.each(FINDING_IDS)('%s has a severity, a fixer and an https source', (id) => {
    const entry = CATALOGUE[id];
    expect(['error', 'warning', 'info']).toContain(entry.severity);
    expect(['you', 'it-admin', 'network', 'microsoft', 'wait']).toContain(entry.who);
    expect(entry.source).toMatch(/^https:\/\/[a-z0-9.-]+\//);
  });

  it.each(FINDING_IDS.filter((id) => CATALOGUE[id].admin))('%s names its admin setting, filled with the address', (id) => {
    const setting = CATALOGUE[id].admin ?? {};
    const message = describeFinding(id, FULL_PARAMS).adminMessage;
    for (const line of setting.powershell ?? []) expect(message).toContain(line.replace('{address}', 'anna@contoso.com'));
    if (setting.portal) expect(message).toContain(setting.portal.replace('{address}', 'anna@contoso.com'));
  });

  it('names the exact per-mailbox switch for SMTP AUTH (portal path and PowerShell)', () => {
    for (const id of ['auth.smtp-auth-disabled-tenant', 'auth.smtp-auth-disabled-mailbox'] as const) {
      const message = describeFinding(id, { address: 'anna@contoso.com' }).adminMessage;
      expect(message).toContain('Set-CASMailbox -Identity anna@contoso.com -SmtpClientAuthenticationDisabled $false');
      expect(message).toContain('Microsoft 365 admin center › Users › Active users › anna@contoso.com › Mail › Manage email apps › Authenticated SMTP');
    }
  });

  it('words the basic-auth timeline as corrected on 2026-12-01: off by default for existing tenants, can be switched back on', () => {
    const d = describeFinding('auth.basic-auth-disabled');
    expect(d.explanation).toContain('end of December 2026');
    expect(d.explanation).toMatch(/existing organisations; IT can switch it back on for now/);
    expect(d.adminMessage).toContain('the second half of 2027');
    expect(d.adminMessage).toMatch(/tenants created later don't have it/);
    expect(d.asOf).toBe('2026-12-01');
    // The superseded 2024 plan ("removed for good") is not stated any more.
    expect(describeFinding('auth.basic-auth-removed').explanation).not.toMatch(/has removed|no longer accepts/);
  });

  it('states the corrected facts: no 465 on Microsoft, OAuth2 only on Outlook.com', () => {
    expect(describeFinding('tls.port-465-unsupported').explanation).toMatch(/port 587 with STARTTLS/);
    const outlook = describeFinding('auth.oauth-required');
    expect(outlook.explanation).toMatch(/App passwords don't work/);
    expect(outlook.explanation).toContain('16 September 2024');
  });

  it('keeps admin messages polite and ready to paste', () => {
    for (const id of FINDING_IDS) {
      const message = describeFinding(id, FULL_PARAMS).adminMessage;
      expect(message.startsWith('Hello,')).toBe(true);
      expect(message.trimEnd().endsWith('Thank you!')).toBe(true);
      expect(message).toMatch(/Could you|Please|please/);
    }
  });
});
