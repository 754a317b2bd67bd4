import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { isPresetId, PRESETS, securityForPort } from '../../shared/presets';
import { probeResultToJson } from '../../shared/probe-result-json';
import { uniformTimeouts } from '../../shared/stages';
import type { PresetId, ProbeRequest, Security } from '../../shared/types';
import { checkProbeRequest, isHostName } from '../../shared/validation';
import { withFindings } from '../findings-wiring';
import { runProbe, type Classify, type ProbeDeps } from '../probe';
import { UsageError, type CliCommand, type CliIo } from './command';
import { formatProbeResult, type DescribeFinding } from './probe-output';

const USAGE = `Usage: mail-setup probe [--preset ID] [options]

Tests sending mail live: DNS, connection, greeting, EHLO, STARTTLS and certificate,
sign-in, and optionally a test message to your own address.

Options:
  --preset ID             microsoft365, outlook-com, microsoft365-gcc-high,
                          microsoft365-relay, smart-host, custom (default: custom)
  --host NAME             server name (required unless the preset has one)
  --port N                port (default: the preset's, or 587)
  --security MODE         starttls | tls | none
  --user NAME             sign-in name (usually the full email address)
  --password-stdin        read the password from standard input
  --oauth-token-stdin     read an OAuth access token from standard input
  --send-test-to ADDR     also send a test message to this (your own) address
  --tls-servername NAME   certificate name to check (when --host is an IP address)
  --timeout SECONDS       per-step timeout (default: 4 s to connect, more for commands)
  --json                  print the full result as one JSON document
Secrets are read only from standard input. Exit: 0 passed, 1 a step failed, 2 usage error.`;

export interface ProbeCommandOptions {
  /** Titles for finding ids (the catalogue), shown next to each id. */
  describe?: DescribeFinding;
  /** The findings classifier; default: the catalogue's (electron/findings-wiring.ts). */
  classify?: Classify;
  /** Extra dependencies for runProbe (tests: a resolver, extra roots). */
  deps?: Omit<ProbeDeps, 'classify' | 'tlsServername' | 'env'>;
}

export function createProbeCommand(options: ProbeCommandOptions = {}): CliCommand {
  return {
    name: 'probe',
    summary: 'Test sending mail to a server live, stage by stage',
    usage: USAGE,
    async run(args, io) {
      const parsed = parse(args);
      if (parsed.help) {
        io.stdout(`${USAGE}\n`);
        return 0;
      }
      const { request, servername } = await buildRequest(parsed, io);
      const deps: ProbeDeps = withFindings({
        ...options.deps,
        env: io.env,
        ...(options.classify ? { classify: options.classify } : {}),
        ...(servername ? { tlsServername: servername } : {}),
      });
      const result = await runProbe(request, deps, () => {});
      // --json keeps each stage's `detail` as English text; the code behind it rides along.
      io.stdout(parsed.json ? `${JSON.stringify(probeResultToJson(result), null, 2)}\n` : formatProbeResult(result, options.describe));
      return result.verdict === 'pass' || result.verdict === 'warn' ? 0 : 1;
    },
  };
}

export const probeCommand: CliCommand = createProbeCommand();

type Parsed = ReturnType<typeof parse>;

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        preset: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        security: { type: 'string' },
        user: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        'oauth-token-stdin': { type: 'boolean' },
        'send-test-to': { type: 'string' },
        'tls-servername': { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function buildRequest(values: Parsed, io: CliIo): Promise<{ request: ProbeRequest; servername?: string }> {
  const presetId: PresetId = values.preset === undefined ? 'custom' : checkPreset(values.preset);
  const preset = PRESETS[presetId];
  const host = values.host ?? preset.host;
  if (!host) throw new UsageError(`--host is required for --preset ${presetId}`);
  if (preset.microsoft && isIP(host)) {
    throw new UsageError(`Microsoft asks for the DNS name, not an IP address (--host ${host}). Use --preset custom to test an IP address.`);
  }
  const port = values.port === undefined ? preset.port : checkPort(values.port);
  const security = values.security === undefined ? (presetId === 'custom' ? securityForPort(port) : preset.security) : checkSecurity(values.security);

  if (values['password-stdin'] && values['oauth-token-stdin']) throw new UsageError('use either --password-stdin or --oauth-token-stdin, not both');
  const wantsSecret = values['password-stdin'] || values['oauth-token-stdin'];
  if (wantsSecret && !values.user) throw new UsageError('--user is required with --password-stdin or --oauth-token-stdin');
  let auth: ProbeRequest['auth'] = { method: 'none' };
  if (wantsSecret && values.user) {
    // One trailing newline is what `echo` or a here-string adds; the secret itself is kept as typed.
    const secret = (await io.readStdin()).replace(/\r?\n$/, '');
    if (!secret) throw new UsageError('standard input was empty; pipe the secret in');
    auth = values['password-stdin']
      ? { method: 'password', user: values.user, password: secret }
      : { method: 'oauth2', user: values.user, accessToken: secret };
  } else if (values.user) {
    throw new UsageError('--user needs --password-stdin or --oauth-token-stdin (secrets are read only from standard input)');
  }

  const request: ProbeRequest = { host, port, security, auth, presetId };
  if (values['send-test-to']) request.sendTestTo = values['send-test-to'];
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout must be a positive number of seconds, got "${values.timeout}"`);
    request.timeouts = uniformTimeouts(seconds * 1000);
  }
  const problem = checkProbeRequest(request);
  if (problem) throw new UsageError(problem.message);
  const servername = values['tls-servername'];
  if (servername !== undefined && !isHostName(servername)) throw new UsageError('--tls-servername must be a host name');
  return servername ? { request, servername } : { request };
}

function checkPreset(value: string): PresetId {
  if (!isPresetId(value)) throw new UsageError(`unknown preset "${value}"; choose one of ${Object.keys(PRESETS).join(', ')}`);
  return value;
}

function checkPort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new UsageError(`--port must be a number from 1 to 65535, got "${value}"`);
  return port;
}

function checkSecurity(value: string): Security {
  if (value !== 'starttls' && value !== 'tls' && value !== 'none') throw new UsageError(`--security must be starttls, tls or none, got "${value}"`);
  return value;
}
