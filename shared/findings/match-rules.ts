import type { FindingId } from './ids';
import type { Recognised } from './recognised';
import { BOUNCE_RULES } from './rules/bounce-rules';
import { CLIENT_RULES } from './rules/client-rules';
import { DEVICE_RULES } from './rules/device-rules';
import { ERROR_RULES } from './rules/error-rules';
import { FACT_RULES } from './rules/fact-rules';
import { LIBRARY_RULES } from './rules/library-rules';
import { OAUTH_RULES } from './rules/oauth-rules';
import { REPLY_RULES } from './rules/reply-rules';
import type { ErrorRule, ReplyRule } from './rules/rule-types';
import type { Signal } from './signal';

// Evidence that cannot answer a rule's criterion (no basic code in a pasted line) still
// matches on the rest, a little less likely.
const UNKNOWN_CRITERION = 0.9;

const SERVER_RULES: readonly ReplyRule[] = [...REPLY_RULES, ...BOUNCE_RULES];

/** Text rules for what mail clients, devices, libraries and Microsoft sign-in print. */
export const TEXT_RULES: readonly ErrorRule[] = [...ERROR_RULES, ...CLIENT_RULES, ...DEVICE_RULES, ...LIBRARY_RULES, ...OAUTH_RULES];

export interface RuleHit {
  score: number;
  /** What in the evidence made the rule match: codes and phrases, for people to check. */
  matched: Recognised[];
}

function enhancedMatches(expected: ReplyRule['enhanced'], actual: string): boolean {
  return expected instanceof RegExp ? expected.test(actual) : (expected ?? []).includes(actual);
}

function replyHit(rule: ReplyRule, s: Signal): RuleHit | null {
  let unknown = 0;
  const matched: Recognised[] = [];
  if (rule.codes) {
    if (s.code === undefined) unknown++;
    else if (!rule.codes.includes(s.code)) return null;
    else matched.push({ kind: 'code', text: String(s.code) });
  }
  if (rule.enhanced) {
    // A reply with its basic code but no enhanced code really has none: only a text
    // criterion can still carry the rule. Without either code (pasted text) it is unknown.
    if (s.enhanced === undefined && (rule.enhancedRequired || (s.code !== undefined && !rule.text))) return null;
    if (s.enhanced === undefined) unknown++;
    else if (!enhancedMatches(rule.enhanced, s.enhanced)) return null;
    else matched.push({ kind: 'code', text: s.enhanced });
  }
  if (rule.text) {
    const m = rule.text.exec(s.text);
    if (!m) return null;
    matched.push({ kind: 'phrase', text: m[0] });
  }
  return matched.length > 0 ? { score: rule.score * UNKNOWN_CRITERION ** unknown, matched } : null;
}

function errorHit(rule: ErrorRule, s: Signal): RuleHit | null {
  const code = rule.codes?.find((c) => s.errorCodes.includes(c));
  const phrase = rule.text?.exec(s.text)?.[0];
  if (code === undefined && phrase === undefined) return null;
  const matched: Recognised[] = [];
  if (code !== undefined) matched.push({ kind: 'code', text: code });
  if (phrase !== undefined) matched.push({ kind: 'phrase', text: phrase });
  return { score: rule.score, matched };
}

/** Rule tables → candidate findings for one signal, before context. */
export function matchSignal(signal: Signal): Map<FindingId, RuleHit> {
  const found = new Map<FindingId, RuleHit>();
  const suppressed = new Set<FindingId>();
  const add = (id: FindingId, hit: RuleHit, suppress?: readonly FindingId[]) => {
    const current = found.get(id);
    if (!current || hit.score > current.score) found.set(id, { score: hit.score, matched: [...hit.matched, ...(current?.matched ?? [])] });
    else current.matched.push(...hit.matched);
    suppress?.forEach((s) => suppressed.add(s));
  };
  if (signal.fact) FACT_RULES[signal.fact]?.forEach((r) => add(r.id, { score: r.score, matched: [{ kind: 'fact', text: signal.fact ?? '' }] }));
  if (signal.code !== undefined || signal.enhanced !== undefined || signal.text) {
    for (const rule of SERVER_RULES) {
      const hit = replyHit(rule, signal);
      if (hit) add(rule.id, hit, rule.suppress);
    }
  }
  for (const rule of TEXT_RULES) {
    const hit = errorHit(rule, signal);
    if (hit) add(rule.id, hit, rule.suppress);
  }
  suppressed.forEach((id) => found.delete(id));
  return found;
}
