/**
 * What a run records, and the one thing every stage room is handed: the run's settings
 * (read only) with its recorder and transcript. Stage results stream out as events the
 * moment they end; the transcript is redacted line by line before it is stored.
 */
import type { AuthMethod, Evidence, PresetId, ProbeEvent, ProbeRequest, ProbeTimeouts, Security, StageDetail, StageId, StageResult, StageStatus, TranscriptLine, TranscriptMarker } from '../../shared/types';
import { stageDetail, type SkipReason } from '../../shared/stage-details';
import { timeoutForStage } from '../../shared/stages';
import { AuthExchangeRedactor, type Redactor } from './redaction';
import type { TrustStore } from './tls-trust';

/** One probe run as the stage rooms see it. Nothing here changes while the run goes. */
export interface Run {
  readonly request: ProbeRequest;
  readonly timeouts: ProbeTimeouts;
  readonly now: () => Date;
  readonly signal?: AbortSignal;
  /** The name the certificate must match: the SNI override, else the host. */
  readonly checkedName: string;
  /** The SNI override for a host given as an IP address. */
  readonly servername?: string;
  readonly microsoftHost: boolean;
  readonly trust: TrustStore;
  readonly rec: StageRecorder;
  readonly transcript: Transcript;
}

/** Deadline (performance.now() ms) for a stage that starts now. */
export function stageDeadline(run: Run, stage: StageId): number {
  return performance.now() + timeoutForStage(stage, run.timeouts);
}

/** What the classifier may know besides the evidence; structurally shared/findings' ClassifyContext. */
export interface ProbeClassifyContext {
  stage?: StageId;
  host: string;
  port: number;
  security: Security;
  presetId?: PresetId;
  authMethod: AuthMethod;
  microsoftHost: boolean;
  now: Date;
}

/** The findings classifier (shared/findings classifyAll, wired in electron/findings-wiring.ts). */
export type Classify = (evidence: Evidence[], context: ProbeClassifyContext) => string[];

export interface RecorderOptions {
  runId: string;
  plan: readonly StageId[];
  elapsedMs: () => number;
  emit: (event: ProbeEvent) => void;
  redactor: Redactor;
  transcript: Transcript;
  context: Omit<ProbeClassifyContext, 'stage'>;
  classify?: Classify;
}

/**
 * Records stage results as they happen and streams them: stage-start when a stage
 * begins, stage-end with its result. Results come out in plan order.
 */
export class StageRecorder {
  private readonly results = new Map<StageId, StageResult>();
  private open: { id: StageId; startedAtMs: number; evidence: Evidence[] } | null = null;
  private wasCancelled = false;

  constructor(private readonly o: RecorderOptions) {}

  get current(): StageId | null {
    return this.open?.id ?? null;
  }

  get cancelled(): boolean {
    return this.wasCancelled;
  }

  begin(id: StageId): void {
    if (this.open) this.end('fail', stageDetail('internal.stage-left-open'));
    const atMs = this.o.elapsedMs();
    this.open = { id, startedAtMs: atMs, evidence: [] };
    this.o.emit({ runId: this.o.runId, type: 'stage-start', stage: id, atMs });
  }

  /** Evidence for the open stage that is known before it ends (e.g. a 354 on the way). */
  note(...evidence: Evidence[]): void {
    this.open?.evidence.push(...evidence);
  }

  end(status: StageStatus, detail: StageDetail, evidence: Evidence[] = []): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    const durationMs = Math.max(0, this.o.elapsedMs() - open.startedAtMs);
    this.record({ id: open.id, status, startedAtMs: open.startedAtMs, durationMs, detail, evidence: [...open.evidence, ...evidence], findings: [] });
  }

  skip(id: StageId, reason: SkipReason): void {
    if (this.results.has(id)) return;
    this.record({ id, status: 'skipped', startedAtMs: this.o.elapsedMs(), durationMs: 0, detail: stageDetail('skipped', { reason }), evidence: [], findings: [] });
  }

  /** Marks the run cancelled; finish() then closes the open stage and the rest as skipped. */
  cancel(): void {
    this.wasCancelled = true;
    this.o.transcript.error('cancelled');
  }

  /** Closes an open stage as skipped and skips every stage not yet reported. */
  finish(): void {
    const reason: SkipReason = this.wasCancelled ? 'cancelled' : 'earlier-failure';
    if (this.open) this.end('skipped', stageDetail('skipped', { reason }));
    for (const id of this.o.plan) this.skip(id, reason);
  }

  stages(): StageResult[] {
    return this.o.plan.flatMap((id) => this.results.get(id) ?? []);
  }

  private record(stage: StageResult): void {
    const evidence = this.o.redactor.scrubDeep(stage.evidence);
    const findings = this.o.classify && evidence.length > 0 ? this.o.classify(evidence, { ...this.o.context, stage: stage.id }) : [];
    const result: StageResult = { ...stage, detail: this.o.redactor.scrubDeep(stage.detail), evidence, findings: [...new Set(findings)] };
    this.results.set(stage.id, result);
    this.o.emit({ runId: this.o.runId, type: 'stage-end', stage: result });
  }
}

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
      const limit = `transcript truncated (limit ${TRANSCRIPT_MAX_LINES} lines / ${TRANSCRIPT_MAX_BYTES / 1024} KB)`;
      this.stored.push({ atMs: this.elapsedMs(), marker: '***', text: limit });
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
