import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControlCharacters, hasUnsafeCharacters } from '../../shared/text-safety';

describe('escapeControlCharacters', () => {
  it('makes terminal escapes, CR, NUL, C1 and bidi overrides visible', () => {
    expect(escapeControlCharacters('220 \u001b]0;owned\u0007 ready\r\n')).toBe('220 \\x1b]0;owned\\x07 ready\\x0d\n');
    expect(escapeControlCharacters('a\u0000b\u0085c\u009bd')).toBe('a\\x00b\\x85c\\x9bd');
    expect(escapeControlCharacters('user\u202eexe.txt')).toBe('user\\u202eexe.txt');
    expect(escapeControlCharacters('x\u2028y\u2066z\ufeff')).toBe('x\\u2028y\\u2066z\\ufeff');
  });

  it('keeps printable text, tabs, backslashes and (by default) line feeds', () => {
    const text = 'C:\\Users\\sam\tüñí 中文 — “quoted”\nnext line';
    expect(escapeControlCharacters(text)).toBe(text);
    expect(escapeControlCharacters('a\nb', { multiline: false })).toBe('a\\x0ab');
  });

  it('leaves nothing a terminal would act on (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const out = escapeControlCharacters(text, { multiline: false });
        expect(hasUnsafeCharacters(out, { multiline: false })).toBe(false);
        expect(hasUnsafeCharacters(text, { multiline: false })).toBe(out !== text);
      }),
    );
  });
});
