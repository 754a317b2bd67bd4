/**
 * A probe result as JSON leaves the app (`probe --json`, `discover --json`, the diagnostic
 * report): each stage's `detail` is an English string, as it has always been, and the code
 * behind it rides along in `detailCode` / `detailParams`. Reading a saved file turns it
 * back: a known code is used as it is; anything else (a file from an earlier version)
 * becomes a `text` detail that shows the string it carried.
 */
import { isSkipReason, isStageDetailCode, stageDetailText, type StageDetail } from './stage-details';
import type { ProbeResult, StageResult } from './types';

export type StageResultJson = Omit<StageResult, 'detail'> & {
  detail: string;
  detailCode?: StageDetail['code'];
  detailParams?: StageDetail['params'];
};

export type ProbeResultJson = Omit<ProbeResult, 'stages'> & { stages: StageResultJson[] };

export function stageToJson(stage: StageResult): StageResultJson {
  const { detail } = stage;
  const text = stageDetailText(detail);
  // Free text needs no code: the string is all there is. (Spread first: `detail` keeps its place.)
  return detail.code === 'text' ? { ...stage, detail: text } : { ...stage, detail: text, detailCode: detail.code, detailParams: detail.params };
}

export function probeResultToJson(result: ProbeResult): ProbeResultJson {
  return { ...result, stages: result.stages.map(stageToJson) };
}

/**
 * The detail of a stage read back: from a file (`text` with `code`/`params` beside it) or
 * from the app itself (a detail object). An unknown code or odd parameters fall back to text.
 */
export function detailFromJson(text: string, code?: string, params?: unknown): StageDetail {
  const plain = params !== null && typeof params === 'object' && !Array.isArray(params) ? (params as Record<string, unknown>) : null;
  const usable = plain !== null && Object.values(plain).every((value) => typeof value === 'string' || typeof value === 'number');
  const fallback: StageDetail = { code: 'text', params: { text: typeof plain?.text === 'string' && code === 'text' ? plain.text : text } };
  if (code === undefined || !isStageDetailCode(code) || code === 'text' || !usable) return fallback;
  if (code === 'skipped' && !isSkipReason(plain.reason)) return fallback;
  return { code, params: plain } as StageDetail;
}
