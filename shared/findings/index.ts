import type { Evidence } from '../types';
import { classify, rankMatches, type ClassifyContext, type FindingMatch } from './classify';
import type { FindingId } from './ids';

export { FINDING_IDS, isFindingId, type FindingId } from './ids';
export { CATALOGUE, type AdminSetting, type CatalogueEntry, type FixedBy, type Severity } from './catalogue';
export { classify, type ClassifierInput, type ClassifyContext, type ErrorLike, type FindingMatch } from './classify';
export { describeFinding, findingMessageKeys, type DescribeParams, type FindingDescription } from './describe';

/**
 * All of a stage's (or a probe's) evidence → finding ids, deduplicated, most likely
 * first. `unknown` is dropped when anything else explains the failure. The probe
 * engine fills StageResult.findings with this.
 */
export function classifyAll(evidence: readonly Evidence[], context: ClassifyContext): FindingId[] {
  const best = new Map<FindingId, FindingMatch>();
  for (const item of evidence) {
    for (const match of classify(item, context)) {
      const current = best.get(match.id);
      if (!current || match.score > current.score) best.set(match.id, match);
    }
  }
  if (best.size > 1) best.delete('unknown');
  return rankMatches(best.values()).map((m) => m.id);
}
