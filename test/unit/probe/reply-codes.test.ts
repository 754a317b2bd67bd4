import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../electron/probe/smtp-replies';

describe('a reply is one code (found by the fuzz lab: "235-a" then "250 …" passed AUTH)', () => {
  it('refuses a multi-line reply whose lines carry different codes', () => {
    expect(parseReply('235-a\r\n250 mismatched codes')).toBeNull();
    expect(parseReply('250-a\r\n25 b')).toBeNull();
  });

  it('keeps well-formed replies', () => {
    expect(parseReply('235 2.7.0 Authentication successful')).toMatchObject({ code: 235, enhanced: '2.7.0' });
    expect(parseReply('250-smtp.example\r\n250-AUTH LOGIN\r\n250 SIZE 1000')).toMatchObject({ code: 250 });
    expect(parseReply('235')).toMatchObject({ code: 235 });
  });
});
