/**
 * Group 11 (no budget): where a cold `cli.cjs probe` process spends its time, next to a
 * cold nodemailer verify() on the same server, so the probe engine's owner knows what to
 * fix. Each process is preloaded with cold-probe-hook.cjs, which timestamps module loads,
 * the first secure context, DNS, TCP connect and the TLS handshake (ms since the
 * process's time origin); the probe's own stage timings come from its --json result.
 * The hook's wrappers cost a little, so group 9 (unhooked) holds the comparable totals.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBundle } from './cli-bundle';
import { coldProbeClient, coldVerifyClient } from './cold-clients';
import { RTT_MS, startHealthyChain } from './healthy-chain';
import { ms, type BenchGroup, type BenchRow } from './report';
import { median } from './stats';

const HOOK = fileURLToPath(new URL('./cold-probe-hook.cjs', import.meta.url));

interface ProfileEvent {
  kind: string;
  name: string;
  start: number;
  end: number;
  depth?: number;
  roots?: number;
}

interface Profile {
  timeOrigin: number;
  bootstrapCompleteMs: number;
  exitMs: number;
  firstStdoutWriteMs: number | null;
  cpuUserMs: number;
  cpuSystemMs: number;
  x509: { count: number; ms: number };
  events: ProfileEvent[];
}

type Phases = Record<string, number>;

const duration = (events: readonly ProfileEvent[]) => events.reduce((sum, e) => sum + (e.end - e.start), 0);
/** Builtin loads not nested in another builtin load: their sum is the builtins' own cost. */
const outermostBuiltins = (events: readonly ProfileEvent[]) => {
  const builtins = events.filter((e) => e.kind === 'load-builtin');
  return builtins.filter((e) => !builtins.some((o) => o !== e && o.start <= e.start && o.end >= e.end));
};

function common(profile: Profile, wallMs: number): Phases {
  const { events } = profile;
  const context = events.filter((e) => e.kind === 'secure-context');
  return {
    wall: wallMs,
    outside: wallMs - profile.exitMs,
    bootstrap: profile.bootstrapCompleteMs,
    builtins: duration(outermostBuiltins(events)),
    rootCertificates: duration(events.filter((e) => e.kind === 'root-certificates')),
    secureContext: duration(context),
    secureContextRoots: context.reduce((sum, e) => sum + (e.roots ?? 0), 0),
    x509Count: profile.x509.count,
    x509Ms: profile.x509.ms,
    dns: duration(events.filter((e) => e.kind === 'dns')),
    tcpConnect: duration(events.filter((e) => e.kind === 'tcp-connect')),
    tlsHandshake: duration(events.filter((e) => e.kind === 'tls-handshake')),
    cpu: profile.cpuUserMs + profile.cpuSystemMs,
  };
}

