import type { Evidence } from '../types';
import { classify, type ClassifyContext, type FindingMatch } from './classify';
import { decide } from './diagnose';
import { findingOrder } from './diagnose-probe';
import type { FindingId } from './ids';

export { FINDING_IDS, isFindingId, type FindingId } from './ids';
export { CATALOGUE, type AdminSetting, type CatalogueEntry, type FixedBy, type Severity } from './catalogue';
export { classify, type ClassifierInput, type ClassifyContext, type ErrorLike, type FindingMatch } from './classify';
export { describeFinding, detectedSenderText, findingMessageKeys, type DescribeParams, type FindingDescription, type Sender, type SenderKind } from './describe';
export { decide, diagnoseText, type Diagnosis, type DiagnosisItem, type DiagnoseOptions, type TextDiagnoseOptions } from './diagnose';
export { diagnoseProbe, findingOrder, probeFindingOrder, type ProbeDiagnosisInput } from './diagnose-probe';
export { contradiction, contradicts, OPPOSING_CLAIMS, FINDING_CLAIMS, type Claim } from './contradictions';
export { OAUTH_FLOW_FINDINGS, findingForOAuthOutcome, type OAuthFlowOutcome } from './flow-findings';
export { summariseVerdict, type VerdictKind, type VerdictSummary } from './verdict-summary';
export type { Recognised } from './recognised';

/**
 * All of a stage's (or a probe's) evidence → finding ids, deduplicated, in the order the
 * diagnosis gives them: its answer first, then the other possible causes, then findings
 * set aside as contradicting the answer. `unknown` is dropped when anything else
 * explains the failure. The probe engine fills StageResult.findings with this.
 */
export function classifyAll(evidence: readonly Evidence[], context: ClassifyContext): FindingId[] {
  const best = new Map<FindingId, FindingMatch>();
  for (const item of evidence) {
    for (const match of classify(item, context)) {
      const current = best.get(match.id);
      if (!current || match.score > current.score) best.set(match.id, match);
    }
  }
  return findingOrder(decide([...best.values()], { maxOthers: Number.POSITIVE_INFINITY }));
}
