import { describe, expect, it } from 'vitest';
import { autodiscoverCheck, dmarcCheck, domainNotes, domainProvider, mxCheck, sortMx, spfCheck } from '../../../electron/discover/domain-records';

describe('MX', () => {
  it('sorts numerically, where a boolean comparator (Thunderbird’s) does not', () => {
    const records = [
      { exchange: 'c.example.', priority: 20 },
      { exchange: 'a.example', priority: 100 },
      { exchange: 'b.example', priority: 5 },
      { exchange: 'd.example', priority: 10 },
    ];
    expect(sortMx(records).map((r) => r.priority)).toEqual([5, 10, 20, 100]);
    expect(sortMx(records)[2]?.exchange).toBe('c.example');
  });

  it('finds the Microsoft 365 protection host for relay and Direct Send', () => {
    const check = mxCheck([
      { exchange: 'backup.mx.example', priority: 20 },
      { exchange: 'Contoso-com.mail.protection.outlook.com.', priority: 0 },
    ]);
    expect(check).toMatchObject({ status: 'found', microsoft365: true, protectionHost: 'contoso-com.mail.protection.outlook.com', outlookCom: false });
  });

  it('tells Outlook.com and other providers apart, and an empty answer', () => {
    expect(mxCheck([{ exchange: 'hotmail-com.olc.protection.outlook.com', priority: 2 }])).toMatchObject({ microsoft365: false, outlookCom: true });
    expect(mxCheck([{ exchange: 'aspmx.l.google.com', priority: 1 }])).toMatchObject({ microsoft365: false, protectionHost: null });
    expect(mxCheck([]).status).toBe('none');
  });
});

describe('SPF, DMARC, autodiscover', () => {
  it('joins TXT chunks and finds the Microsoft include', () => {
    const check = spfCheck([['google-site-verification=abc'], ['v=spf1 ip4:192.0.2.0/24 ', 'include:spf.protection.outlook.com -all']]);
    expect(check).toMatchObject({ status: 'found', includesMicrosoft: true });
    expect(check.record).toBe('v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com -all');
  });

  it('does not take a look-alike include for Microsoft’s', () => {
    expect(spfCheck([['v=spf1 include:spf.protection.outlook.com.evil.example -all']]).includesMicrosoft).toBe(false);
    expect(spfCheck([['v=spf1 include:_spf.google.com ~all']])).toMatchObject({ status: 'found', includesMicrosoft: false });
    expect(spfCheck([['some other text']])).toMatchObject({ status: 'none', record: null });
  });

  it('reads the DMARC policy', () => {
    expect(dmarcCheck([['v=DMARC1; p=reject; rua=mailto:d@example.org']])).toMatchObject({ status: 'found', policy: 'reject' });
    expect(dmarcCheck([['v=DMARC1;p=quarantine']]).policy).toBe('quarantine');
    expect(dmarcCheck([['v=DMARC1; p=none']]).policy).toBe('none');
    expect(dmarcCheck([]).status).toBe('none');
  });

  it('recognises Microsoft’s autodiscover', () => {
    expect(autodiscoverCheck(['autodiscover.outlook.com.'])).toEqual({ status: 'found', target: 'autodiscover.outlook.com', microsoft: true });
    expect(autodiscoverCheck(['mail.example.org']).microsoft).toBe(false);
    expect(autodiscoverCheck([]).status).toBe('none');
  });
});

describe('provider and notes', () => {
  it('decides the provider from MX first, then SPF or autodiscover', () => {
    const mx = mxCheck([{ exchange: 'mx.filter.example', priority: 10 }]);
    const spf = spfCheck([['v=spf1 include:spf.protection.outlook.com -all']]);
    const autodiscover = autodiscoverCheck([]);
    expect(domainProvider('contoso.com', { mx, spf, autodiscover })).toBe('microsoft365');
    expect(domainProvider('contoso.com', { mx, spf: spfCheck([]), autodiscover })).toBe('other');
    expect(domainProvider('hotmail.co.uk', { mx, spf, autodiscover })).toBe('outlook-com');
    const failed = { ...mxCheck([]), status: 'failed' as const };
    expect(domainProvider('contoso.com', { mx: failed, spf: { ...spfCheck([]), status: 'failed' }, autodiscover })).toBe('unknown');
  });

  it('explains each check in plain words, in a fixed order', () => {
    const notes = domainNotes('contoso.com', {
      mx: mxCheck([{ exchange: 'contoso-com.mail.protection.outlook.com', priority: 0 }]),
      spf: spfCheck([['v=spf1 include:spf.protection.outlook.com -all']]),
      autodiscover: autodiscoverCheck(['autodiscover.outlook.com']),
      dmarc: dmarcCheck([['v=DMARC1; p=reject']]),
    });
    expect(notes).toEqual([
      { key: 'discover.domain.mx.microsoft365', params: { domain: 'contoso.com', host: 'contoso-com.mail.protection.outlook.com' } },
      { key: 'discover.domain.spf.microsoft', params: { domain: 'contoso.com' } },
      { key: 'discover.domain.autodiscover.microsoft', params: { domain: 'contoso.com' } },
      { key: 'discover.domain.dmarc.strict', params: { domain: 'contoso.com', policy: 'reject' } },
    ]);
  });

  it('says when a lookup failed, with its code', () => {
    const notes = domainNotes('example.org', {
      mx: { ...mxCheck([]), status: 'failed', error: 'ESERVFAIL' },
      spf: spfCheck([]),
      autodiscover: autodiscoverCheck(['autodiscover.example.org']),
      dmarc: dmarcCheck([['v=DMARC1; p=none']]),
    });
    expect(notes.map((n) => n.key)).toEqual([
      'discover.domain.mx.failed',
      'discover.domain.spf.none',
      'discover.domain.autodiscover.other',
      'discover.domain.dmarc.monitor',
    ]);
    expect(notes[0]?.params).toEqual({ domain: 'example.org', code: 'ESERVFAIL' });
  });
});
