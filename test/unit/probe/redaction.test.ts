import { describe, expect, it } from 'vitest';
import { REDACTED_AUTH_ARGUMENT, Redactor, requestSecrets, secretForms } from '../../../electron/probe/redaction';
import { Transcript, TRANSCRIPT_MAX_BYTES, TRANSCRIPT_MAX_LINES } from '../../../electron/probe/recorder';

const USER = 'canary.user@contoso.example';
const PASSWORD = 'Canary-Pa55word-7f3a9c';
const TOKEN = 'eyJhbGciOiJub25lIn0.eyJjYW5hcnkiOiJ0b2tlbi1hYmMxMjMifQ.canary-signature-9d8e';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Every way a canary could leak: plain, and base64 at each alignment inside a longer payload. */
function leakForms(secret: string): string[] {
  return [secret, b64(secret), ...[0, 1, 2].map((pad) => b64('x'.repeat(pad) + secret).slice(4, -4))].filter((f) => f.length >= 6);
}

function transcriptFor(auth: Parameters<typeof requestSecrets>[0]) {
  let ms = 0;
  return new Transcript(() => ms++, new Redactor(requestSecrets(auth)));
}

function expectNoCanary(text: string, ...secrets: string[]) {
  for (const secret of secrets) for (const form of leakForms(secret)) expect(text).not.toContain(form);
}

describe('transcript redaction', () => {
  it('AUTH LOGIN: user and password lines after 334 are replaced, even unmasked', () => {
    const t = transcriptFor({ method: 'password', user: USER, password: PASSWORD });
    t.client('AUTH LOGIN', true);
    t.server('334 VXNlcm5hbWU6', true);
    t.client(b64(USER), true);
    t.server('334 UGFzc3dvcmQ6', true);
    t.client(b64(PASSWORD), true);
    t.server('535 5.7.139 Authentication unsuccessful', true);
    t.client('QUIT', true);
    const lines = t.lines();
    expect(lines.map((l) => l.text)).toEqual([
      'AUTH LOGIN',
      '334 VXNlcm5hbWU6',
      REDACTED_AUTH_ARGUMENT,
      '334 UGFzc3dvcmQ6',
      REDACTED_AUTH_ARGUMENT,
      '535 5.7.139 Authentication unsuccessful',
      'QUIT',
    ]);
    expect(lines.map((l) => l.marker)).toEqual(['~>', '<~', '~>', '<~', '~>', '<~', '~>']);
    expectNoCanary(JSON.stringify(lines), USER, PASSWORD);
  });

  it('AUTH PLAIN inline: the whole argument goes (it carries the user name)', () => {
    const t = transcriptFor({ method: 'password', user: USER, password: PASSWORD });
    t.client(`AUTH PLAIN ${b64(`\0${USER}\0${PASSWORD}`)}`, true);
    t.server('235 2.7.0 Authentication successful', true);
    t.client(`MAIL FROM:<${USER}>`, true);
    const texts = t.lines().map((l) => l.text);
    expect(texts[0]).toBe(`AUTH PLAIN ${REDACTED_AUTH_ARGUMENT}`);
    // The plain address in MAIL FROM is not a secret and stays readable.
    expect(texts[2]).toBe(`MAIL FROM:<${USER}>`);
    expectNoCanary(JSON.stringify(t.lines()), PASSWORD);
    expect(JSON.stringify(t.lines())).not.toContain(b64(`\0${USER}`).slice(0, 12));
  });

  it('AUTH PLAIN after 334 (empty initial response)', () => {
    const t = transcriptFor({ method: 'password', user: USER, password: PASSWORD });
    t.client('AUTH PLAIN', true);
    t.server('334 ', true);
    t.client(b64(`\0${USER}\0${PASSWORD}`), true);
    t.server('235 2.7.0 Authentication successful', true);
    expect(t.lines().map((l) => l.text)).toEqual(['AUTH PLAIN', '334 ', REDACTED_AUTH_ARGUMENT, '235 2.7.0 Authentication successful']);
    expectNoCanary(JSON.stringify(t.lines()), USER, PASSWORD);
  });

  it('XOAUTH2 inline, with the 334 error challenge and the empty reply line', () => {
    const t = transcriptFor({ method: 'oauth2', user: USER, accessToken: TOKEN });
    t.client(`AUTH XOAUTH2 ${b64(`user=${USER}\x01auth=Bearer ${TOKEN}\x01\x01`)}`, true);
    t.server(`334 ${b64('{"status":"401","schemes":"bearer","scope":"https://outlook.office.com/SMTP.Send"}')}`, true);
    t.client('', true);
    t.server('535 5.7.3 Authentication unsuccessful', true);
    const texts = t.lines().map((l) => l.text);
    expect(texts[0]).toBe(`AUTH XOAUTH2 ${REDACTED_AUTH_ARGUMENT}`);
    expect(texts[2]).toBe('');
    expectNoCanary(JSON.stringify(t.lines()), USER, TOKEN);
  });

  it('XOAUTH2 sent after a 334 continuation', () => {
    const t = transcriptFor({ method: 'oauth2', user: USER, accessToken: TOKEN });
    t.client('AUTH XOAUTH2', true);
    t.server('334 ', true);
    t.client(b64(`user=${USER}\x01auth=Bearer ${TOKEN}\x01\x01`), true);
    t.server('235 2.7.0 Authentication successful', true);
    expect(t.lines()[2]?.text).toBe(REDACTED_AUTH_ARGUMENT);
    expectNoCanary(JSON.stringify(t.lines()), USER, TOKEN);
  });

  it('scrubs a secret that shows up anywhere else, in plain or base64 at any offset', () => {
    const r = new Redactor(requestSecrets({ method: 'password', user: USER, password: PASSWORD }));
    for (const pad of ['', 'a', 'ab', 'abc']) {
      const leaked = b64(`${pad}${PASSWORD}tail`);
      expectNoCanary(r.scrub(`server echoed ${leaked}`), PASSWORD);
    }
    expect(r.scrub(`oops ${PASSWORD} here`)).toBe('oops <redacted> here');
    const deep = r.scrubDeep({ a: [{ b: `x${PASSWORD}y` }], n: 3, z: null });
    expect(deep).toEqual({ a: [{ b: 'x<redacted>y' }], n: 3, z: null });
  });

  it('does not scrub values too short to be told apart from ordinary text', () => {
    expect(secretForms('abc')).toEqual([]);
    expect(requestSecrets({ method: 'none' })).toEqual([]);
    expect(new Redactor(requestSecrets({ method: 'password', user: 'bob', password: 'pw' })).scrub('bob pw 250 OK')).toBe('bob pw 250 OK');
  });
});

