import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressField, hostField } from '../../shared/export/export-validation';
import { inLocale, loadLocale, setActiveLocale, t } from '../../shared/i18n';
import { addressSchema, hostSchema, isEmailAddress, isHostName } from '../../shared/validation';

describe('address and host checks', () => {
  it.each(['alice@example.com', 'a.b+tag@sub.example.co.uk', "o'neil@example.org", 'x@xn--bcher-kva.example'])('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each(['alice', '@example.com', 'alice@', 'alice@localhost', 'a..b@example.com', '.a@example.com', 'alice@exa mple.com', 'alice@1.2.3.4', 'alice@example.123', 'a"b@example.com', `${'a'.repeat(65)}@example.com`])(
    'refuses %s',
    (address) => {
      expect(isEmailAddress(address)).toBe(false);
    },
  );

  it.each(['smtp.office365.com', 'mailrelay', '10.0.0.25', 'xn--bcher-kva.example.', 'a-b.example'])('accepts host %s', (host) => {
    expect(isHostName(host)).toBe(true);
  });

  it.each(['', '-smtp.example.com', 'smtp-.example.com', 'smtp..example.com', 'smtp_example.com', '999.1.1.1', 'smtp.example.com/x', 'bü cher.example', 'xn--zz.example', 'bücher\u202e.example', `${'a'.repeat(64)}.com`, `${'a.'.repeat(126)}com`])(
    'refuses host %s',
    (host) => {
      expect(isHostName(host)).toBe(false);
    },
  );
});

describe('one rule from the wizard to the exports', () => {
  const candidates = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.tuple(fc.constantFrom(' ', '\t', '\u2028', '\u0085', '\u00a0', '\n'), fc.emailAddress()).map(([space, address]) => space + address),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.domain()).map(([local, domain]) => `${local}@${domain}`),
    fc.emailAddress(),
    fc.domain(),
  );

  it('an address the wizard and IPC accept is one every export accepts, and the other way round (property)', () => {
    fc.assert(
      fc.property(candidates, (value) => {
        expect(addressField().safeParse(value).success).toBe(addressSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });

  it('a server name the test accepts is one every export accepts, and the other way round (property)', () => {
    fc.assert(
      fc.property(candidates, (value) => {
        expect(hostField('export.field.host').safeParse(value).success).toBe(hostSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses the addresses only the exports used to refuse', () => {
    for (const address of ['a..b@example.com', 'alice@example.123', 'alice@1.2.3.4', 'a"b@example.com']) {
      expect(addressSchema.safeParse(address).success).toBe(false);
    }
  });
});

describe('messages in the language active when the input is checked', () => {
  // The schemas are built once, at load; their messages must still follow a later switch
  // of language (the header picker, the CLI's --lang), not the language of that moment.
  it('reads a refused host in German after switching to German, and in English again after', async () => {
    expect(await loadLocale('de')).toBe(true);
    const english = hostSchema.safeParse('smtp..example.com').error?.issues[0]?.message;
    expect(english).toBe(t('validation.host'));
    setActiveLocale('de');
    try {
      const german = hostSchema.safeParse('smtp..example.com');
      expect(german.success).toBe(false);
      expect(german.error?.issues[0]?.message).toBe(inLocale('de', () => t('validation.host')));
      expect(german.error?.issues[0]?.message).not.toBe(english);
    } finally {
      setActiveLocale('en');
    }
    expect(hostSchema.safeParse('smtp..example.com').error?.issues[0]?.message).toBe(english);
  });
});
