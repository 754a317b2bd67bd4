import type { ProbeFact } from '../../types';
import type { FindingId } from '../ids';

/**
 * A server reply rule. Every criterion given must hold (code AND enhanced AND text);
 * a criterion the evidence cannot answer (a pasted text without its 535) does not
 * rule the match out, but costs a little likelihood.
 */
export interface ReplyRule {
  id: FindingId;
  /** Basic reply codes. */
  codes?: readonly number[];
  /** Enhanced status codes, exact, or a pattern for ranges such as 4.7.500-699. */
  enhanced?: readonly string[] | RegExp;
  /** The enhanced code must be present: its meaning differs from the same words without it. */
  enhancedRequired?: boolean;
  /** Tested against the normalised text (lower case, no trailer). */
  text?: RegExp;
  score: number;
  /** Ids this match makes wrong for the same evidence (e.g. a greeting timeout is not a blocked port). */
  suppress?: readonly FindingId[];
}

/** A Node / TLS / library error rule: any listed code, OR the message pattern. */
export interface ErrorRule {
  id: FindingId;
  codes?: readonly string[];
  text?: RegExp;
  score: number;
  suppress?: readonly FindingId[];
}

export type FactRules = Readonly<Record<ProbeFact, readonly { id: FindingId; score: number }[]>>;