describe('transcript markers, timing and size', () => {
  it('marks plain, TLS, info and error lines swaks-style and splits multi-line replies', () => {
    let ms = 10;
    const t = new Transcript(() => (ms += 5), new Redactor([]));
    t.info('Trying smtp.office365.com:587...');
    t.client('EHLO [127.0.0.1]', false);
    t.server('250-host Hello\n250-STARTTLS\n250 SIZE 157286400', false);
    t.client('EHLO [127.0.0.1]', true);
    t.server('250 host', true);
    t.error('timed out');
    const lines = t.lines();
    expect(lines.map((l) => `${l.marker} ${l.text}`)).toEqual([
      '=== Trying smtp.office365.com:587...',
      '-> EHLO [127.0.0.1]',
      '<- 250-host Hello',
      '<- 250-STARTTLS',
      '<- 250 SIZE 157286400',
      '~> EHLO [127.0.0.1]',
      '<~ 250 host',
      '*** timed out',
    ]);
    expect(lines.map((l) => l.atMs)).toEqual([15, 20, 25, 30, 35, 40, 45, 50]);
  });

  it('caps the line count with one marker line', () => {
    const t = new Transcript(() => 0, new Redactor([]));
    for (let i = 0; i < TRANSCRIPT_MAX_LINES + 100; i++) t.server(`250 line ${i}`, false);
    const lines = t.lines();
    expect(lines).toHaveLength(TRANSCRIPT_MAX_LINES);
    expect(lines.at(-1)).toMatchObject({ marker: '***', text: expect.stringContaining('truncated') });
  });

  it('caps the size at 64 KB', () => {
    const t = new Transcript(() => 0, new Redactor([]));
    for (let i = 0; i < 200; i++) t.server(`250 ${'x'.repeat(900)}`, false);
    const lines = t.lines();
    const bytes = lines.reduce((sum, l) => sum + Buffer.byteLength(l.text), 0);
    expect(bytes).toBeLessThanOrEqual(TRANSCRIPT_MAX_BYTES);
    expect(lines.length).toBeLessThan(200);
    expect(lines.at(-1)?.text).toContain('truncated');
  });
});
