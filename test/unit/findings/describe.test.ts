import { describe, expect, it } from 'vitest';
import { classify, classifyAll, describeFinding, detectedSenderText } from '../../../shared/findings';

describe('describeFinding', () => {
  it('fills the address, host and port into the words and the admin setting', () => {
    const d = describeFinding('network.port-blocked', { host: 'smtp.office365.com', port: 587, address: 'anna@contoso.com' });
    expect(d.explanation).toContain('smtp.office365.com on port 587');
    expect(d.adminMessage).toContain('Server: smtp.office365.com, port 587.');
    expect(describeFinding('auth.smtp-auth-disabled-mailbox', { address: 'anna@contoso.com' }).adminMessage).toContain(
      'Get-CASMailbox -Identity anna@contoso.com',
    );
  });

  it('uses a visible placeholder, not an empty gap, when the address is unknown', () => {
    const message = describeFinding('auth.smtp-auth-disabled-mailbox').adminMessage;
    expect(message).toContain('Set-CASMailbox -Identity <my email address> -SmtpClientAuthenticationDisabled $false');
  });

  it("quotes the server's reply to IT, and to the person for unknown errors", () => {
    const [match] = classify('550 5.7.999 Something nobody has seen before');
    expect(match).toEqual({ id: 'unknown', score: 0, quote: '550 5.7.999 Something nobody has seen before' });
    const d = describeFinding('unknown', { quote: match?.quote });
    expect(d.explanation).toContain('“550 5.7.999 Something nobody has seen before”');
    expect(d.adminMessage).toContain('The exact error message was:\n550 5.7.999 Something nobody has seen before');
  });

  it('names the intercepting product when known', () => {
    const d = describeFinding('tls.intercepted', { interceptor: 'Avast Web/Mail Shield', host: 'smtp.office365.com', port: 587 });
    expect(d.explanation).toContain('Avast Web/Mail Shield');
    expect(d.adminMessage).toContain('exempt smtp.office365.com port 587');
  });

  it('carries severity, fixer, source and the as-of date', () => {
    expect(describeFinding('auth.basic-auth-disabled')).toMatchObject({ severity: 'error', who: 'you', asOf: '2026-12-01', severityLabel: 'Problem', whoLabel: 'You' });
    expect(describeFinding('send.concurrency-limit')).toMatchObject({ severity: 'warning', who: 'wait', whoLabel: 'Nobody: it clears with time' });
    expect(describeFinding('auth.basic-auth-disabled').facts).toContain('smtp-auth.basic-off-by-default');
  });
});

describe('classifyAll', () => {
  it('merges evidence, drops duplicates and ranks the root cause first', () => {
    const ids = classifyAll(
      [
        { kind: 'fact', fact: 'no-auth-after-tls' },
        { kind: 'reply', command: 'MAIL FROM', code: 530, enhanced: '5.7.57', text: 'Client not authenticated to send mail.' },
        { kind: 'reply', command: 'MAIL FROM', code: 530, enhanced: '5.7.57', text: 'Client not authenticated to send mail.' },
      ],
      {},
    );
    expect(ids).toEqual(['auth.not-offered', 'auth.required']);
  });

  it('drops unknown when something else explains the failure, keeps it when nothing does', () => {
    expect(classifyAll([{ kind: 'fact', fact: 'offline' }, { kind: 'reply', command: 'QUIT', code: 599, text: '???' }], {})).toEqual([
      'network.offline',
    ]);
    expect(classifyAll([{ kind: 'reply', command: 'QUIT', code: 599, text: '???' }], {})).toEqual(['unknown']);
  });

  it('returns nothing for success replies', () => {
    expect(classifyAll([{ kind: 'reply', command: 'EHLO', code: 250, text: 'smtp.office365.com Hello' }], {})).toEqual([]);
    expect(classify('250 2.0.0 OK <id@host> [Hostname=AM0PR02MB1234.eurprd02.prod.outlook.com]')).toEqual([]);
  });

  it('writes how far off the clock is in minutes, hours or days', () => {
    expect(describeFinding('tls.clock-skew', { clockOffsetMinutes: -45 }).explanation).toContain('about 45 minutes behind');
    expect(describeFinding('tls.clock-skew', { clockOffsetMinutes: 3 * 1440 }).explanation).toContain('about 3 days ahead');
  });
});

describe('detectedSenderText', () => {
  it('names who sent a pasted text in neutral words, with the product when known', () => {
    expect(detectedSenderText({ kind: 'device', product: 'HP LaserJet' })).toBe('The text looks like it came from a printer or scanner (HP LaserJet).');
    expect(detectedSenderText({ kind: 'mail-app' })).toBe('The text looks like it came from a mail app.');
    expect(detectedSenderText({ kind: 'website', product: ' ' })).toBe('The text looks like it came from a website or script.');
    expect(detectedSenderText({ kind: 'unknown', product: 'x' })).toBe('The text does not say which app or device sent it.');
  });
});

describe('describeFinding works out dated values only for words that name them', () => {
  /** Counts Intl.DateTimeFormat constructions while `fn` runs (a date in words costs one). */
  function countDateFormats(fn: () => void): number {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made += 1;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Object.assign(Counting, Original);
    Intl.DateTimeFormat = Counting;
    try {
      fn();
    } finally {
      Intl.DateTimeFormat = Original;
    }
    return made;
  }

  it('formats no date for a finding whose words name none', () => {
    let d: ReturnType<typeof describeFinding> | undefined;
    expect(countDateFormats(() => (d = describeFinding('auth.smtp-auth-disabled-tenant', { address: 'anna@contoso.com' })))).toBe(0);
    expect(d?.adminMessage).toContain('anna@contoso.com');
  });

  it('still fills in the date where the words name one', () => {
    let d: ReturnType<typeof describeFinding> | undefined;
    expect(countDateFormats(() => (d = describeFinding('auth.basic-auth-disabled')))).toBeGreaterThan(0);
    expect(d?.explanation).toMatch(/From the end of [A-Z][a-z]+ \d{4} it is off by default/);
  });
});
