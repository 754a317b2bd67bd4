/**
 * What the hostile server sends at its chosen moment instead of the right reply. Each act
 * is data (bytes and what to do next), so the server stays a plain state machine.
 */
import type { Behaviour } from './fuzz-case';
import type { Prng } from './prng';

export type Next = 'continue' | 'silent' | 'close';

export type Act =
  | { kind: 'write'; data: Buffer; next: Next }
  | { kind: 'trickle'; data: Buffer; intervalMs: number; next: Next }
  | { kind: 'endless'; line: string; linesPerTick: number; intervalMs: number }
  | { kind: 'silent' }
  | { kind: 'close' }
  | { kind: 'reset' }
  /** Bytes on the TCP socket under TLS (corrupts the TLS record stream). */
  | { kind: 'raw'; data: Buffer; next: Next }
  /** A plain-text greeting where a TLS ServerHello belongs. */
  | { kind: 'plain-greeting' };

/** ESC sequences (title, clear screen, cursor home, colour), NUL, C1 CSI, CR, NEL, LS, RLO. */
export const EVIL_TEXT = '\x1b]0;owned\x07\x1b[2J\x1b[1;1H\x1b[8mhidden\x1b[0m\x00\u202eexe.txt\x9b31m\rOK\u2028\x85';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const lines = (text: string) => `${text.split('\n').join('\r\n')}\r\n`;

function codeOf(normal: string): string {
  return /^\d{3}/.exec(normal)?.[0] ?? '250';
}

/** The normal reply with hostile text worked into every line; codes and keywords stay. */
export function withEvilText(normal: string): string {
  return normal
    .split('\n')
    .map((line, i) => (i === 0 || !/^\d{3}[- ](STARTTLS|AUTH|SIZE|8BITMIME|SMTPUTF8)/.test(line) ? `${line} ${EVIL_TEXT}` : line))
    .join('\n');
}

function malformed(normal: string, rng: Prng): Buffer {
  const code = codeOf(normal);
  const other = code === '250' ? '550' : '250';
  return rng.pick([
    () => bytes(`${code} no end of line`),
    () => bytes('abc def\r\n'),
    () => bytes(`${code}0 a four-digit code\r\n`),
    () => bytes(`${code.slice(0, 2)} two digits\r\n`),
    () => bytes(`${code}-first line of a reply that never ends\r\n`),
    () => bytes(`${code}-a\r\n${other} mismatched codes\r\n`),
    () => bytes(`${code} bare line feed\n`),
    () => bytes('\r\n\r\n\r\n'),
    () => Buffer.concat([bytes(`${code} `), Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xed, 0xa0, 0x80]), bytes('\r\n')]),
    () => bytes(` ${code} leading space\r\n`),
    () => bytes(`${code}\ttab instead of space\r\n`),
    () => bytes('999 a code from nowhere\r\n'),
    () => bytes(`${code}-${'x'.repeat(20)}\r\n`.repeat(50)),
  ])();
}

function wrongSuccess(normal: string, rng: Prng): Buffer {
  const code = codeOf(normal);
  const choices = ['250 2.7.0 fine', '220 ok', '299 success-ish', '2350 not quite', '235-partial', '200 ok', '251 ok'];
  // Never the one right reply: a 2xx that is not it, or a "235-" line that never ends.
  const pool = choices.filter((c) => !c.startsWith(`${code} `));
  return bytes(`${rng.pick(pool)}\r\n`);
}

export function hostileAct(behaviour: Behaviour, normal: string, rng: Prng): Act {
  const code = codeOf(normal);
  switch (behaviour) {
    case 'garbage':
      return { kind: 'write', data: rng.bytes(rng.int(1, 4096)), next: rng.pick<Next>(['silent', 'close']) };
    case 'malformed':
      return { kind: 'write', data: malformed(normal, rng), next: rng.pick<Next>(['silent', 'close']) };
    case 'oversized': {
      if (rng.chance(0.5)) {
        // Up to a little past nodemailer's 1 MB reply cap: the cap is what this tests.
        const size = rng.int(64 * 1024, 1152 * 1024);
        return { kind: 'write', data: bytes(`${code} ${'A'.repeat(size)}\r\n`), next: rng.pick<Next>(['continue', 'silent']) };
      }
      const count = rng.int(1000, 6000);
      const body = `${code}-${'B'.repeat(60)}\r\n`.repeat(count);
      return { kind: 'write', data: bytes(`${body}${lines(normal)}`), next: 'continue' };
    }
    case 'endless':
      return { kind: 'endless', line: `${code}-${'C'.repeat(70)}\r\n`, linesPerTick: 64, intervalMs: 2 };
    case 'slow':
      return { kind: 'trickle', data: bytes(lines(normal)), intervalMs: rng.int(40, 80), next: 'continue' };
    case 'silent':
      return { kind: 'silent' };
    case 'close':
      return { kind: 'close' };
    case 'reset':
      return { kind: 'reset' };
    case 'escape':
      return { kind: 'write', data: utf8(lines(withEvilText(normal))), next: 'continue' };
    case 'wrong-success':
      return { kind: 'write', data: wrongSuccess(normal, rng), next: rng.pick<Next>(['continue', 'silent', 'close']) };
    case 'raw-garbage':
      return { kind: 'raw', data: rng.bytes(rng.int(1, 2048)), next: rng.pick<Next>(['silent', 'close']) };
    case 'plain-instead-of-tls':
      return { kind: 'plain-greeting' };
  }
}
