import { describe, expect, it } from 'vitest';
import { diagnoseText, FINDING_IDS } from '../../../shared/findings';
import { accuracy, loadCorpus } from '../../fixtures/error-corpus/corpus';

const CORPUS = loadCorpus();
const IDS: ReadonlySet<string> = new Set(FINDING_IDS);
const CONTEXT_KEYS = new Set(['host', 'port', 'security', 'authMethod', 'presetId']);
// The floor reached when the corpus was last extended; a rule change that loses an entry fails here.
const FLOOR = { minimumSize: 415, overall: 0.997, holdout: 0.996 };

const answer = (e: (typeof CORPUS)[number]) => diagnoseText(e.text, { context: e.context ?? {} }).primary?.id ?? 'none';

describe('error corpus', () => {
  it('is large enough and has both slices', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(FLOOR.minimumSize);
    expect(CORPUS.some((e) => e.slice === 'holdout')).toBe(true);
    expect(CORPUS.some((e) => e.slice === 'dev')).toBe(true);
  });

  it.each(CORPUS.map((e) => [e.id, e] as const))('%s is well formed and traceable', (_id, e) => {
    expect(e.id).toMatch(/^[a-z-]+-\d{4}$/);
    expect(['dev', 'holdout']).toContain(e.slice);
    expect(IDS.has(e.expect)).toBe(true);
    expect(e.lang).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
    expect(e.product.trim().length).toBeGreaterThan(1);
    expect(e.source).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/);
    expect(e.text.trim()).toBe(e.text);
    expect(e.text.length).toBeGreaterThan(5);
    for (const key of Object.keys(e.context ?? {})) expect(CONTEXT_KEYS.has(key)).toBe(true);
  });

  it('has no duplicate ids or texts', () => {
    expect(new Set(CORPUS.map((e) => e.id)).size).toBe(CORPUS.length);
    expect(new Set(CORPUS.map((e) => e.text)).size).toBe(CORPUS.length);
  });

  it('holds no secrets: no SASL arguments, no password values, no long base64 or token runs', () => {
    for (const e of CORPUS) {
      expect(e.text, e.id).not.toMatch(/\bAUTH\s+(PLAIN|LOGIN|XOAUTH2)\s+[A-Za-z0-9+/=]{8,}/i);
      expect(e.text, e.id).not.toMatch(/\b(pass(word)?|pwd|access_token|refresh_token)\s*[=:]\s*['"]?(?!\*|\[|<|x+\b)[^\s'"]{6,}/i);
      expect(e.text, e.id).not.toMatch(/\beyJ[A-Za-z0-9_-]{20,}/);
      // Client lines of a SASL exchange (base64 user name or password after a 334) are left out.
      expect(e.text, e.id).not.toMatch(/334 (VXNlcm5hbWU6|UGFzc3dvcmQ6)[\s\S]{0,80}\n[^\n]*(C:|->|CLIENT -> SERVER:)\s*[A-Za-z0-9+/]{8,}={0,2}\s*$/m);
    }
  });

  it('reaches its accuracy floor overall and on the held-out slice', () => {
    const all = accuracy(CORPUS, answer);
    const holdout = accuracy(CORPUS.filter((e) => e.slice === 'holdout'), answer);
    expect(all.correct / all.total, JSON.stringify(all.misses)).toBeGreaterThanOrEqual(FLOOR.overall);
    expect(holdout.correct / holdout.total, JSON.stringify(holdout.misses)).toBeGreaterThanOrEqual(FLOOR.holdout);
  });
});
