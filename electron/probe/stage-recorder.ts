import type { AuthMethod, Evidence, PresetId, ProbeEvent, Security, StageId, StageResult, StageStatus } from '../../shared/types';
import type { Redactor } from './redaction';
import { SKIP_DETAIL, type SkipReason } from './stages';

/** What the classifier may know besides the evidence. */
/** Structurally compatible with shared/findings ClassifyContext, so classifyAll plugs in directly. */
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

/** The findings classifier (shared/findings classifyAll), injected by the lead. */
export type Classify = (evidence: Evidence[], context: ProbeClassifyContext) => string[];

interface OpenStage {
  id: StageId;
  startedAtMs: number;
  evidence: Evidence[];
}

/**
 * Records stage results as they happen and streams them as events: stage-start when a
 * stage begins, stage-end with its result. Stages are reported in plan order.
 */
export class StageRecorder {
  private readonly results = new Map<StageId, StageResult>();
  private open: OpenStage | null = null;

  constructor(
    private readonly runId: string,
    private readonly plan: readonly StageId[],
    private readonly elapsedMs: () => number,
    private readonly emit: (event: ProbeEvent) => void,
    private readonly redactor: Redactor,
    private readonly context: Omit<ProbeClassifyContext, 'stage'>,
    private readonly classify?: Classify,
  ) {}

  get current(): StageId | null {
    return this.open?.id ?? null;
  }

  begin(id: StageId): void {
    if (this.open) this.end('fail', 'internal: stage left open');
    const atMs = this.elapsedMs();
    this.open = { id, startedAtMs: atMs, evidence: [] };
    this.emit({ runId: this.runId, type: 'stage-start', stage: id, atMs });
  }

  /** Evidence for the open stage that is known before it ends (e.g. a 334 on the way). */
  note(...evidence: Evidence[]): void {
    this.open?.evidence.push(...evidence);
  }

  end(status: StageStatus, detail: string, evidence: Evidence[] = []): StageResult | null {
    const open = this.open;
    if (!open) return null;
    this.open = null;
    return this.record({
      id: open.id,
      status,
      startedAtMs: open.startedAtMs,
      durationMs: Math.max(0, this.elapsedMs() - open.startedAtMs),
      detail,
      evidence: [...open.evidence, ...evidence],
      findings: [],
    });
  }

  skip(id: StageId, reason: SkipReason): void {
    if (this.results.has(id)) return;
    this.record({ id, status: 'skipped', startedAtMs: this.elapsedMs(), durationMs: 0, detail: SKIP_DETAIL[reason], evidence: [], findings: [] });
  }

  /** Closes an open stage as skipped (cancel) and skips every stage not yet reported. */
  finish(reason: SkipReason): void {
    if (this.open) this.end('skipped', SKIP_DETAIL[reason]);
    for (const id of this.plan) this.skip(id, reason);
  }

  hasFailure(): boolean {
    return [...this.results.values()].some((stage) => stage.status === 'fail');
  }

  stages(): StageResult[] {
    return this.plan.flatMap((id) => {
      const stage = this.results.get(id);
      return stage ? [stage] : [];
    });
  }

  private record(stage: StageResult): StageResult {
    const evidence = this.redactor.scrubDeep(stage.evidence);
    const findings = this.classify && evidence.length > 0 ? this.classify(evidence, { ...this.context, stage: stage.id }) : [];
    const result: StageResult = { ...stage, detail: this.redactor.scrub(stage.detail), evidence, findings: [...new Set(findings)] };
    this.results.set(stage.id, result);
    this.emit({ runId: this.runId, type: 'stage-end', stage: result });
    return result;
  }
}
