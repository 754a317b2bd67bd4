import { describe, expect, it } from 'vitest';
import { contradiction, contradicts, decide, describeFinding, FINDING_CLAIMS, FINDING_IDS, OPPOSING_CLAIMS, type FindingId } from '../../../shared/findings';

const PAIRS = FINDING_IDS.flatMap((a) => FINDING_IDS.map((b) => [a, b] as const));

describe('contradictions', () => {
  it('is symmetric and never says a finding contradicts itself, over every pair in the catalogue', () => {
    for (const [a, b] of PAIRS) {
      expect(contradicts(a, b)).toBe(contradicts(b, a));
      if (a === b) expect(contradicts(a, b)).toBe(false);
    }
    // The table is not empty talk: it rules out a real share of pairs.
    expect(PAIRS.filter(([a, b]) => contradicts(a, b)).length).toBeGreaterThan(100);
  });

  it('rules out the pairs the issue reported', () => {
    expect(contradiction('auth.bad-credentials', 'auth.smtp-auth-disabled-mailbox')).toMatch(/password/);
    expect(contradiction('tls.intercepted', 'tls.certificate-untrusted')).toMatch(/not an attack/);
    expect(contradicts('tls.clock-skew', 'tls.certificate-not-yet-valid')).toBe(true);
    expect(contradicts('tls.port-465-unsupported', 'network.port-blocked')).toBe(true);
    expect(contradicts('send.quota-exceeded', 'send.recipient-mailbox-full')).toBe(true);
    expect(contradicts('send.recipient-rejected', 'relay.external-recipients-not-allowed')).toBe(true);
    expect(contradicts('auth.oauth-token-rejected', 'auth.bad-credentials')).toBe(true);
    // Compatible findings may stand side by side.
    expect(contradicts('auth.required', 'auth.bad-credentials')).toBe(false);
    expect(contradicts('network.port-blocked', 'network.port-25-blocked')).toBe(false);
  });

  it('uses only claims that something opposes, and gives every opposing pair a reason', () => {
    const opposable = new Set(OPPOSING_CLAIMS.flatMap((p) => p.claims));
    for (const claims of Object.values(FINDING_CLAIMS)) for (const claim of claims ?? []) expect(opposable.has(claim)).toBe(true);
    for (const pair of OPPOSING_CLAIMS) expect(pair.why.length).toBeGreaterThan(20);
  });

  it('matches the words: a finding that says its claim in words carries that claim', () => {
    const says = (id: FindingId, pattern: RegExp) => {
      const d = describeFinding(id, { address: 'anna@contoso.com' });
      return pattern.test([d.explanation, ...d.steps, d.adminMessage].join('\n'));
    };
    const claims = (id: FindingId) => FINDING_CLAIMS[id] ?? [];
    for (const id of FINDING_IDS) {
      if (says(id, /don't change your password|your password is not the problem|not your password/i)) expect(claims(id)).toContain('password-not-the-cause');
      if (says(id, /not an attack/i)) expect(claims(id)).toContain('trust-store-gap');
      if (says(id, /this is not a network fault/i)) expect(claims(id)).toContain('not-a-network-fault');
      if (says(id, /clock is correct|clock agrees|clock is right/i)) expect(claims(id)).toContain('clock-right');
      if (says(id, /this computer's clock is wrong|clock seems to be wrong/i)) expect(claims(id)).toContain('clock-wrong');
      if (says(id, /type the password again|password is wrong/i)) expect(claims(id)).toContain('password-wrong');
    }
  });

  it('never keeps, beside any primary, another cause that contradicts it (every pair, both orders)', () => {
    for (const [a, b] of PAIRS) {
      // `unknown` is dropped whenever anything else explains the failure (tested below).
      if (a === b || a === 'unknown' || b === 'unknown') continue;
      const d = decide([
        { id: a, score: 0.9 },
        { id: b, score: 0.8 },
      ]);
      // The more likely one leads, unless it is the effect of the other (then its cause leads).
      const primary = d.primary?.id;
      expect([a, b]).toContain(primary);
      const kept = d.others.map((o) => o.id);
      if (contradicts(a, b)) {
        expect(kept).toEqual([]);
        expect(d.setAside.map((s) => s.id)).toEqual([primary === a ? b : a]);
      } else {
        expect(kept).toEqual([primary === a ? b : a]);
      }
    }
  });

  it('drops unknown when a known finding explains the failure', () => {
    expect(decide([{ id: 'unknown', score: 0 }, { id: 'auth.rejected', score: 0.4 }]).primary?.id).toBe('auth.rejected');
    expect(decide([{ id: 'unknown', score: 0 }]).primary?.id).toBe('unknown');
    expect(decide([]).primary).toBeNull();
  });
});
