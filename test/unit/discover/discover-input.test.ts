import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../../shared/i18n';
import { setActiveLocale } from '../../../shared/i18n/active-locale';
import { chooseTarget } from '../../../electron/discover/choose-target';
import { presetIdForHost } from '../../../shared/presets';
import { mxCheck, spfCheck, autodiscoverCheck, dmarcCheck } from '../../../electron/discover/domain-records';
import { discoverRequestSchema, parseDiscoverInput, parsePortSpecs, portsToTry, reasonParams, type DomainCheck } from '../../../shared/discovery';

describe('parsePortSpecs', () => {
  it('reads bare ports with their usual mode and explicit modes', () => {
    const parsed = parsePortSpecs('587, 25,465,2525/tls,587');
    expect(parsed).toEqual({
      ok: true,
      value: [
        { port: 587, security: 'starttls' },
        { port: 25, security: 'starttls' },
        { port: 465, security: 'tls' },
        { port: 2525, security: 'tls' },
      ],
    });
  });

  it.each(['', '0', '70000', 'abc', '587/ssl', '25;587'])('refuses %j', (text) => {
    const parsed = parsePortSpecs(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code: 'INVALID_INPUT', field: 'ports' });
  });
});

describe('parseDiscoverInput', () => {
  it('takes an address and keeps its domain', () => {
    expect(parseDiscoverInput(' Anna@Contoso.COM ')).toEqual({ ok: true, value: { kind: 'address', address: 'Anna@Contoso.COM', domain: 'contoso.com' } });
  });

  it('takes a host name or IPv4 address', () => {
    expect(parseDiscoverInput('SMTP.office365.com.')).toEqual({ ok: true, value: { kind: 'host', host: 'smtp.office365.com' } });
    expect(parseDiscoverInput('127.0.0.1')).toEqual({ ok: true, value: { kind: 'host', host: '127.0.0.1' } });
  });

  it.each(['anna@', 'a b@c.com', 'smtp.office365.com\r\nRSET', '', 'host_name!'])('refuses %j', (text) => {
    expect(parseDiscoverInput(text).ok).toBe(false);
  });

  it('says what is wrong in one whole sentence with the value in it', () => {
    expect(parseDiscoverInput('anna@')).toMatchObject({ ok: false, error: { message: '"anna@" is not a valid email address' } });
    expect(parseDiscoverInput('host_name!')).toMatchObject({ ok: false, error: { message: '"host_name!" is neither an email address nor a server name' } });
    expect(parsePortSpecs('587/ssl')).toMatchObject({ ok: false, error: { message: '"587/ssl" is not a port (1–65535, optionally /starttls, /tls or /none)' } });
    expect(parsePortSpecs(' , ')).toMatchObject({ ok: false, error: { message: 'no port given' } });
  });
});

describe('reasonParams', () => {
  afterEach(() => setActiveLocale('en'));

  it('fills a sentence with the diagnosis in words, leaving the data as numbers and ids', () => {
    const clock = { key: 'discover.clock.ahead', params: { minutes: 150 } } as const;
    expect(t(clock.key, reasonParams(clock))).toBe('This computer’s clock is about 150 minutes ahead of the mail server’s. Correct the date and time in the system settings.');
    const tls = { key: 'discover.reason.tls-problem', params: { port: 587, diagnosis: 'hostname-mismatch' } } as const;
    expect(t(tls.key, reasonParams(tls))).toBe('Port 587 answered, but its secure connection could not be trusted (made out for a different server name).');
    expect(tls.params.diagnosis).toBe('hostname-mismatch');
    expect(reasonParams(tls)).toMatchObject({ port: 587, diagnosis: 'made out for a different server name' });
  });
});

describe('portsToTry', () => {
  it('tries 587, 25 and 465 at Microsoft, plus 2525 elsewhere', () => {
    expect(portsToTry('smtp.office365.com').map((p) => `${p.port}/${p.security}`)).toEqual(['587/starttls', '25/starttls', '465/tls']);
    expect(portsToTry('mail.example.org').map((p) => p.port)).toEqual([587, 25, 465, 2525]);
  });
});

function domain(partial: Partial<DomainCheck>): DomainCheck {
  return {
    domain: 'contoso.com',
    provider: 'other',
    mx: mxCheck([]),
    spf: spfCheck([]),
    autodiscover: autodiscoverCheck([]),
    dmarc: dmarcCheck([]),
    notes: [],
    durationMs: 1,
    ...partial,
  };
}

describe('chooseTarget', () => {
  const address = { kind: 'address', address: 'anna@contoso.com', domain: 'contoso.com' } as const;

  it('sends Outlook.com brands to smtp-mail.outlook.com without DNS', () => {
    const target = chooseTarget({ kind: 'address', address: 'joe@hotmail.co.uk', domain: 'hotmail.co.uk' }, 'joe@hotmail.co.uk', null);
    expect(target).toMatchObject({ host: 'smtp-mail.outlook.com', hostSource: 'consumer-domain', presetId: 'outlook-com', microsoft: true });
  });

  it('uses smtp.office365.com and the MX host for relay when the MX is Microsoft 365', () => {
    const mx = mxCheck([{ exchange: 'contoso-com.mail.protection.outlook.com', priority: 0 }]);
    const target = chooseTarget(address, 'anna@contoso.com', domain({ provider: 'microsoft365', mx }));
    expect(target).toMatchObject({ host: 'smtp.office365.com', hostSource: 'microsoft365-mx', relayHost: 'contoso-com.mail.protection.outlook.com', presetId: 'microsoft365' });
  });

  it('says when only SPF / autodiscover point to Microsoft 365, or nothing does', () => {
    expect(chooseTarget(address, 'x', domain({ provider: 'microsoft365' })).hostSource).toBe('microsoft365-dns');
    expect(chooseTarget(address, 'x', domain({ provider: 'other' }))).toMatchObject({ hostSource: 'default', host: 'smtp.office365.com', relayHost: null });
  });

  it('keeps a given host and infers its preset', () => {
    expect(chooseTarget({ kind: 'host', host: 'mail.example.org' }, 'mail.example.org', null)).toMatchObject({ hostSource: 'given', presetId: 'custom', microsoft: false });
    expect(chooseTarget({ kind: 'host', host: '127.0.0.1' }, '127.0.0.1', null, 'smtp.office365.com')).toMatchObject({ presetId: 'microsoft365', microsoft: true });
    expect(presetIdForHost('contoso-com.mail.protection.outlook.com')).toBe('microsoft365-relay');
    expect(presetIdForHost('outlook.office365.us')).toBe('microsoft365-gcc-high');
    expect(presetIdForHost('outlook-dod.office365.us')).toBe('microsoft365-dod');
  });
});

describe('discoverRequestSchema', () => {
  it('accepts an address with options', () => {
    const parsed = discoverRequestSchema.safeParse({ input: 'anna@contoso.com', options: { ports: [{ port: 587, security: 'starttls' }], timeouts: { connect: 2000 } } });
    expect(parsed.success).toBe(true);
  });

  it.each([
    [{ input: 'smtp.office365.com\r\nRSET' }],
    [{ input: '' }],
    [{ input: 'x.example', options: { ports: [{ port: 0, security: 'starttls' }] } }],
    [{ input: 'x.example', options: { dialPort: 1 } }],
    [{ input: 'x.example', options: { timeouts: { connect: 5 } } }],
  ])('refuses %j', (request) => {
    expect(discoverRequestSchema.safeParse(request).success).toBe(false);
  });
});
