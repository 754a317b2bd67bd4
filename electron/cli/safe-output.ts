/**
 * Terminal-safe CLI output, applied once where every command writes (dispatch.ts). The
 * CLI prints text from servers and from whatever was pasted into `explain`; raw, an ESC
 * sequence in it could set the terminal title, clear the screen or hide lines, and a bidi
 * override could reorder what IT reads. Human output shows such characters escaped
 * (`\x1b`, `\u202e`; shared/text-safety.ts, the same escaping as stored evidence), keeping
 * only the line feeds and tabs of the layout. `--json` output stays exactly JSON that
 * parses to the same value: JSON.stringify already escapes C0, and the rest (DEL, C1,
 * LS/PS, bidi and BOM) is written as `\uXXXX` escapes too.
 */
import { escapeControlCharacters } from '../../shared/text-safety';
import type { CliIo } from './command';

// What escapeControlCharacters makes visible (but TAB and LF), as JSON escapes. Inside
// JSON.stringify's output these can only stand inside strings, where \uXXXX means the same.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const JSON_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

/** Human output: every control and reordering character made visible, line feeds and tabs kept. */
export function terminalSafe(text: string): string {
  return escapeControlCharacters(text);
}

/** JSON output: the same document, with nothing a terminal would act on left raw. */
export function terminalSafeJson(jsonText: string): string {
  return jsonText.replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether argv asks for JSON on stdout (the shared `--json` flag). */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/** The CLI's streams with terminal safety applied: stdout by mode, stderr always as human text. */
export function terminalSafeIo(io: CliIo, json: boolean): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(json ? terminalSafeJson(text) : terminalSafe(text)),
    stderr: (text) => io.stderr(terminalSafe(text)),
  };
}
