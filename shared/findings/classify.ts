import type { ClassifierInput, ClassifyContext, FindingMatch } from './classify-types';
import { FINDING_IDS, type FindingId } from './ids';
import { matchSignal, type RuleHit } from './match-rules';
import { toSignals } from './normalise';
import type { Recognised } from './recognised';
import { redactQuote } from './redact-quote';
import { CONTEXT_RULES } from './rules/context-rules';
import type { Signal } from './signal';

export type { ClassifierInput, ClassifyContext, ErrorLike, FindingMatch } from './classify-types';

const ORDER = new Map<FindingId, number>(FINDING_IDS.map((id, i) => [id, i]));

function applyContext(signal: Signal, context: ClassifyContext): Map<FindingId, RuleHit> {
  const hits = matchSignal(signal);
  for (const rule of CONTEXT_RULES) {
    const found = new Map<FindingId, number>([...hits].map(([id, hit]) => [id, hit.score]));
    if (!rule.when({ signal, context, found })) continue;
    // A finding raised by context rests on the evidence the other rules matched.
    const evidence: Recognised[] = [...hits.values()].flatMap((hit) => hit.matched);
    rule.remove?.forEach((id) => hits.delete(id));
    rule.demote?.forEach((id) => {
      const hit = hits.get(id);
      if (hit) hit.score = hit.score / 2;
    });
    const current = hits.get(rule.promote);
    hits.set(rule.promote, { score: Math.max(current?.score ?? 0, rule.score), matched: current?.matched.length ? current.matched : evidence });
  }
  return hits;
}

/** Most likely first; equal scores fall back to catalogue order so results are stable. */
export function rankMatches(matches: Iterable<FindingMatch>): FindingMatch[] {
  return [...matches].sort((a, b) => b.score - a.score || (ORDER.get(a.id) ?? 0) - (ORDER.get(b.id) ?? 0));
}

function toMatch(id: FindingId, score: number, signal: Signal, matched: readonly Recognised[]): FindingMatch {
  const match: FindingMatch = { id, score };
  if (signal.quote) match.quote = signal.quote;
  if (matched.length > 0) match.matched = matched;
  return match;
}

function classifySignals(signals: readonly Signal[], context: ClassifyContext): FindingMatch[] {
  const best = new Map<FindingId, FindingMatch>();
  for (const signal of signals) {
    for (const [id, hit] of applyContext(signal, context)) {
      const score = Math.round(hit.score * 1000) / 1000;
      const current = best.get(id);
      if (!current || score > current.score) best.set(id, toMatch(id, score, signal, hit.matched));
    }
  }
  if (best.size === 0 && signals.length > 0) {
    const quote = signals.map((s) => s.quote).filter(Boolean).join('\n');
    return [quote ? { id: 'unknown', score: 0, quote } : { id: 'unknown', score: 0 }];
  }
  return rankMatches(best.values());
}

/**
 * Evidence → findings, most likely first. Matches on reply code AND enhanced code AND
 * text; context (auth method, host, port, stage, network, clock) re-ranks. Unrecognised
 * failures give `unknown` quoting the input; success replies (2xx/3xx) give [].
 * Never throws.
 */
export function classify(input: ClassifierInput, context: ClassifyContext = {}): FindingMatch[] {
  try {
    return classifySignals(toSignals(input), context ?? {});
  } catch {
    let quote = '';
    try {
      quote = redactQuote(typeof input === 'string' ? input : JSON.stringify(input) ?? '');
    } catch {
      // Unserialisable input (cycles, BigInt): nothing to quote.
    }
    return [quote ? { id: 'unknown', score: 0, quote } : { id: 'unknown', score: 0 }];
  }
}
