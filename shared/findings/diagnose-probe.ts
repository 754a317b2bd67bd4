import type { Evidence, RedactedProbeRequest, StageResult, TlsReport } from '../types';
import { classify, type ClassifyContext, type FindingMatch } from './classify';
import { clockOffsetMinutes, greetingDate } from './clock';
import { decide, type DiagnoseOptions, type Diagnosis } from './diagnose';
import type { DescribeParams } from './describe';
import type { FindingId } from './ids';
import { uniqueRecognised } from './recognised';

/** The parts of a probe result a diagnosis needs (ProbeResult fits). */
export interface ProbeDiagnosisInput {
  request: Pick<RedactedProbeRequest, 'host' | 'port' | 'security' | 'presetId' | 'auth'>;
  startedAt: string;
  stages: readonly Pick<StageResult, 'id' | 'status' | 'startedAtMs' | 'evidence'>[];
  tls?: TlsReport | null;
}

// Fact evidence may carry structured params (clock offset, interceptor); read them defensively.
function factParam(evidence: readonly Evidence[], name: string): unknown {
  for (const e of evidence) {
    const params = (e as { params?: Record<string, unknown> }).params;
    if (e.kind === 'fact' && params && name in params) return params[name];
  }
  return undefined;
}

/** This computer's clock against the time the server's greeting states. */
function measuredClockOffset(result: ProbeDiagnosisInput): number | undefined {
  const all = result.stages.flatMap((s) => s.evidence);
  const given = factParam(all, 'clockOffsetMinutes');
  if (typeof given === 'number' && Number.isFinite(given)) return given;
  const started = Date.parse(result.startedAt);
  for (const stage of result.stages) {
    for (const e of stage.evidence) {
      if (e.kind !== 'reply' || e.code !== 220) continue;
      const server = greetingDate(e.text);
      if (server && Number.isFinite(started)) return clockOffsetMinutes(new Date(started + stage.startedAtMs), server);
    }
  }
  return undefined;
}

export function probeContext(result: ProbeDiagnosisInput): ClassifyContext {
  const { request } = result;
  const context: ClassifyContext = {
    host: request.host,
    port: request.port,
    security: request.security,
    authMethod: request.auth.method,
    reachedServer: result.stages.some((s) => s.evidence.some((e) => e.kind === 'reply')),
  };
  if (request.presetId) context.presetId = request.presetId;
  const clock = measuredClockOffset(result);
  if (clock !== undefined) context.clockOffsetMinutes = clock;
  return context;
}

/**
 * A whole probe result → one answer: every failing or warning stage's evidence is
 * classified with the run's context (preset, auth method, port, security, stage, the
 * clock from the greeting), then the most likely cause wins and contradicting ones are
 * set aside. The result page and the diagnostic report call this.
 */
export function diagnoseProbe(result: ProbeDiagnosisInput, options: DiagnoseOptions & { address?: string } = {}): Diagnosis {
  const context = probeContext(result);
  const best = new Map<FindingId, FindingMatch>();
  for (const stage of result.stages.filter((s) => s.status === 'fail' || s.status === 'warn')) {
    for (const evidence of stage.evidence) {
      for (const match of classify(evidence, { ...context, stage: stage.id })) {
        const current = best.get(match.id);
        if (!current || match.score > current.score) best.set(match.id, match);
      }
    }
  }
  const decided = decide([...best.values()], options);
  const interceptor = result.tls?.interceptor ?? factParam(result.stages.flatMap((s) => s.evidence), 'interceptor');
  const describe: DescribeParams = { sender: { kind: 'this-app' }, host: result.request.host, port: result.request.port };
  if (options.address) describe.address = options.address;
  if (typeof interceptor === 'string' && interceptor.trim()) describe.interceptor = interceptor;
  if (context.clockOffsetMinutes !== undefined) describe.clockOffsetMinutes = context.clockOffsetMinutes;
  if (decided.primary?.quote) describe.quote = decided.primary.quote;
  return { ...decided, recognised: uniqueRecognised([...(decided.primary?.matched ?? [])]), describe };
}

/**
 * The order for ProbeResult.findings (a public --json field): the answer first, then the
 * other possible causes, then what was set aside; nothing the rules saw is dropped.
 */
export function findingOrder(diagnosis: Pick<Diagnosis, 'primary' | 'others' | 'setAside'>): FindingId[] {
  const ids = [diagnosis.primary?.id, ...diagnosis.others.map((o) => o.id), ...diagnosis.setAside.map((s) => s.id)];
  return [...new Set(ids.filter((id): id is FindingId => id !== undefined))];
}

export function probeFindingOrder(result: ProbeDiagnosisInput): FindingId[] {
  return findingOrder(diagnoseProbe(result, { maxOthers: Number.POSITIVE_INFINITY }));
}