export async function benchColdProfile(root: string, runs: number): Promise<BenchGroup> {
  const bundle = await ensureCliBundle(root);
  const dir = mkdtempSync(join(tmpdir(), 'msa-bench-profile-'));
  const out = join(dir, 'profile.json');
  const chain = await startHealthyChain();
  try {
    const ours = await coldProbeClient(bundle.path, chain, ['-r', HOOK], { MSA_PROFILE_OUT: out });
    const verify = await coldVerifyClient(chain, root, ['-r', HOOK], { MSA_PROFILE_OUT: out });
    const oursRuns: Phases[] = [];
    const verifyRuns: Phases[] = [];
    for (let round = 0; round < runs; round++) {
      const o = await ours();
      const profile = JSON.parse(readFileSync(out, 'utf8')) as Profile;
      const main = profile.events.find((e) => e.kind === 'load-main');
      // The outermost load of the command's chunk (the entry reaches it through run-cli's chunk).
      const command = profile.events.filter((e) => e.kind === 'load-module' && e.name.startsWith('probe-cli-command')).sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))[0];
      const probeStart = Date.parse(o.result.startedAt) - profile.timeOrigin;
      const connect = profile.events.find((e) => e.kind === 'tcp-connect');
      const stage = (id: string) => o.result.stages.find((s) => s.id === id)?.durationMs ?? 0;
      oursRuns.push({
        ...common(profile, o.wallMs),
        entry: main ? main.end - main.start : Number.NaN,
        commandLoad: command ? command.end - command.start : Number.NaN,
        beforeEngine: command ? probeStart - command.end : Number.NaN,
        setupBeforeConnect: connect ? connect.start - probeStart : Number.NaN,
        greeting: stage('greeting'),
        ehlo: stage('ehlo'),
        starttls: stage('starttls'),
        ehloTls: stage('ehlo-tls'),
        auth: stage('auth'),
        quit: stage('quit'),
        afterEngine: profile.exitMs - (probeStart + o.result.durationMs),
        engineFull: o.result.durationMs,
      });
      const v = await verify();
      const vProfile = JSON.parse(readFileSync(out, 'utf8')) as Profile;
      const nodemailer = vProfile.events.find((e) => e.kind === 'load-module' && e.name === 'nodemailer');
      verifyRuns.push({ ...common(vProfile, v.wallMs), moduleLoad: nodemailer ? nodemailer.end - nodemailer.start : Number.NaN, verify: v.verifyMs });
    }
    return profileGroup(oursRuns, verifyRuns, runs);
  } finally {
    await chain.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function profileGroup(oursRuns: Phases[], verifyRuns: Phases[], runs: number): BenchGroup {
  const med = (list: Phases[], key: string) => median(list.map((p) => p[key] ?? Number.NaN));
  const o = (key: string) => med(oursRuns, key);
  const v = (key: string) => med(verifyRuns, key);
  const row = (label: string, ours: number, verify?: number): BenchRow => ({ label, value: ms(ours), ...(verify === undefined ? {} : { spread: `verify(): ${ms(verify)}` }) });
  return {
    title: `11. Cold probe process: where the time goes (medians of ${runs}; 50 ms RTT chain; "spread" column shows a cold verify() process for comparison)`,
    rows: [
      row('whole process, wall (hooked) [1]', o('wall'), v('wall')),
      row('spawn, exec and teardown outside Node’s clock', o('outside'), v('outside')),
      row('Node bootstrap (time origin → bootstrap complete)', o('bootstrap'), v('bootstrap')),
      row('load dist-electron/cli.cjs (entry: dispatcher, command names)', o('entry')),
      row('load the probe command: its chunks + the builtins they require', o('commandLoad'), v('moduleLoad')),
      row('  of which Node builtins (tls, crypto, dns, http, zlib, …)', o('builtins'), v('builtins')),
      row('parse options, read the password from stdin (before the engine starts)', o('beforeEngine')),
      row('engine set-up before connecting (validation, trust store, resolve) [2]', o('setupBeforeConnect')),
      row(`  tls.rootCertificates, first access`, o('rootCertificates'), v('rootCertificates')),
      { label: `  tls.createSecureContext (${o('secureContextRoots')} roots; verify(): ${v('secureContextRoots')})`, value: ms(o('secureContext')), spread: `verify(): ${ms(v('secureContext'))}` },
      { label: `  X509Certificate parses (${o('x509Count')}; verify(): ${v('x509Count')})`, value: ms(o('x509Ms')), spread: `verify(): ${ms(v('x509Ms'))}` },
      row('  DNS (none for an IP address)', o('dns'), v('dns')),
      row('TCP connect (loopback to the delay proxy)', o('tcpConnect'), v('tcpConnect')),
      row(`greeting (${RTT_MS / 2} ms one way)`, o('greeting')),
      row('EHLO', o('ehlo')),
      row('STARTTLS command + TLS handshake (stage)', o('starttls')),
      row('  TLS handshake alone (tls.connect → secureConnect)', o('tlsHandshake'), v('tlsHandshake')),
      row('EHLO inside TLS', o('ehloTls')),
      row('AUTH LOGIN (2 round trips: the user name goes in the AUTH command)', o('auth')),
      row('QUIT → 221 and close', o('quit')),
      row('engine, full run', o('engineFull'), v('verify')),
      row('after the engine: format, print the JSON, exit', o('afterEngine')),
      row('CPU time of the process (user + system)', o('cpu'), v('cpu')),
    ],
    notes: [
      'Hooked runs are a few ms slower than group 9 (every require and the timed functions are wrapped).',
      'verify() passes only the lab root as `ca`, so its secure context holds 1 root; the probe trusts what a mail client would (Node’s ~150 bundled roots + NODE_EXTRA_CA_CERTS + the OS store where the runtime has one) and builds that context in its first run. Figures in electron/probe are for the probe engine to act on.',
    ],
    raw: { ours: oursRuns, verify: verifyRuns },
  };
}
