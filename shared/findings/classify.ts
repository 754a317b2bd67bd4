import type { ClassifierInput, ClassifyContext, FindingMatch } from './classify-types';
import { FINDING_IDS, type FindingId } from './ids';
import { matchSignal } from './match-rules';
import { toSignals } from './normalise';
import { redactQuote } from './redact-quote';
import { CONTEXT_RULES } from './rules/context-rules';
import type { Signal } from './signal';

export type { ClassifierInput, ClassifyContext, ErrorLike, FindingMatch } from './classify-types';

const ORDER = new Map<FindingId, number>(FINDING_IDS.map((id, i) => [id, i]));

function applyContext(signal: Signal, context: ClassifyContext): Map<FindingId, number> {
  const found = matchSignal(signal);
  for (const rule of CONTEXT_RULES) {
    if (!rule.when({ signal, context, found })) continue;
    rule.remove?.forEach((id) => found.delete(id));
    rule.demote?.forEach((id) => {
      const score = found.get(id);
      if (score !== undefined) found.set(id, score / 2);
    });
    found.set(rule.promote, Math.max(found.get(rule.promote) ?? 0, rule.score));
  }
  return found;
}

/** Most likely first; equal scores fall back to catalogue order so results are stable. */
export function rankMatches(matches: Iterable<FindingMatch>): FindingMatch[] {
  return [...matches].sort((a, b) => b.score - a.score || (ORDER.get(a.id) ?? 0) - (ORDER.get(b.id) ?? 0));
}

function classifySignals(signals: readonly Signal[], context: ClassifyContext): FindingMatch[] {
  const best = new Map<FindingId, FindingMatch>();
  for (const signal of signals) {
    for (const [id, raw] of applyContext(signal, context)) {
      const score = Math.round(raw * 1000) / 1000;
      const current = best.get(id);
      if (!current || score > current.score) best.set(id, signal.quote ? { id, score, quote: signal.quote } : { id, score });
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
 * text; context (auth method, host, port, stage, network) re-ranks. Unrecognised
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
