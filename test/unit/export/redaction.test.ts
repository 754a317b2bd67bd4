import { describe, expect, it } from 'vitest';
import { REDACTED, redactProbeResult, redactText, secretForms } from '../../../shared/export/redaction';
import { CANARY_PASSWORD, CANARY_TOKEN, canaryForms, canaryResult, healthyResult } from '../../fixtures/export/probe-results';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('redaction guard', () => {
  it('removes every canary form from a result that carries them everywhere', () => {
    const text = JSON.stringify(redactProbeResult(canaryResult()));
    for (const form of canaryForms()) expect(text, form).not.toContain(form);
  });

  it('keeps what the admin needs: replies, commands, capability lists', () => {
    const safe = redactProbeResult(canaryResult());
    const lines = safe.transcript.map((line) => line.text);
    expect(lines).toContain('250 AUTH LOGIN XOAUTH2');
    expect(lines).toContain('QUIT');
    expect(lines).toContain('STARTTLS');
    expect(lines).toContain('EHLO mail-setup.local');
    expect(lines).toContain('AUTH LOGIN');
    expect(lines).toContain('334 UGFzc3dvcmQ6');
    expect(lines).toContain(`AUTH PLAIN ${REDACTED}`);
    expect(safe.stages.find((s) => s.id === 'auth')?.findings).toEqual(['auth.smtp-auth-disabled-tenant']);
    expect(safe.capabilities.authMechanisms).toEqual(['LOGIN', 'XOAUTH2']);
  });

  it('redacts a lower-case client AUTH line with its argument', () => {
    const result = healthyResult();
    result.transcript.push({ atMs: 1, marker: '->', text: `auth plain ${b64('\0bob\0secret-pw')}` });
    expect(redactProbeResult(result).transcript.at(-1)?.text).toBe(`auth plain ${REDACTED}`);
  });

  it('leaves a clean result unchanged', () => {
    expect(redactProbeResult(healthyResult())).toEqual(healthyResult());
  });

  it('blanks secret-named keys at any depth', () => {
    const safe = redactProbeResult(canaryResult()) as unknown as { request: { auth: Record<string, unknown>; accessToken: unknown } };
    expect(safe.request.auth.password).toBe(REDACTED);
    expect(safe.request.accessToken).toBe(REDACTED);
    expect(safe.request.auth.method).toBe('oauth2');
  });

  it('strips a known secret even inside free text and inside base64 at any alignment', () => {
    const secret = 'open-sesame-42';
    for (const prefix of ['', 'a', 'ab', '\0user\0']) {
      const encoded = b64(`${prefix}${secret}`);
      expect(redactText(`blob ${encoded} end`, [secret]), prefix).not.toContain(b64(secret).slice(4, 12));
    }
    expect(redactText(`the word ${secret} here`, [secret])).toBe(`the word ${REDACTED} here`);
    expect(secretForms('abc')).toEqual([]);
  });

  it('catches bearer tokens, JWTs and password=… pairs without being told the secret', () => {
    expect(redactText(`Authorization: Bearer ${CANARY_TOKEN}`)).not.toContain('eyJ');
    expect(redactText(`id ${CANARY_TOKEN} seen`)).toBe(`id ${REDACTED} seen`);
    expect(redactText(`password=${CANARY_PASSWORD} user=bob`)).toBe(`password=${REDACTED} user=bob`);
    expect(redactText(`client_secret: "abc def"`)).toBe(`client_secret: ${REDACTED}`);
  });

  it('does not mistake a capability list, prose or an earlier marker for credentials', () => {
    expect(redactText('250-AUTH LOGIN PLAIN XOAUTH2')).toBe('250-AUTH LOGIN PLAIN XOAUTH2');
    expect(redactText('SMTP AUTH is off for this mailbox')).toBe('SMTP AUTH is off for this mailbox');
    expect(redactText('AUTH XOAUTH2 <redacted base64 AUTH argument>')).toBe('AUTH XOAUTH2 <redacted base64 AUTH argument>');
    expect(redactText(`AUTH LOGIN ${b64('bob')}`)).toBe(`AUTH LOGIN ${REDACTED}`);
  });
});
