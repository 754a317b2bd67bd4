import { describe, expect, it } from 'vitest';
import { createRunStore } from '../../../electron/runs/run-store';
import { sampleProbeResult } from '../../fixtures/samples';

const pending = () => Promise.resolve(sampleProbeResult());

describe('run store: a run password in main memory only', () => {
  it('gives a run its own password back, and takeSecret() forgets it', () => {
    const store = createRunStore();
    store.add('r1', pending(), 'pw-1');
    store.add('r2', pending(), 'pw-2');
    expect(store.secret('r1')).toBe('pw-1');
    expect(store.takeSecret('r1')).toBe('pw-1');
    expect(store.secret('r1')).toBeUndefined();
    expect(store.secret('r2')).toBe('pw-2');
  });

  it('keeps only the five most recent runs', () => {
    const store = createRunStore();
    for (let i = 1; i <= 7; i++) store.add(`r${i}`, pending(), `pw-${i}`);
    expect(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'].map((id) => store.secret(id) ?? null)).toEqual([null, null, 'pw-3', 'pw-4', 'pw-5', 'pw-6', 'pw-7']);
  });

  it('forgets a password after fifteen minutes even if it was never used', () => {
    let clock = 1_000_000;
    const store = createRunStore({ now: () => clock });
    store.add('old', pending(), 'pw-old');
    clock += 10 * 60_000;
    store.add('newer', pending(), 'pw-newer');
    expect(store.secret('old')).toBe('pw-old');
    clock += 5 * 60_000;
    expect(store.secret('old')).toBeUndefined();
    expect(store.takeSecret('old')).toBeUndefined();
    expect(store.secret('newer')).toBe('pw-newer');
    clock += 10 * 60_000;
    expect(store.takeSecret('newer')).toBeUndefined();
  });

  it('keeps results longer than passwords: the last 20 finished runs, never a running one', () => {
    const running = new Set(['r1']);
    const store = createRunStore({ isRunning: (id) => running.has(id) });
    for (let i = 1; i <= 22; i++) store.add(`r${i}`, pending(), `pw-${i}`);
    // 21 finished runs: the oldest finished one goes; the running r1 stays.
    expect(store.result('r1')).toBeDefined();
    expect(store.result('r2')).toBeUndefined();
    expect(store.result('r3')).toBeDefined();
    expect(store.secret('r3')).toBeUndefined();
    expect(store.secret('r22')).toBe('pw-22');
  });

  it('forgets every password at once, and keeps the results', () => {
    const store = createRunStore();
    store.add('a', pending(), 'pw-a');
    store.add('b', pending(), 'pw-b');
    store.forgetSecrets();
    expect([store.secret('a'), store.secret('b')]).toEqual([undefined, undefined]);
    expect(store.result('a')).toBeDefined();
  });
});
