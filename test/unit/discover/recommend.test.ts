import { describe, expect, it } from 'vitest';
import type { ClockCheck } from '../../../shared/discovery';
import { recommend, type RecommendContext } from '../../../electron/discover/recommend';
import { blocked, row } from './row-fixture';

const ctx: RecommendContext = { host: 'smtp.office365.com', presetId: 'microsoft365', network: 'online', clock: null, cancelled: false };
const keys = (reasons: { key: string }[]) => reasons.map((r) => r.key);

describe('recommend', () => {
  it('prefers 587 STARTTLS when it works, even when 25 works too, and says why', () => {
    const rec = recommend([row({ port: 25 }), row({ port: 587 })], ctx);
    expect(rec).toMatchObject({ found: true, port: 587, security: 'starttls', host: 'smtp.office365.com', presetId: 'microsoft365' });
    expect(rec.authMechanisms).toEqual(['LOGIN', 'XOAUTH2']);
    expect(keys(rec.reasons)).toEqual(['discover.reason.works', 'discover.reason.auth-offered', 'discover.reason.preferred-port']);
    expect(rec.reasons[0]?.params).toEqual({ port: 587, mode: 'STARTTLS' });
  });

  it('falls back to 25 when 587 is blocked, and explains both', () => {
    const rec = recommend([blocked(587), row({ port: 25 })], ctx);
    expect(rec).toMatchObject({ found: true, port: 25 });
    expect(keys(rec.reasons)).toContain('discover.reason.fallback-port');
    expect(rec.reasons).toContainEqual({ key: 'discover.reason.blocked', params: { port: 587 } });
  });

  it('treats a failing 465 at Microsoft as expected, not as a network fault', () => {
    const r465 = row({ port: 465, security: 'tls', reachability: 'blocked', tls: 'not-reached', usable: false, expected: true, authMechanisms: [] });
    const rec = recommend([row({ port: 587 }), r465], ctx);
    expect(rec.port).toBe(587);
    expect(keys(rec.reasons)).toContain('discover.reason.465-microsoft');
    expect(keys(rec.reasons)).not.toContain('discover.reason.blocked');
  });

  it('ranks a port that offers sign-in above one that does not, for a mailbox', () => {
    const rec = recommend([row({ port: 587, authMechanisms: [] }), row({ port: 25 })], ctx);
    expect(rec.port).toBe(25);
  });

  it('does not need sign-in for relay / Direct Send', () => {
    const rec = recommend([row({ port: 25, authMechanisms: [] })], { ...ctx, presetId: 'microsoft365-relay' });
    expect(rec).toMatchObject({ found: true, port: 25 });
    expect(keys(rec.reasons)).toContain('discover.reason.no-auth-offered');
  });

  it('prefers implicit TLS 465 over 25 on other servers, and reports a detected mode', () => {
    const r465 = row({ port: 465, security: 'starttls', tried: ['tls', 'starttls'] });
    const rec = recommend([blocked(587), row({ port: 25 }), r465], { ...ctx, host: 'mail.example.org', presetId: 'custom' });
    expect(rec).toMatchObject({ port: 465, security: 'starttls' });
    expect(rec.reasons).toContainEqual({ key: 'discover.reason.mode-detected', params: { port: 465, mode: 'STARTTLS', tried: 'SSL/TLS' } });
  });

  it('finds nothing when no row is usable, and says what went wrong with each', () => {
    const untrusted = row({ port: 587, tls: 'unverified', tlsDiagnosis: 'intercepted', usable: false });
    const refused = row({ port: 25, reachability: 'refused', tls: 'not-reached', usable: false, authMechanisms: [] });
    const rec = recommend([untrusted, refused], ctx);
    expect(rec).toMatchObject({ found: false, port: null, security: null, authMechanisms: [] });
    expect(rec.reasons).toEqual([
      { key: 'discover.reason.tls-problem', params: { port: 587, diagnosis: 'intercepted' } },
      { key: 'discover.reason.refused', params: { port: 25 } },
      { key: 'discover.reason.none-works' },
    ]);
  });

  it('names the ISP habit for a blocked port 25 and a missing STARTTLS', () => {
    const noTls = row({ port: 587, tls: 'not-offered', usable: false });
    const rec = recommend([noTls, blocked(25)], ctx);
    expect(keys(rec.reasons)).toEqual(['discover.reason.no-tls', 'discover.reason.port-25-blocked', 'discover.reason.none-works']);
  });

  it.each(['offline', 'dns-failure', 'captive-portal'] as const)('gives the network verdict when the network is %s', (network) => {
    const rec = recommend([row({ port: 587 })], { ...ctx, network });
    expect(rec.found).toBe(false);
    expect(keys(rec.reasons)).toEqual([`discover.reason.${network}`]);
  });

  it('adds the clock when it is off', () => {
    const clock: ClockCheck = {
      status: 'skewed',
      localTime: '2026-11-23T12:00:00.000Z',
      serverTime: '2026-11-23T09:00:00.000Z',
      source: 'greeting',
      skewMs: 3 * 3600_000,
      atLeast: false,
      findingId: 'tls.clock-skew',
      note: { key: 'discover.clock.ahead', params: { minutes: 180 } },
    };
    const rec = recommend([row({ port: 587 })], { ...ctx, clock });
    expect(rec.reasons).toContainEqual({ key: 'discover.reason.clock-skew', params: { minutes: 180 } });
  });

  it('says the run was cancelled instead of "nothing works"', () => {
    const rec = recommend([row({ port: 587, reachability: 'cancelled', usable: false, tls: 'not-reached' })], { ...ctx, cancelled: true });
    expect(keys(rec.reasons)).toEqual(['discover.reason.cancelled']);
  });
});
