import type { FindingId } from './ids';
import { ERROR_RULES } from './rules/error-rules';
import { FACT_RULES } from './rules/fact-rules';
import { REPLY_RULES } from './rules/reply-rules';
import type { ErrorRule, ReplyRule } from './rules/rule-types';
import type { Signal } from './signal';

// Evidence that cannot answer a rule's criterion (no basic code in a pasted line) still
// matches on the rest, a little less likely.
const UNKNOWN_CRITERION = 0.9;

function enhancedMatches(expected: ReplyRule['enhanced'], actual: string): boolean {
  return expected instanceof RegExp ? expected.test(actual) : (expected ?? []).includes(actual);
}

function replyScore(rule: ReplyRule, s: Signal): number | null {
  let unknown = 0;
  let positive = false;
  if (rule.codes) {
    if (s.code === undefined) unknown++;
    else if (!rule.codes.includes(s.code)) return null;
    else positive = true;
  }
  if (rule.enhanced) {
    // A reply with its basic code but no enhanced code really has none: only a text
    // criterion can still carry the rule. Without either code (pasted text) it is unknown.
    if (s.enhanced === undefined && s.code !== undefined && !rule.text) return null;
    if (s.enhanced === undefined) unknown++;
    else if (!enhancedMatches(rule.enhanced, s.enhanced)) return null;
    else positive = true;
  }
  if (rule.text) {
    if (!rule.text.test(s.text)) return null;
    positive = true;
  }
  return positive ? rule.score * UNKNOWN_CRITERION ** unknown : null;
}

function errorScore(rule: ErrorRule, s: Signal): number | null {
  const byCode = rule.codes?.some((code) => s.errorCodes.includes(code)) ?? false;
  const byText = rule.text?.test(s.text) ?? false;
  return byCode || byText ? rule.score : null;
}

/** Rule tables → candidate findings for one signal, before context. */
export function matchSignal(signal: Signal): Map<FindingId, number> {
  const found = new Map<FindingId, number>();
  const suppressed = new Set<FindingId>();
  const add = (id: FindingId, score: number, suppress?: readonly FindingId[]) => {
    found.set(id, Math.max(found.get(id) ?? 0, score));
    suppress?.forEach((s) => suppressed.add(s));
  };
  if (signal.fact) FACT_RULES[signal.fact]?.forEach((r) => add(r.id, r.score));
  if (signal.code !== undefined || signal.enhanced !== undefined || signal.text) {
    for (const rule of REPLY_RULES) {
      const score = replyScore(rule, signal);
      if (score !== null) add(rule.id, score, rule.suppress);
    }
  }
  for (const rule of ERROR_RULES) {
    const score = errorScore(rule, signal);
    if (score !== null) add(rule.id, score, rule.suppress);
  }
  suppressed.forEach((id) => found.delete(id));
  return found;
}
