import { describe, expect, it } from 'vitest';
import { classify, FINDING_IDS } from '../../../shared/findings';
import { VARIANTS as FIRST_VARIANTS } from './variants';
import { WAVE2_VARIANTS } from './variants-wave2';

const VARIANTS = [...FIRST_VARIANTS, ...WAVE2_VARIANTS];

const label = (input: unknown) => (typeof input === 'string' ? input : JSON.stringify(input)).slice(0, 90);

describe('classify: real-world variants', () => {
  it.each(VARIANTS.map((v) => [v.expect, label(v.input), v] as const))('%s ← %s', (_id, _label, variant) => {
    const matches = classify(variant.input, variant.context);
    expect(matches[0]?.id).toBe(variant.expect);
  });

  it('has at least three variants for every finding id (context-only ids included)', () => {
    const counts = new Map<string, number>();
    for (const v of VARIANTS) counts.set(v.expect, (counts.get(v.expect) ?? 0) + 1);
    const thin = FINDING_IDS.filter((id) => (counts.get(id) ?? 0) < 3);
    expect(thin).toEqual([]);
  });

  it('orders results by score, most likely first', () => {
    for (const v of VARIANTS) {
      const scores = classify(v.input, v.context).map((m) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});
