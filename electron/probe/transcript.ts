import type { TranscriptLine, TranscriptMarker } from '../../shared/types';
import { AuthExchangeRedactor, type Redactor } from './redaction';

export const TRANSCRIPT_MAX_LINES = 500;
export const TRANSCRIPT_MAX_BYTES = 64 * 1024;
const MAX_LINE_CHARS = 1000;

/**
 * A swaks-style transcript: `->`/`<-` in plain, `~>`/`<~` inside TLS, `===` info,
 * `***` errors. Credentials are redacted here, before a line is stored, so nothing
 * downstream (events, results, exports) can ever see them.
 */
export class Transcript {
  private readonly stored: TranscriptLine[] = [];
  private bytes = 0;
  private truncated = false;
  private readonly auth = new AuthExchangeRedactor();

  constructor(
    private readonly elapsedMs: () => number,
    private readonly redactor: Redactor,
  ) {}

  /** A line the client sent. */
  client(text: string, secure: boolean): void {
    for (const line of splitLines(text)) this.push(secure ? '~>' : '->', this.auth.client(line));
  }

  /** A (possibly multi-line) reply the server sent. */
  server(text: string, secure: boolean): void {
    for (const line of splitLines(text)) {
      this.auth.server(line);
      this.push(secure ? '<~' : '<-', line);
    }
  }

  info(text: string): void {
    for (const line of splitLines(text)) this.push('===', line);
  }

  error(text: string): void {
    for (const line of splitLines(text)) this.push('***', line);
  }

  lines(): TranscriptLine[] {
    return this.stored.map((line) => ({ ...line }));
  }

  private push(marker: TranscriptMarker, raw: string): void {
    if (this.truncated) return;
    let text = this.redactor.scrub(raw);
    if (text.length > MAX_LINE_CHARS) text = `${text.slice(0, MAX_LINE_CHARS)}… (${text.length} characters)`;
    const size = Buffer.byteLength(text, 'utf8') + 8;
    // One slot and a little room stay free for the truncation marker.
    if (this.stored.length >= TRANSCRIPT_MAX_LINES - 1 || this.bytes + size > TRANSCRIPT_MAX_BYTES - 200) {
      this.truncated = true;
      this.stored.push({
        atMs: this.elapsedMs(),
        marker: '***',
        text: `transcript truncated (limit ${TRANSCRIPT_MAX_LINES} lines / ${TRANSCRIPT_MAX_BYTES / 1024} KB)`,
      });
      return;
    }
    this.bytes += size;
    this.stored.push({ atMs: this.elapsedMs(), marker, text });
  }
}

function splitLines(text: string): string[] {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  return lines.length === 0 ? [''] : lines;
}
