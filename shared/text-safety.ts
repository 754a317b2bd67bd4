/**
 * Text from a server, a pasted log or a settings file is shown in terminals and kept as
 * evidence. Control characters in it can rewrite a terminal (ESC sequences set the title
 * or clear the screen, CR overwrites a line) or reorder what a reader sees (bidi
 * overrides). This makes every such character visible instead: `\x1b`, `\x85`, `\u202e`.
 * Printable text, tabs and backslashes are left as they are. Pure, so the probe's stored
 * evidence, the CLI and any screen escape exactly the same set.
 */

// C0 but TAB and LF, DEL, C1, and the Unicode characters that move or reorder text:
// ALM, LRM/RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI, LS/PS, BOM/ZWNBSP.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export interface EscapeOptions {
  /** Keep LF as a line break (multi-line output); otherwise LF is shown as `\x0a` too. Default true. */
  multiline?: boolean;
}

/** The text with every control and reordering character made visible. */
export function escapeControlCharacters(text: string, options: EscapeOptions = {}): string {
  const pattern = options.multiline === false ? UNSAFE_OR_NEWLINE : UNSAFE;
  return text.replace(pattern, visible);
}

/** Whether the text holds anything escapeControlCharacters would change. */
export function hasUnsafeCharacters(text: string, options: EscapeOptions = {}): boolean {
  const pattern = options.multiline === false ? UNSAFE_OR_NEWLINE : UNSAFE;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
