import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CliCommand, CliIo } from '../../electron/cli/command';
import { dispatch } from '../../electron/cli/dispatch';
import { terminalSafe, terminalSafeJson, wantsJson } from '../../electron/cli/safe-output';
import { hasUnsafeCharacters } from '../../shared/text-safety';

const EVIL = '220 ready\x1b]0;owned\x07\x1b[2J\x1b[8mhidden\x1b[0m\x00\u202eexe.txt\x9b31m\rOK\u2028\x85\x7f\u2066';

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => (io.out += text),
    stderr: (text: string) => (io.err += text),
    readStdin: async () => '',
    env: {},
  };
  return io;
}

/** A command that prints server text the way probe and explain do. */
const echo: CliCommand = {
  name: 'echo',
  summary: 'test',
  usage: 'test',
  async run(args, io) {
    if (args.includes('--json')) io.stdout(`${JSON.stringify({ reply: EVIL }, null, 2)}\n`);
    else io.stdout(`detail\t${EVIL}\nnext line\n`);
    io.stderr(`warning: ${EVIL}\n`);
    return 0;
  },
};

describe('terminal-safe CLI output (issue 13)', () => {
  it('human mode: every control, C1 and bidi character is made visible; our tabs and line feeds stay', async () => {
    const io = capture();
    await dispatch(['echo'], [echo], io);
    expect(io.out).toBe(
      'detail\t220 ready\\x1b]0;owned\\x07\\x1b[2J\\x1b[8mhidden\\x1b[0m\\x00\\u202eexe.txt\\x9b31m\\x0dOK\\u2028\\x85\\x7f\\u2066\nnext line\n',
    );
    expect(hasUnsafeCharacters(io.err)).toBe(false);
  });

  it('--json: still exactly one JSON document, parsing to the same value, with nothing raw', async () => {
    const io = capture();
    await dispatch(['echo', '--json'], [echo], io);
    expect(JSON.parse(io.out)).toEqual({ reply: EVIL });
    expect(hasUnsafeCharacters(io.out)).toBe(false);
    expect(io.out).toContain('\\u001b]0;owned\\u0007');
    expect(io.out).toContain('\\u202eexe.txt\\u009b31m\\rOK\\u2028\\u0085\\u007f\\u2066');
    expect(hasUnsafeCharacters(io.err)).toBe(false);
  });

  it('any JSON value survives the escaping unchanged (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 2, stringUnit: 'binary' }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const safe = terminalSafeJson(text);
        expect(JSON.parse(safe)).toEqual(JSON.parse(text));
        expect(hasUnsafeCharacters(safe)).toBe(false);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('human text keeps nothing a terminal acts on (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(hasUnsafeCharacters(terminalSafe(text))).toBe(false);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('--json after "--" is text, not the flag', () => {
    expect(wantsJson(['explain', '--json'])).toBe(true);
    expect(wantsJson(['explain', '--', '--json'])).toBe(false);
  });
});
