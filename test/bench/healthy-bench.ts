/**
 * Budget: "Healthy probe through a proxy adding 50 ms RTT: no more than 1.1 × the protocol's
 * minimum round trips, and not slower than swaks or nodemailer verify() on the same server."
 * The three clients take turns within each round, so drift on a shared machine (other
 * builds, GC) falls on all of them alike.
 */
import { clocked, type HealthyChain, RTT_MS, startHealthyChain } from './healthy-chain';
import { nodemailerVerify, ourProbe, swaksLogin, type OurRun } from './healthy-clients';
import { protocolMinimum } from './protocol-minimum';
import { ms, ratioRow, spreadOf, type BenchGroup, type BenchRow } from './report';
import { ratio, summarize, type Summary } from './stats';
import { swaksAvailability } from './swaks';

export interface HealthyOptions {
  runs: number;
  warmups: number;
}

interface Samples {
  ours: { full: number[]; verdict: number[]; setup: number[]; lifetime: number[]; think: number[] };
  verify: { resolved: number[]; lifetime: number[]; think: number[] };
  swaks: { wall: number[]; lifetime: number[]; think: number[] } | null;
}

async function collect(chain: HealthyChain, options: HealthyOptions, withSwaks: boolean): Promise<Samples> {
  const ours = ourProbe(chain);
  const verify = nodemailerVerify(chain);
  const swaks = withSwaks ? await swaksLogin(chain) : null;
  const samples: Samples = {
    ours: { full: [], verdict: [], setup: [], lifetime: [], think: [] },
    verify: { resolved: [], lifetime: [], think: [] },
    swaks: swaks ? { wall: [], lifetime: [], think: [] } : null,
  };
  for (let round = 0; round < options.warmups + options.runs; round++) {
    const keep = round >= options.warmups;
    const o = await clocked<OurRun>(chain.clock, ours);
    const v = await clocked(chain.clock, verify);
    const s = swaks ? await clocked(chain.clock, swaks) : null;
    if (!keep) continue;
    samples.ours.full.push(o.value.fullMs);
    samples.ours.verdict.push(o.value.verdictMs);
    samples.ours.setup.push(o.value.setupMs);
    samples.ours.lifetime.push(o.connection.lifetimeMs);
    samples.ours.think.push(o.connection.clientThinkMs);
    samples.verify.resolved.push(v.value);
    samples.verify.lifetime.push(v.connection.lifetimeMs);
    samples.verify.think.push(v.connection.clientThinkMs);
    if (s && samples.swaks) {
      samples.swaks.wall.push(s.value);
      samples.swaks.lifetime.push(s.connection.lifetimeMs);
      samples.swaks.think.push(s.connection.clientThinkMs);
    }
  }
  return samples;
}

export async function benchHealthy(options: HealthyOptions): Promise<BenchGroup> {
  const swaksReady = await swaksAvailability();
  const chain = await startHealthyChain();
  try {
    const samples = await collect(chain, options, swaksReady.ok);
    return healthyGroup(samples, swaksReady.ok ? null : swaksReady.reason, options);
  } finally {
    await chain.close();
  }
}

