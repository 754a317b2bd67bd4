import fc from 'fast-check';
import * as plist from 'plist';
import { describe, expect, it } from 'vitest';
import { plistXml, type PlistNode } from '../../../shared/export/plist-xml';

// Characters XML 1.0 can carry (no C0 except tab/LF; CR would be normalised by any parser).
// eslint-disable-next-line no-control-regex -- XML 1.0 excludes these control characters
const xmlText = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !/[\u0000-\u0008\u000b-\u001f\ufffe\uffff\r]/.test(s));

// Keys with a visible character: the plist package's parser misreads whitespace-only keys
// (e.g. "<key> </key>" sometimes comes back as "\n"); profile keys are fixed identifiers.
const key = xmlText.filter((k) => k.trim() !== '' && k !== '__proto__');

const { tree } = fc.letrec<{ tree: PlistNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    xmlText,
    fc.integer(),
    fc.boolean(),
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
  ),
}));

describe('plist XML writer', () => {
  it('round-trips through the plist package parser (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(key, tree, { maxKeys: 5 }), (root) => {
        expect(plist.parse(plistXml(root))).toEqual(root);
      }),
    );
  });

  it('writes exactly what the plist package\'s Node builder writes (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), (root) => {
        expect(plistXml(root)).toBe(`${plist.build(root as plist.PlistValue)}\n`);
      }),
    );
  });

  it('escapes markup and refuses non-finite numbers', () => {
    expect(plistXml({ a: '<b>&</b>' })).toContain('<string>&lt;b&gt;&amp;&lt;/b&gt;</string>');
    expect(() => plistXml({ a: Number.NaN })).toThrow();
  });
});
