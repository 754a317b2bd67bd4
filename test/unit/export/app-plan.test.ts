import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountKind, MAIL_APPS, type AccountKind, type MailApp, type PlanContext } from '../../../shared/export/app-kinds';
import { planForApp } from '../../../shared/export/app-plan';
import { buildExport } from '../../../shared/export/build-export';
import { resolveExportAccount, type ExportAccount } from '../../../shared/export/export-account';
import { fact } from '../../../shared/facts';

function account(input: object): ExportAccount {
  const result = resolveExportAccount(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** One account of every kind, as the form gives them (no test result). */
const ACCOUNTS: Record<AccountKind, ExportAccount> = {
  'microsoft-signin': account({ presetId: 'microsoft365', address: 'sam@contoso.com', auth: 'oauth2' }),
  'microsoft-password': account({ presetId: 'microsoft365', address: 'sam@contoso.com', auth: 'password' }),
  'outlook-com': account({ presetId: 'outlook-com', address: 'dave@outlook.com' }),
  'mailbox-password': account({ presetId: 'custom', address: 'alice@example.com', host: 'smtp.example.com', incoming: { protocol: 'imap', host: 'imap.example.com' } }),
  'mailbox-incomplete': account({ presetId: 'custom', address: 'alice@example.com', host: 'smtp.example.com' }),
  'send-only': account({ presetId: 'microsoft365-relay', address: 'scanner@contoso.com' }),
};

const BEFORE_EWS_OFF = new Date('2026-12-01T12:00:00Z');
const AFTER_EWS_OFF = new Date('2027-04-02T12:00:00Z');
const ctx = (over: Partial<PlanContext> = {}): PlanContext => ({ ewsAllowed: false, signing: false, reportAvailable: false, now: BEFORE_EWS_OFF, ...over });
const fileIds = (app: MailApp, kind: AccountKind, over: Partial<PlanContext> = {}) => planForApp(ACCOUNTS[kind], app, ctx(over)).files.map((f) => f.id);

describe('what each app gets for each kind of account', () => {
  it('classifies the sample accounts as their kind', () => {
    for (const [kind, acc] of Object.entries(ACCOUNTS)) expect(accountKind(acc)).toBe(kind);
    expect(accountKind(account({ presetId: 'microsoft365-gcc-high', address: 'a@agency.gov' }))).toBe('microsoft-signin');
    expect(accountKind(account({ presetId: 'smart-host', address: 'a@example.com', host: 'relay.example.com' }))).toBe('send-only');
  });

  it('any Outlook with a Microsoft mailbox: no file, the three steps and the autodiscover check', () => {
    for (const app of ['outlook-classic', 'outlook-new', 'outlook-mac'] as const) {
      for (const kind of ['microsoft-signin', 'microsoft-password', 'outlook-com'] as const) {
        const plan = planForApp(ACCOUNTS[kind], app, ctx());
        expect(plan.files, `${app} ${kind}`).toEqual([]);
        expect(plan.steps).toHaveLength(3);
        expect(plan.steps[1]).toContain(ACCOUNTS[kind].address);
        expect(plan.steps[2]).toMatch(/Sign in on the Microsoft page/);
        expect(plan.checks).toEqual(['outlook-autodiscover']);
      }
    }
    expect(planForApp(ACCOUNTS['microsoft-signin'], 'outlook-classic', ctx()).steps[0]).toBe('In Outlook, select File › Add Account.');
    expect(planForApp(ACCOUNTS['microsoft-signin'], 'outlook-classic', ctx()).notes.join(' ')).toMatch(/\.prf files cannot sign in with Microsoft/);
    expect(planForApp(ACCOUNTS['microsoft-signin'], 'outlook-new', ctx()).notes.join(' ')).toMatch(/New Outlook for Windows has no settings file/);
  });

  it('a .prf only for a password IMAP/POP account in classic Outlook', () => {
    expect(fileIds('outlook-classic', 'mailbox-password')).toEqual(['prf']);
    for (const kind of ['microsoft-signin', 'microsoft-password', 'outlook-com', 'mailbox-incomplete', 'send-only'] as const) expect(fileIds('outlook-classic', kind)).not.toContain('prf');
    for (const app of MAIL_APPS.filter((a) => a !== 'outlook-classic')) expect(fileIds(app, 'mailbox-password')).not.toContain('prf');
  });

  it('Apple Mail on a Mac with a Microsoft mailbox: says EWS with its dates, recommends Outlook for Mac, no profile unless IT allows EWS', () => {
    const plan = planForApp(ACCOUNTS['microsoft-signin'], 'apple-mail-mac', ctx());
    expect(plan.files).toEqual([]);
    expect(plan.notes[0]).toContain('only through Exchange Web Services (EWS)');
    expect(plan.notes[0]).toContain('Internet Accounts › Microsoft Exchange uses EWS too');
    expect(plan.notes[0]).toContain('1 October 2026');
    expect(plan.notes[0]).toContain('1 April 2027');
    expect(plan.stepsTitle).toBe('Recommended: set up Outlook for Mac');
    expect(plan.facts).toEqual(expect.arrayContaining(['mac-mail.exchange-is-ews', 'exchange-online.ews-off']));

    expect(fileIds('apple-mail-mac', 'microsoft-signin', { ewsAllowed: true })).toEqual(['mobileconfig-ews']);
    expect(fileIds('apple-mail-mac', 'microsoft-password', { ewsAllowed: true })).toEqual(['mobileconfig-ews']);
    // Never for Outlook.com (no tenant admin to allow it), and never once EWS is gone.
    expect(fileIds('apple-mail-mac', 'outlook-com', { ewsAllowed: true })).toEqual([]);
    expect(fileIds('apple-mail-mac', 'microsoft-signin', { ewsAllowed: true, now: AFTER_EWS_OFF })).toEqual([]);
  });

  it('iPhone/iPad: the ActiveSync profile for Microsoft mailboxes, the mail profile for password accounts, with how to install it', () => {
    for (const kind of ['microsoft-signin', 'microsoft-password', 'outlook-com', 'mailbox-password'] as const) expect(fileIds('ios', kind)).toEqual(['mobileconfig-ios']);
    const plan = planForApp(ACCOUNTS['microsoft-signin'], 'ios', ctx());
    expect(plan.steps.join(' ')).toMatch(/AirDrop.*email it to yourself/);
    expect(plan.steps.join(' ')).toContain(`within ${fact('ios.profile-install').value} minutes`);
    expect(plan.notes.join(' ')).toMatch(/ActiveSync/);
  });

  it('says what the person will see for signed and unsigned profiles', () => {
    expect(planForApp(ACCOUNTS['mailbox-password'], 'ios', ctx({ signing: true })).files[0]!.notes[0]).toMatch(/“Verified”/);
    expect(planForApp(ACCOUNTS['mailbox-password'], 'ios', ctx()).files[0]!.notes[0]).toMatch(/“Unsigned” or “Not Verified”/);
  });

  it('Thunderbird: steps, and the autoconfig file only for IT', () => {
    for (const kind of ['microsoft-signin', 'mailbox-password'] as const) {
      const plan = planForApp(ACCOUNTS[kind], 'thunderbird', ctx());
      expect(plan.files).toEqual([]);
      expect(plan.steps.length).toBeGreaterThan(0);
      expect(plan.forIt.map((f) => f.id)).toContain('autoconfig');
    }
  });

  it('a printer or app: the settings sheet with server, port, security, user and the sign-in caveats', () => {
    const m365 = planForApp(ACCOUNTS['microsoft-password'], 'device', ctx());
    expect(m365.files.map((f) => f.id)).toEqual(['sheet-pdf', 'sheet']);
    expect(m365.forIt).toEqual([]);
    expect(m365.steps[0]).toBe('In the device’s email (SMTP) settings enter server smtp.office365.com, port 587, encryption STARTTLS.');
    expect(m365.steps[1]).toContain('sam@contoso.com');
    expect(m365.notes.join(' ')).toMatch(/by 31 December 2026/);
    expect(m365.notes.join(' ')).toMatch(/Direct Send/);
    expect(planForApp(ACCOUNTS['outlook-com'], 'device', ctx()).notes.join(' ')).toMatch(/only Microsoft sign-in since 16 September 2024/);
    expect(planForApp(ACCOUNTS['send-only'], 'device', ctx()).steps[1]).toMatch(/Sign-in: none/);
  });

  it('send-only settings give a mail app nothing, and say why', () => {
    for (const app of MAIL_APPS.filter((a) => a !== 'device')) {
      const plan = planForApp(ACCOUNTS['send-only'], app, ctx());
      expect(plan.files).toEqual([]);
      expect(plan.headline).toMatch(/only send mail/);
    }
  });

  it('the report is offered for IT only when a test result is available', () => {
    expect(planForApp(ACCOUNTS['microsoft-signin'], 'outlook-new', ctx()).forIt.map((f) => f.id)).not.toContain('report');
    expect(planForApp(ACCOUNTS['microsoft-signin'], 'outlook-new', ctx({ reportAvailable: true })).forIt.map((f) => f.id)).toContain('report');
  });
});

const accountArb = fc.oneof(
  fc.record({
    presetId: fc.constantFrom('microsoft365', 'outlook-com', 'microsoft365-gcc-high', 'microsoft365-relay'),
    address: fc.constantFrom('sam@contoso.com', 'a.b@hotmail.co.uk', 'Zoë@example.org'),
    auth: fc.constantFrom('oauth2', 'password', undefined),
  }),
  fc.record({
    presetId: fc.constantFrom('custom', 'smart-host'),
    address: fc.constantFrom('alice@example.com', 'bob@mail.example.org'),
    host: fc.constantFrom('smtp.example.com', 'outlook.office365.com'),
    port: fc.constantFrom(25, 465, 587),
    security: fc.constantFrom('starttls', 'tls', 'none'),
    auth: fc.constantFrom('password', 'none'),
    displayName: fc.constantFrom(undefined, 'Alice', 'Ωmega 中文'),
    incoming: fc.option(fc.record({ protocol: fc.constantFrom('imap', 'pop3'), host: fc.constant('in.example.com'), security: fc.constantFrom('tls', 'starttls', 'none') }), { nil: undefined }),
  }),
);
const contextArb = fc.record({ ewsAllowed: fc.boolean(), signing: fc.boolean(), reportAvailable: fc.boolean(), now: fc.constantFrom(BEFORE_EWS_OFF, AFTER_EWS_OFF) });

describe('property: over every app × account × context, every offered file really builds', () => {
  it('never offers a file that cannot succeed, nor one the rules forbid', () => {
    fc.assert(
      fc.property(accountArb, fc.constantFrom(...MAIL_APPS), contextArb, (input, app, context) => {
        const resolved = resolveExportAccount(input);
        if (!resolved.ok) return true;
        const acc = resolved.value;
        const plan = planForApp(acc, app, context);
        for (const file of [...plan.files, ...plan.forIt]) {
          if (file.target === 'report') continue;
          const built = buildExport({ format: file.target === 'sheet-pdf' ? 'sheet' : file.target, account: input, appleTarget: file.appleTarget, app: file.app });
          expect(built.ok, `${app} ${JSON.stringify(input)} ${file.id}`).toBe(true);
        }
        const ids = plan.files.map((f) => f.id);
        if (acc.microsoft) expect(ids).not.toContain('prf');
        if (!context.ewsAllowed || context.now === AFTER_EWS_OFF) expect(ids).not.toContain('mobileconfig-ews');
        if (acc.presetId === 'outlook-com') expect(ids.filter((id) => id === 'mobileconfig-macos' || id === 'mobileconfig-ews')).toEqual([]);
        if (acc.microsoft && plan.files.some((f) => f.target === 'mobileconfig')) {
          // A Microsoft mailbox only ever gets an Exchange payload with OAuth, never the password mail payload.
          for (const f of plan.files.filter((f) => f.target === 'mobileconfig')) {
            const built = buildExport({ format: 'mobileconfig', account: input, appleTarget: f.appleTarget });
            expect(built.ok && built.value.main.content).not.toContain('com.apple.mail.managed');
          }
        }
        expect(plan.headline.length).toBeGreaterThan(0);
        if (!context.reportAvailable) expect(plan.forIt.map((f) => f.id)).not.toContain('report');
        for (const id of plan.facts) expect(() => fact(id)).not.toThrow();
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('titles the steps with one whole message per app, never an option label pasted into "Set up {app}"', () => {
    expect(planForApp(ACCOUNTS['mailbox-password'], 'outlook-classic', ctx()).stepsTitle).toBe('Set up classic Outlook for Windows');
    expect(planForApp(ACCOUNTS['mailbox-password'], 'outlook-new', ctx()).stepsTitle).toBe('Set up new Outlook for Windows');
    expect(planForApp(ACCOUNTS['send-only'], 'device', ctx()).stepsTitle).toBe('Enter these settings in the device');
  });
});