function healthyGroup(samples: Samples, swaksMissing: string | null, options: HealthyOptions): BenchGroup {
  const minimum = protocolMinimum(RTT_MS);
  const s = {
    oursFull: summarize(samples.ours.full),
    oursVerdict: summarize(samples.ours.verdict),
    oursSetup: summarize(samples.ours.setup),
    oursLifetime: summarize(samples.ours.lifetime),
    oursThink: summarize(samples.ours.think),
    verify: summarize(samples.verify.resolved),
    verifyLifetime: summarize(samples.verify.lifetime),
    verifyThink: summarize(samples.verify.think),
    swaksWall: samples.swaks ? summarize(samples.swaks.wall) : null,
    swaksLifetime: samples.swaks ? summarize(samples.swaks.lifetime) : null,
    swaksThink: samples.swaks ? summarize(samples.swaks.think) : null,
  };
  const ratios = {
    oursVsMinimum: ratio(s.oursFull.median, minimum.proxyMs),
    oursVerdictVsVerify: ratio(s.oursVerdict.median, s.verify.median),
    oursFullVsVerify: ratio(s.oursFull.median, s.verify.median),
    oursVsSwaksLifetime: s.swaksLifetime ? ratio(s.oursLifetime.median, s.swaksLifetime.median) : Number.NaN,
    oursVsSwaksWall: s.swaksWall ? ratio(s.oursFull.median, s.swaksWall.median) : Number.NaN,
  };
  const timed = (label: string, summary: Summary | null): BenchRow =>
    summary ? { label, value: ms(summary.median), spread: spreadOf(summary) } : { label, value: 'not run [4]' };
  const info = (label: string, value: number): BenchRow => ({ label, value: Number.isFinite(value) ? value.toFixed(3) : 'n/a' });
  return {
    title: `1. Healthy probe, STARTTLS + AUTH LOGIN, ${RTT_MS} ms RTT (medians of ${options.runs} rounds after ${options.warmups} warm-ups)`,
    rows: [
      { label: `protocol minimum through the proxy (${minimum.proxyRoundTrips} RTT) [1]`, value: ms(minimum.proxyMs) },
      { label: `protocol minimum on a real path (${minimum.realPathRoundTrips} RTT, info) [1]`, value: ms(minimum.realPathMs) },
      timed('ours: runProbe full run, incl. QUIT reply', s.oursFull),
      timed('ours: time to verdict (AUTH answered 235) [2]', s.oursVerdict),
      timed('ours: set-up before connecting (info)', s.oursSetup),
      timed('ours: connection open→closed [3]', s.oursLifetime),
      timed('nodemailer verify(): resolved (235, QUIT sent) [2]', s.verify),
      timed('nodemailer verify(): connection open→closed [3]', s.verifyLifetime),
      timed('swaks: process wall time, incl. perl start-up [4]', s.swaksWall),
      timed('swaks: connection open→closed [3]', s.swaksLifetime),
      timed('client think time per session: ours [5]', s.oursThink),
      timed('client think time per session: verify() [5]', s.verifyThink),
      timed('client think time per session: swaks [5]', s.swaksThink),
      ratioRow('ours full run / protocol minimum', ratios.oursVsMinimum, 1.1),
      ratioRow('ours time to verdict / verify() resolved', ratios.oursVerdictVsVerify, 1.0),
      ratioRow('ours / swaks, connection open→closed', ratios.oursVsSwaksLifetime, 1.0),
      info('ours full run / verify() resolved (info: one more RTT) [2]', ratios.oursFullVsVerify),
      info('ours full run / swaks wall time (info)', ratios.oursVsSwaksWall),
    ],
    notes: [
      `Round trips: connect 1 + greeting 1 + EHLO 1 + STARTTLS 1 + TLS 1.3 handshake 1 + EHLO 1 + AUTH LOGIN 2 (the user name in the AUTH command) + QUIT 1 = ${minimum.realPathRoundTrips} on a real path. The delay proxy accepts on loopback at once and delays only data, so there connect costs 0 and the greeting half a trip: ${minimum.proxyRoundTrips} RTT is the best any client can do in this setup, and the budget uses it (protocol-minimum.ts).`,
      'verify() resolves when the 235 arrives and it sends QUIT without waiting for the 221; our verdict is known at the same 235, and our full run also waits for the 221 and the close (one more RTT).',
      'A pass-through TCP hop in front of the proxy times each connection from accept to both sides closed: the same yardstick for every client, without process start-up. Ratios ≤ 1.00 are judged on medians; a difference of 1–2 ms is within the proxy timers\' jitter.',
      swaksMissing
        ? `swaks was not run: ${swaksMissing} (install libnet-ssleay-perl and libio-socket-ssl-perl).`
        : "swaks 20201014: --tls --tls-verify --tls-ca-path <lab root> --tls-sni smtp.office365.com --auth LOGIN --quit-after AUTH. It verifies the chain against the lab root but not the host name (it also accepts the lab's hostname-mismatch certificate).",
      "Sum over a session of the gaps between the server's last bytes reaching the hop and the client's next bytes: the client's own work (parsing, TLS crypto, bookkeeping) with the network taken out. It explains small differences between the clients' totals.",
    ],
    raw: { rttMs: RTT_MS, minimum, samples, summaries: s, ratios },
  };
}
