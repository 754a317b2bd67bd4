import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../shared/findings';
import { VARIANTS } from './variants';

const ids = (input: Parameters<typeof classify>[0], context?: Parameters<typeof classify>[1]) => classify(input, context).map((m) => m.id);

const textVariants = VARIANTS.filter((v): v is typeof v & { input: string } => typeof v.input === 'string' && v.input !== '');
// Replies that start with their code: the form libraries put a prefix in front of.
const replyVariants = textVariants.filter((v) => /^[2-5]\d\d[ -]/.test(v.input));

const trailer = fc
  .tuple(
    fc.stringMatching(/^[A-Z]{2}[0-9][A-Z]{2}[0-9]{2}[A-Z]{2}[0-9]{4}$/),
    fc.constantFrom('DEUP281.PROD.OUTLOOK.COM', 'namprd05.prod.outlook.com', 'eurprd02.prod.outlook.com'),
    fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
    fc.stringMatching(/^[0-9A-F]{16}$/),
    fc.boolean(),
  )
  .map(([server, domain, date, id, long]) => (long ? ` [${server}.${domain} ${date.toISOString()} ${id}]` : ` [${server}.${domain}]`));

const prefix = fc.constantFrom(
  'Error: ',
  'Invalid login: ',
  'Error: Invalid login: ',
  'Mail command failed: ',
  'Data command failed: ',
  'SMTP Error: ',
  'SERVER -> CLIENT: ',
  '2026-11-23 10:11:12 SERVER -> CLIENT: ',
  'The server response was: ',
  'javax.mail.AuthenticationFailedException: ',
);

const randomCase = (text: string, flips: boolean[]) =>
  [...text].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');

describe('classify properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), (input) => {
        const result = classify(input as never);
        expect(Array.isArray(result)).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => Array.isArray(classify(text))), { numRuns: 500 });
    const cyclic: Record<string, unknown> = { code: 'EAUTH' };
    cyclic.cause = cyclic;
    expect(() => classify(cyclic as never)).not.toThrow();
    // 1,000 arbitrary values take ~3 s on a busy shared machine; the default 5 s is too tight.
  }, 20_000);

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...VARIANTS.map((v) => v.input)), fc.string()), (input) => {
        expect(classify(input)).toEqual(classify(input));
      }),
    );
  });

  it('ignores the [HOST timestamp id] trailer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...textVariants), trailer, (variant, tail) => {
        expect(ids(variant.input + tail, variant.context)).toEqual(ids(variant.input, variant.context));
      }),
      { numRuns: 300 },
    );
  });

  it('ignores library prefixes in front of a server reply', () => {
    fc.assert(
      fc.property(fc.constantFrom(...replyVariants), prefix, (variant, before) => {
        expect(ids(before + variant.input, variant.context)).toEqual(ids(variant.input, variant.context));
      }),
      { numRuns: 300 },
    );
  });

  it('ignores letter case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...textVariants), fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), (variant, flips) => {
        expect(ids(randomCase(variant.input, flips), variant.context)).toEqual(ids(variant.input, variant.context));
      }),
      { numRuns: 300 },
    );
  });

  it('ignores runs of spaces and tabs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...textVariants), fc.constantFrom('  ', '\t', ' \t ', '   '), (variant, gap) => {
        expect(ids(variant.input.replace(/ /g, gap), variant.context)).toEqual(ids(variant.input, variant.context));
      }),
      { numRuns: 300 },
    );
  });
});
