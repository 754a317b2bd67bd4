import fc from 'fast-check';
import * as plist from 'plist';
import { describe, expect, it } from 'vitest';
import { plistXml, type PlistNode } from '../../../shared/export/plist-xml';

// Characters XML 1.0 can carry (no C0 except tab, LF and CR), with the line ends parsers
// normalise mixed in often so the writer's character references are exercised.
// eslint-disable-next-line no-control-regex -- XML 1.0 excludes these control characters
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const LINE_ENDS = /[\r\u0085\u2028\u2029]/;
const xmlText = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) }, { weight: 1, arbitrary: fc.constantFrom('\r', '\r\n', '\u0085', '\u2028', '\u2029') }), { maxLength: 5 })
  .map((parts) => parts.join(''))
  .filter((s) => !XML_INVALID.test(s));

const key = xmlText.filter((k) => k !== '__proto__');

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
      // plist.build writes line ends literally; everything else must match byte for byte.
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }).filter((root) => !LINE_ENDS.test(JSON.stringify(root))), (root) => {
        expect(plistXml(root)).toBe(`${plist.build(root as plist.PlistValue)}\n`);
      }),
    );
  });

  it('escapes markup and line ends, and refuses non-finite numbers', () => {
    expect(plistXml({ a: '<b>&</b>' })).toContain('<string>&lt;b&gt;&amp;&lt;/b&gt;</string>');
    expect(plistXml({ '\u2028k': 'a\r\nb\u0085' })).toContain('<key>&#x2028;k</key>\n    <string>a&#xD;\nb&#x85;</string>');
    expect(plist.parse(plistXml({ ' !': '', '\u2028!': '\u2029' }))).toEqual({ ' !': '', '\u2028!': '\u2029' });
    expect(() => plistXml({ a: Number.NaN })).toThrow();
  });
});
