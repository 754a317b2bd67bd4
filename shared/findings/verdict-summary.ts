import type { MessageKey } from '../i18n';
import type { ProbeVerdict, RedactedProbeRequest, StageResult } from '../types';

/**
 * What a run proved, for the result heading. "Sending works" needs a real sign-in (the
 * server answered AUTH with 235, RFC 4954) and, when a test message was asked for, its
 * delivery; a run that never signed in only shows the server is reachable and secure.
 */
export type VerdictKind = 'works' | 'reachable-not-checked' | 'warning' | 'failed' | 'cancelled';

export interface VerdictSummary {
  kind: VerdictKind;
  /** The heading words; the warning kind has its own look, not the failure red. */
  heading: MessageKey;
  signedIn: boolean;
  testMessageDelivered: boolean | null;
}

export interface VerdictInput {
  verdict: ProbeVerdict;
  request: Pick<RedactedProbeRequest, 'auth' | 'sendTestTo'>;
  stages: readonly Pick<StageResult, 'id' | 'status' | 'evidence'>[];
}

const HEADINGS = {
  works: 'verdict.works',
  'reachable-not-checked': 'verdict.reachable-not-checked',
  warning: 'verdict.warning',
  failed: 'verdict.failed',
  cancelled: 'verdict.cancelled',
} as const satisfies Record<VerdictKind, MessageKey>;

/** Signed in only when AUTH passed and no reply but 235 is recorded as its answer. */
function signedIn(stages: VerdictInput['stages'], method: string): boolean {
  if (method === 'none') return false;
  const auth = stages.find((s) => s.id === 'auth');
  if (auth?.status !== 'pass') return false;
  const replies = auth.evidence.filter((e) => e.kind === 'reply');
  return replies.length === 0 || replies.some((e) => e.kind === 'reply' && e.code === 235);
}

export function summariseVerdict(result: VerdictInput): VerdictSummary {
  const isSignedIn = signedIn(result.stages, result.request.auth.method);
  const delivered = result.request.sendTestTo ? result.stages.some((s) => s.id === 'data' && s.status === 'pass') : null;
  let kind: VerdictKind;
  if (result.verdict === 'cancelled') kind = 'cancelled';
  else if (result.verdict === 'fail') kind = 'failed';
  else if (!isSignedIn || delivered === false) kind = 'reachable-not-checked';
  else kind = result.verdict === 'warn' ? 'warning' : 'works';
  return { kind, heading: HEADINGS[kind], signedIn: isSignedIn, testMessageDelivered: delivered };
}
