/**
 * Every form a secret could leak in, built here independently of the code under test
 * (shared/secret-forms.ts), so a form that code forgets is still looked for.
 */
const MIN = 6;

/** The characters of base64(prefix + secret + suffix) that depend only on the secret, at each alignment. */
function base64Cores(bytes: Buffer, encode: (b: Buffer) => string): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const text = encode(Buffer.concat([Buffer.alloc(offset, 0x41), bytes]));
    cores.push(text.slice(Math.ceil((offset * 8) / 6), Math.floor(((offset + bytes.length) * 8) / 6)));
  }
  return cores;
}

export interface CanaryForm {
  name: string;
  text: string;
}

export function canaryForms(secret: string, user: string, kind: 'password' | 'token'): CanaryForm[] {
  const bytes = Buffer.from(secret, 'utf8');
  const b64 = (b: Buffer) => b.toString('base64');
  const b64url = (b: Buffer) => b.toString('base64url');
  const forms: CanaryForm[] = [
    { name: 'plain', text: secret },
    { name: 'JSON-escaped', text: JSON.stringify(secret).slice(1, -1) },
    { name: 'base64', text: b64(bytes) },
    ...base64Cores(bytes, b64).map((text, i) => ({ name: `base64 at alignment ${i}`, text })),
    { name: 'base64url', text: b64url(bytes) },
    ...base64Cores(bytes, b64url).map((text, i) => ({ name: `base64url at alignment ${i}`, text })),
    { name: 'URL-encoded', text: encodeURIComponent(secret) },
    { name: 'URL-encoded, lower-case hex', text: encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()) },
    { name: 'form-encoded', text: new URLSearchParams({ x: secret }).toString().slice(2) },
    { name: 'every byte percent-encoded', text: [...bytes].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('') },
    { name: 'hex', text: bytes.toString('hex') },
    { name: 'HEX', text: bytes.toString('hex').toUpperCase() },
  ];
  if (kind === 'password') {
    const plain = Buffer.from(`\0${user}\0${secret}`, 'utf8');
    forms.push({ name: 'AUTH PLAIN payload', text: b64(plain) }, { name: 'AUTH PLAIN payload (base64url)', text: b64url(plain) });
  } else {
    const xoauth = Buffer.from(`user=${user}\x01auth=Bearer ${secret}\x01\x01`, 'utf8');
    forms.push({ name: 'XOAUTH2 payload', text: b64(xoauth) }, { name: 'XOAUTH2 payload (base64url)', text: b64url(xoauth) });
  }
  const seen = new Set<string>();
  return forms.filter((form) => form.text.length >= MIN && !seen.has(form.text) && seen.add(form.text));
}

export interface CanaryHit {
  output: string;
  form: string;
}

/** Scans outputs (name → text) for every form; returns the hits and what was scanned. */
export function scanForCanaries(outputs: ReadonlyMap<string, string>, forms: readonly CanaryForm[]): { hits: CanaryHit[]; comparisons: number } {
  const hits: CanaryHit[] = [];
  for (const [output, text] of outputs) {
    for (const form of forms) if (text.includes(form.text)) hits.push({ output, form: form.name });
  }
  return { hits, comparisons: outputs.size * forms.length };
}
