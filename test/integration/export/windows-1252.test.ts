/**
 * The .prf encoder checked against an independent codec: glibc's iconv. (Node 20's
 * TextDecoder treats "windows-1252" as Latin-1, so it cannot serve as the oracle.)
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../../shared/export/windows-1252';

const UNDEFINED_IN_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

describe('Windows-1252 encoder', () => {
  it('encodes every character of the code page to the byte iconv assigns it', () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i).filter((i) => !UNDEFINED_IN_1252.includes(i)));
    const text = execFileSync('iconv', ['-f', 'WINDOWS-1252', '-t', 'UTF-8'], { input: bytes }).toString('utf8');
    expect(Buffer.from(encodeWindows1252(text) ?? [])).toEqual(bytes);
  });

  it('refuses exactly what iconv cannot encode', () => {
    for (const sample of ['Łódź', '山田', '😀', '\u0081']) {
      expect(() => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'WINDOWS-1252'], { input: sample, stdio: ['pipe', 'pipe', 'ignore'] })).toThrow();
      expect(encodeWindows1252(sample)).toBeNull();
    }
  });
});
