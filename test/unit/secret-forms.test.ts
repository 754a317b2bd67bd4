import { describe, expect, it } from 'vitest';
import { secretForms } from '../../shared/secret-forms';
import { redactText } from '../../shared/export/redaction';
import { Redactor } from '../../electron/probe/redaction';

const SECRET = 'Ca nary/Pa55+wörd=7f';
const bytes = Buffer.from(SECRET, 'utf8');

describe('secret forms: URL-encoded and hex (issue 13)', () => {
  const leaks: [string, string][] = [
    ['encodeURIComponent', encodeURIComponent(SECRET)],
    ['percent, lower-case hex', encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())],
    ['form body (space as +)', new URLSearchParams({ p: SECRET }).toString().slice(2)],
    ['every byte escaped', [...bytes].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('')],
    ['every byte escaped, lower case', [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')],
    ['hex', bytes.toString('hex')],
    ['HEX', bytes.toString('hex').toUpperCase()],
    ['base64url', bytes.toString('base64url')],
    ['base64url inside a longer payload', Buffer.from(`user=x\x01auth=Bearer ${SECRET}\x01\x01`).toString('base64url')],
  ];

  it.each(leaks)('the probe and the exports mask the %s form', (_name, leak) => {
    const text = `before ${leak} after`;
    const probe = new Redactor(secretForms(SECRET)).scrub(text);
    const exported = redactText(text, [SECRET]);
    for (const out of [probe, exported]) {
      expect(out.startsWith('before ')).toBe(true);
      expect(out).not.toContain(leak);
    }
  });

  it('each form is listed once, longest first, none shorter than the minimum', () => {
    const forms = secretForms(SECRET);
    expect(new Set(forms).size).toBe(forms.length);
    expect([...forms].sort((a, b) => b.length - a.length)).toEqual(forms);
    expect(forms.every((f) => f.length >= 4)).toBe(true);
    expect(secretForms('abc')).toEqual([]);
  });
});
