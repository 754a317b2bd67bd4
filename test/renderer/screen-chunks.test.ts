import { describe, expect, it } from 'vitest';
import { untilLoaded } from '../../renderer/app/screen-chunks';

describe('untilLoaded: a screen chunk that failed to load', () => {
  it('is tried again when the network is back, and the screen then opens', async () => {
    let calls = 0;
    // Stands in for import() of a chunk while the network is down: the first fetch fails.
    const load = () => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve('screen'));
    const loaded = untilLoaded(load);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(1);
    window.dispatchEvent(new Event('online'));
    await expect(loaded).resolves.toBe('screen');
    expect(calls).toBe(2);
  });
});
