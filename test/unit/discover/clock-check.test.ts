import { describe, expect, it } from 'vitest';
import { checkClock, clockEvidence } from '../../../electron/discover/clock-check';
import type { ProbeResult } from '../../../shared/types';

const at = (iso: string) => new Date(iso);
const cert = (validFrom: string, validTo: string) => ({ validFrom, validTo });

describe('checkClock', () => {
  it('reports the size and direction of a difference with the server’s stated time', () => {
    const now = at('2026-11-23T12:00:00Z');
    const check = checkClock({ now, samples: [{ localTime: now, serverTime: at('2026-11-23T09:30:00Z') }], chains: [] });
    expect(check).toMatchObject({ status: 'skewed', source: 'greeting', skewMs: 150 * 60_000, atLeast: false, findingId: 'tls.clock-skew' });
    expect(check.note).toEqual({ key: 'discover.clock.ahead', params: { minutes: 150 } });
    expect(check.serverTime).toBe('2026-11-23T09:30:00.000Z');
  });

  it('says behind when the local clock is late', () => {
    const now = at('2026-11-23T12:00:00Z');
    const check = checkClock({ now, samples: [{ localTime: now, serverTime: at('2026-11-23T12:20:00Z') }], chains: [] });
    expect(check.note).toEqual({ key: 'discover.clock.behind', params: { minutes: 20 } });
    expect(check.skewMs).toBe(-20 * 60_000);
  });

  it('accepts a small drift', () => {
    const now = at('2026-11-23T12:00:00Z');
    const check = checkClock({ now, samples: [{ localTime: now, serverTime: at('2026-11-23T12:01:30Z') }], chains: [] });
    expect(check).toMatchObject({ status: 'ok', findingId: null, skewMs: -90_000 });
    expect(check.note.key).toBe('discover.clock.ok');
  });

  it('prefers the stated time over certificate hints', () => {
    const now = at('2026-11-23T12:00:00Z');
    const check = checkClock({ now, samples: [{ localTime: now, serverTime: now }], chains: [[cert('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z')]] });
    expect(check.status).toBe('ok');
  });

  it('concludes "behind" from a certificate that is not valid yet, as a lower bound', () => {
    const check = checkClock({ now: at('2020-01-01T00:00:00Z'), samples: [], chains: [[cert('2026-11-01T00:00:00Z', '2027-11-01T00:00:00Z')]] });
    expect(check).toMatchObject({ status: 'skewed', source: 'certificate', atLeast: true, findingId: 'tls.clock-skew' });
    expect(check.skewMs).toBe(Date.parse('2020-01-01T00:00:00Z') - Date.parse('2026-11-01T00:00:00Z'));
    expect(check.note.key).toBe('discover.clock.behind');
  });

  it('concludes "ahead" when the whole chain has expired, but not from a lone expired leaf', () => {
    const now = at('2040-01-01T00:00:00Z');
    const chain = [cert('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), cert('2020-01-01T00:00:00Z', '2035-01-01T00:00:00Z')];
    const ahead = checkClock({ now, samples: [], chains: [chain] });
    expect(ahead).toMatchObject({ status: 'skewed', atLeast: true, skewMs: now.getTime() - Date.parse('2035-01-01T00:00:00Z') });
    expect(ahead.note.key).toBe('discover.clock.ahead');

    const loneLeaf = checkClock({ now: at('2028-01-01T00:00:00Z'), samples: [], chains: [chain] });
    expect(loneLeaf).toMatchObject({ status: 'unknown', findingId: null, skewMs: null });
  });

  it('is unknown without any evidence', () => {
    const check = checkClock({ now: at('2026-11-23T12:00:00Z'), samples: [], chains: [] });
    expect(check).toMatchObject({ status: 'unknown', source: null, serverTime: null, localTime: '2026-11-23T12:00:00.000Z' });
    expect(check.note.key).toBe('discover.clock.unknown');
  });
});

describe('clockEvidence', () => {
  it('pairs the Microsoft banner time with the local time the greeting arrived', () => {
    const probe = {
      startedAt: '2026-11-23T12:00:00.000Z',
      tls: null,
      stages: [
        {
          id: 'greeting',
          status: 'pass',
          startedAtMs: 1000,
          durationMs: 500,
          detail: { code: 'text', params: { text: '' } },
          findings: [],
          evidence: [
            { kind: 'reply', command: 'CONNECT', code: 220, text: 'BY1PR10CA0041.outlook.office365.com Microsoft ESMTP MAIL Service ready at Mon, 23 Nov 2026 10:00:00 +0000' },
          ],
        },
      ],
    } as unknown as ProbeResult;
    const evidence = clockEvidence([probe], at('2026-11-23T12:00:05Z'));
    expect(evidence.samples).toEqual([{ localTime: at('2026-11-23T12:00:01.500Z'), serverTime: at('2026-11-23T10:00:00Z') }]);
    expect(checkClock(evidence).note).toEqual({ key: 'discover.clock.ahead', params: { minutes: 120 } });
  });

  it('ignores greetings without a date', () => {
    const probe = {
      startedAt: '2026-11-23T12:00:00.000Z',
      tls: null,
      stages: [{ id: 'greeting', status: 'pass', startedAtMs: 0, durationMs: 1, detail: { code: 'text', params: { text: '' } }, findings: [], evidence: [{ kind: 'reply', command: 'CONNECT', code: 220, text: 'mail.example.org ESMTP Postfix' }] }],
    } as unknown as ProbeResult;
    expect(clockEvidence([probe], new Date()).samples).toEqual([]);
  });
});
