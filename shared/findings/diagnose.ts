import { classify, type ClassifyContext, type FindingMatch } from './classify';
import { EXPLAINED_BY } from './consequences';
import { contradiction } from './contradictions';
import type { DescribeParams } from './describe';
import type { FindingId } from './ids';
import { originalSpelling, uniqueRecognised, type Recognised } from './recognised';
import { readTextContext } from './text-context';

export interface DiagnosisItem {
  id: FindingId;
  /** Likelihood in 0..1 after context; only the order is meaningful. */
  score: number;
  quote?: string;
  /** What in the evidence led here (codes, phrases, context), as the text spells it. */
  matched: readonly Recognised[];
}

/**
 * One answer first: `primary` is the finding to act on; `others` are other possible
 * causes, none of which contradicts the primary or each other; `setAside` are findings
 * the rules also saw but that contradict the answer (kept for reports, never shown as
 * advice). `describe` carries what the evidence says for the words (address, product
 * that intercepted, clock offset, who sends).
 */
export interface Diagnosis {
  /** Null when there is nothing to fix (success replies only). */
  primary: DiagnosisItem | null;
  others: DiagnosisItem[];
  setAside: { id: FindingId; because: string }[];
  /** What was recognised for the primary answer, plus context read from the text. */
  recognised: Recognised[];
  describe: DescribeParams;
}

export interface DiagnoseOptions {
  /** How many other possible causes to keep (default 3). */
  maxOthers?: number;
}

function explainedByPresent(id: FindingId, present: ReadonlyMap<FindingId, FindingMatch>): number | undefined {
  const causes = (EXPLAINED_BY[id] ?? []).filter((cause) => present.has(cause));
  return causes.length ? Math.max(...causes.map((cause) => present.get(cause)?.score ?? 0)) : undefined;
}

/** Effects rank just below their causes; then most likely first, catalogue order on ties. */
function rankWithCauses(matches: readonly FindingMatch[]): FindingMatch[] {
  const present = new Map(matches.map((m) => [m.id, m]));
  const adjusted = matches.map((m) => {
    const cause = explainedByPresent(m.id, present);
    return cause !== undefined && cause >= m.score * 0.5 ? { ...m, score: Math.min(m.score, cause - 0.001) } : m;
  });
  const order = new Map(matches.map((m, i) => [m.id, i]));
  return adjusted.sort((a, b) => b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

const item = (m: FindingMatch): DiagnosisItem => ({
  id: m.id,
  score: m.score,
  matched: m.matched ?? [],
  ...(m.quote === undefined ? {} : { quote: m.quote }),
});

/** Ranked matches → one answer and the causes that may stand beside it. */
export function decide(matches: readonly FindingMatch[], options: DiagnoseOptions = {}): Omit<Diagnosis, 'recognised' | 'describe'> {
  const known = matches.some((m) => m.id !== 'unknown') ? matches.filter((m) => m.id !== 'unknown') : matches;
  const [first, ...rest] = rankWithCauses(known);
  if (!first) return { primary: null, others: [], setAside: [] };
  const kept: FindingMatch[] = [first];
  const setAside: { id: FindingId; because: string }[] = [];
  for (const m of rest) {
    const clash = kept.map((k) => contradiction(k.id, m.id)).find(Boolean);
    if (clash) setAside.push({ id: m.id, because: clash });
    else kept.push(m);
  }
  const others = kept.slice(1, 1 + (options.maxOthers ?? 3)).map(item);
  return { primary: item(first), others, setAside };
}

export interface TextDiagnoseOptions extends DiagnoseOptions {
  /** What the person or the CLI said about the attempt; it wins over what the text shows. */
  context?: ClassifyContext;
  address?: string;
}

/** A pasted error text (a dialog, a log, a bounce) → one answer, with what was recognised. */
export function diagnoseText(text: string, options: TextDiagnoseOptions = {}): Diagnosis {
  const fromText = readTextContext(text);
  const context: ClassifyContext = { ...fromText.classify, ...options.context };
  const decided = decide(classify({ kind: 'text', text }, context), options);
  const spell = (r: Recognised): Recognised => (r.kind === 'phrase' ? { kind: r.kind, text: originalSpelling(r.text, text) } : r);
  const respell = (d: DiagnosisItem): DiagnosisItem => ({ ...d, matched: uniqueRecognised(d.matched.map(spell)) });
  const primary = decided.primary && respell(decided.primary);
  const describe: DescribeParams = { sender: fromText.sender ?? { kind: 'unknown' } };
  const address = options.address ?? fromText.address;
  if (address) describe.address = address;
  if (fromText.interceptor) describe.interceptor = fromText.interceptor;
  if (context.host) describe.host = context.host;
  if (context.port !== undefined) describe.port = context.port;
  if (context.clockOffsetMinutes !== undefined) describe.clockOffsetMinutes = context.clockOffsetMinutes;
  if (primary?.quote) describe.quote = primary.quote;
  return {
    primary,
    others: decided.others.map(respell),
    setAside: decided.setAside,
    recognised: uniqueRecognised([...(primary?.matched ?? []), ...fromText.recognised]),
    describe,
  };
}
