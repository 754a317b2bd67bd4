/**
 * What a test proved, for the result heading, its checked / not checked list and the CLI's
 * verdict line. The decision is the diagnosis's (shared/findings/verdict-summary.ts: signed
 * in only on 235, delivered only when the test message went through); this adds what the
 * screens need on top: a server that took mail without sign-in, a connection that was not
 * encrypted (never called "secure"), the tone, and the list. The verdict itself (and the
 * CLI's exit code) is unchanged: this is how it is put into words.
 */
import { summariseVerdict } from './findings/verdict-summary';
import type { MessageKey } from './i18n';
import type { ProbeResult, StageId } from './types';

export type Proven =
  | 'sending-works'
  | 'sending-works-warning'
  /** No sign-in, but the server took a test message (a relay that trusts this network). */
  | 'accepted-without-sign-in'
  | 'reachable-secure-not-checked'
  | 'reachable-plain-not-checked'
  | 'not-working'
  | 'cancelled';

/** How the heading looks: a warning has its own look, never the failure's. */
export type ProvenTone = 'success' | 'warning' | 'info' | 'danger' | 'neutral';

type ResultFacts = Pick<ProbeResult, 'verdict' | 'stages' | 'request'>;

const passed = (result: ResultFacts, id: StageId) => result.stages.some((s) => s.id === id && (s.status === 'pass' || s.status === 'warn'));

export function provenOutcome(result: ResultFacts): Proven {
  const { kind } = summariseVerdict(result);
  if (kind === 'cancelled') return 'cancelled';
  if (kind === 'failed') return 'not-working';
  if (kind === 'works') return 'sending-works';
  if (kind === 'warning') return 'sending-works-warning';
  if (!summariseVerdict(result).signedIn && passed(result, 'data')) return 'accepted-without-sign-in';
  return result.request.security === 'none' ? 'reachable-plain-not-checked' : 'reachable-secure-not-checked';
}

/** The diagnosis's words where it has them; the others are the result page's own. */
export const PROVEN_HEADING: Readonly<Record<Proven, MessageKey>> = {
  'sending-works': 'verdict.works',
  'sending-works-warning': 'verdict.warning',
  'accepted-without-sign-in': 'verdict.heading.accepted-without-sign-in',
  'reachable-secure-not-checked': 'verdict.reachable-not-checked',
  'reachable-plain-not-checked': 'verdict.heading.reachable-plain-not-checked',
  'not-working': 'verdict.heading.not-working',
  cancelled: 'verdict.heading.cancelled',
};

export function provenTone(result: ResultFacts): ProvenTone {
  const proven = provenOutcome(result);
  if (proven === 'not-working') return 'danger';
  if (proven === 'cancelled') return 'neutral';
  if (result.verdict === 'warn') return 'warning';
  return proven === 'sending-works' ? 'success' : 'info';
}

export type CheckItem = 'reach' | 'secure' | 'sign-in' | 'message';
export type CheckState = 'checked' | 'not-checked' | 'failed' | 'not-asked';

/** What the test checked and what it did not, in the order the conversation goes. */
export function checkList(result: ResultFacts): Array<{ item: CheckItem; state: CheckState }> {
  const state = (ids: StageId[], asked = true): CheckState => {
    const stages = result.stages.filter((s) => ids.includes(s.id));
    if (stages.some((s) => s.status === 'fail')) return 'failed';
    if (stages.length > 0 && stages.every((s) => s.status === 'pass' || s.status === 'warn')) return 'checked';
    return asked ? 'not-checked' : 'not-asked';
  };
  return [
    { item: 'reach', state: state(['connect', 'greeting']) },
    { item: 'secure', state: result.request.security === 'none' ? 'not-checked' : state(['starttls', 'tls']) },
    // Checked only when the diagnosis counts it as a real sign-in (235), like the heading.
    { item: 'sign-in', state: summariseVerdict(result).signedIn ? 'checked' : state(['auth']) === 'failed' ? 'failed' : 'not-checked' },
    { item: 'message', state: state(['data'], result.request.sendTestTo !== undefined) },
  ];
}

export const CHECK_WORDS: Readonly<Record<CheckItem, Readonly<Record<CheckState, MessageKey>>>> = {
  reach: {
    checked: 'verdict.check.reach.checked',
    'not-checked': 'verdict.check.reach.not-checked',
    failed: 'verdict.check.reach.failed',
    'not-asked': 'verdict.check.reach.not-checked',
  },
  secure: {
    checked: 'verdict.check.secure.checked',
    'not-checked': 'verdict.check.secure.not-checked',
    failed: 'verdict.check.secure.failed',
    'not-asked': 'verdict.check.secure.not-checked',
  },
  'sign-in': {
    checked: 'verdict.check.sign-in.checked',
    'not-checked': 'verdict.check.sign-in.not-checked',
    failed: 'verdict.check.sign-in.failed',
    'not-asked': 'verdict.check.sign-in.not-checked',
  },
  message: {
    checked: 'verdict.check.message.checked',
    'not-checked': 'verdict.check.message.not-checked',
    failed: 'verdict.check.message.failed',
    'not-asked': 'verdict.check.message.not-asked',
  },
};

export const CHECK_STATE_WORDS: Readonly<Record<CheckState, MessageKey>> = {
  checked: 'verdict.state.checked',
  'not-checked': 'verdict.state.not-checked',
  failed: 'verdict.state.failed',
  'not-asked': 'verdict.state.not-asked',
};
