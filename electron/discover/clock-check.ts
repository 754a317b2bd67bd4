import type { ClockCheck } from '../../shared/discovery';
import type { CertificateInfo, ProbeResult } from '../../shared/types';
import { serverTimeFromGreeting } from '../probe/smtp-replies';

/** Beyond this a clock is wrong, not drifting; TLS and Kerberos-style checks start failing. */
export const CLOCK_SKEW_LIMIT_MS = 5 * 60 * 1000;

/** The server's view of the time, with our local time at the same moment. */
export interface ServerClockSample {
  localTime: Date;
  serverTime: Date;
}

export interface ClockEvidence {
  /** The local time the check is about (for certificates: when they were seen). */
  now: Date;
  /** From a greeting such as Microsoft's "… ready at Mon, 17 Nov 2026 10:00:00 +0000". */
  samples: readonly ServerClockSample[];
  /** Certificate chains the servers sent; leaf first. */
  chains: readonly (readonly Pick<CertificateInfo, 'validFrom' | 'validTo'>[])[];
}

/**
 * Compares this computer's clock with the servers'. A stated server time gives the
 * difference itself; certificate validity only bounds it: a leaf "not yet valid" means
 * our clock is behind (certificates are not issued in the future), and a whole chain
 * expired at once means it is ahead. A lone expired leaf proves nothing about the clock.
 */
export function checkClock(evidence: ClockEvidence): ClockCheck {
  const sample = evidence.samples[0];
  if (sample) {
    const skewMs = sample.localTime.getTime() - sample.serverTime.getTime();
    return verdict(sample.localTime, sample.serverTime.toISOString(), 'greeting', skewMs, false);
  }
  const now = evidence.now.getTime();
  for (const chain of evidence.chains) {
    const leaf = chain[0];
    if (!leaf) continue;
    const validFrom = Date.parse(leaf.validFrom);
    if (now < validFrom - CLOCK_SKEW_LIMIT_MS) return verdict(evidence.now, null, 'certificate', now - validFrom, true);
    const latestEnd = Math.max(...chain.map((cert) => Date.parse(cert.validTo)));
    if (chain.length >= 2 && now > latestEnd + CLOCK_SKEW_LIMIT_MS) return verdict(evidence.now, null, 'certificate', now - latestEnd, true);
  }
  return {
    status: 'unknown',
    localTime: evidence.now.toISOString(),
    serverTime: null,
    source: null,
    skewMs: null,
    atLeast: false,
    findingId: null,
    note: { key: 'discover.clock.unknown' },
  };
}

function verdict(local: Date, serverTime: string | null, source: 'greeting' | 'certificate', skewMs: number, atLeast: boolean): ClockCheck {
  const skewed = Math.abs(skewMs) > CLOCK_SKEW_LIMIT_MS;
  const minutes = Math.round(Math.abs(skewMs) / 60_000);
  return {
    status: skewed ? 'skewed' : 'ok',
    localTime: local.toISOString(),
    serverTime,
    source,
    skewMs,
    atLeast,
    findingId: skewed ? 'tls.clock-skew' : null,
    note: skewed ? { key: skewMs > 0 ? 'discover.clock.ahead' : 'discover.clock.behind', params: { minutes } } : { key: 'discover.clock.ok' },
  };
}

/** Collects the clock evidence from probe results: greeting times and certificate chains. */
export function clockEvidence(probes: readonly ProbeResult[], now: Date): ClockEvidence {
  const samples: ServerClockSample[] = [];
  for (const probe of probes) {
    const greeting = probe.stages.find((s) => s.id === 'greeting' && s.status !== 'skipped');
    const reply = greeting?.evidence.find((e) => e.kind === 'reply');
    const serverTime = reply && reply.kind === 'reply' ? serverTimeFromGreeting(reply.text) : null;
    if (!greeting || !serverTime) continue;
    // Our clock when the greeting arrived, on the probe's own clock (which tests can shift).
    const localTime = new Date(Date.parse(probe.startedAt) + greeting.startedAtMs + greeting.durationMs);
    samples.push({ localTime, serverTime });
  }
  const chains = probes.flatMap((p) => (p.tls && p.tls.chain.length > 0 ? [p.tls.chain] : []));
  return { now, samples, chains };
}
