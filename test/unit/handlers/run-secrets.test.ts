import { describe, expect, it } from 'vitest';
import { createRunSecrets } from '../../../electron/handlers/run-secrets';

describe('run secrets (main memory only)', () => {
  it('gives a run its own password back, and take() forgets it', () => {
    const secrets = createRunSecrets();
    secrets.put('r1', 'pw-1');
    secrets.put('r2', 'pw-2');
    expect(secrets.get('r1')).toBe('pw-1');
    expect(secrets.take('r1')).toBe('pw-1');
    expect(secrets.get('r1')).toBeUndefined();
    expect(secrets.get('r2')).toBe('pw-2');
  });

  it('keeps only the five most recent runs', () => {
    const secrets = createRunSecrets();
    for (let i = 1; i <= 7; i++) secrets.put(`r${i}`, `pw-${i}`);
    expect(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'].map((id) => secrets.get(id) ?? null)).toEqual([null, null, 'pw-3', 'pw-4', 'pw-5', 'pw-6', 'pw-7']);
  });

  it('forgets a password after fifteen minutes even if it was never used', () => {
    let clock = 1_000_000;
    const secrets = createRunSecrets({ now: () => clock });
    secrets.put('old', 'pw-old');
    clock += 10 * 60_000;
    secrets.put('newer', 'pw-newer');
    expect(secrets.get('old')).toBe('pw-old');
    clock += 5 * 60_000;
    expect(secrets.get('old')).toBeUndefined();
    expect(secrets.take('old')).toBeUndefined();
    expect(secrets.get('newer')).toBe('pw-newer');
    clock += 10 * 60_000;
    expect(secrets.take('newer')).toBeUndefined();
  });
});
