import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { isPresetId, PRESETS, securityForPort } from '../../shared/presets';
import { probeResultToJson } from '../../shared/probe-result-json';
import { uniformTimeouts } from '../../shared/stages';
import type { PresetId, ProbeEvent, ProbeRequest, Security } from '../../shared/types';
import { parseProbeRequest, toWireHost } from '../../shared/validation';
import { withFindings } from '../findings-wiring';
import { runProbe, type Classify, type ProbeDeps } from '../probe';
import { UsageError, type CliCommand, type CliIo } from './command';
import { formatProbeResult, type DescribeFinding } from './probe-output';
import { prepareFormatting, t } from '../../shared/i18n';
import { resolveClientId, signInTarget } from '../../shared/oauth';
import type { CliOAuthFactory, CliSignInArgs, SignInReport } from './oauth-sign-in';
import { signInFailedResult } from './sign-in-result';


export interface ProbeCommandOptions {
  /** Titles for finding ids (the catalogue), shown next to each id. */
  describe?: DescribeFinding;
  /** The findings classifier; default: the catalogue's (electron/findings-wiring.ts). */
  classify?: Classify;
  /** Extra dependencies for runProbe (tests: a resolver, extra roots). */
  deps?: Omit<ProbeDeps, 'classify' | 'tlsServername' | 'env'>;
  /** Builds the Microsoft sign-in service for --auth oauth2 (tests: one over the lab provider). */
  oauth?: CliOAuthFactory;
}

export function createProbeCommand(options: ProbeCommandOptions = {}): CliCommand {
  return {
    name: 'probe',
    summary: 'Test sending mail to a server live, stage by stage',
    get usage() {
      return t('cli.usage.probe');
    },
    async run(args, io) {
      const parsed = parse(args);
      if (parsed.help) {
        io.stdout(`${t('cli.usage.probe')}\n`);
        return 0;
      }
      const { request, servername, oauth } = await buildRequest(parsed, io);
      let signIn: SignInReport | undefined;
      if (oauth) {
        const startedAt = new Date();
        // Loaded only for --auth oauth2, so a password probe connects without parsing the sign-in code.
        const { defaultCliOAuth, failureWords, signInForProbe } = await import('./oauth-sign-in');
        const service = await (options.oauth ?? defaultCliOAuth)(io, oauth.clientId);
        const outcome = await signInForProbe(service, oauth, io);
        signIn = outcome.report;
        if (!outcome.ok) {
          io.stderr(`${t('oauth.cli.sign-in-failed', { words: failureWords(outcome.failure) })}\n`);
          const failed = signInFailedResult({ ...request, auth: { method: 'oauth2', user: oauth.user, accessToken: '' } }, outcome.failure, outcome.report, startedAt);
          io.stdout(parsed.json ? `${JSON.stringify({ ...probeResultToJson(failed), signIn: failed.signIn }, null, 2)}\n` : formatProbeResult(failed, options.describe));
          return 1;
        }
        const { username } = outcome.account;
        io.stderr(`${t('oauth.account.signed-in', { username })}\n`);
        // XOAUTH2 signs in as the signed-in account; say so when that is not the address asked for.
        if (username.toLowerCase() !== oauth.user.toLowerCase()) io.stderr(`${t('oauth.account.mismatch', { username, address: oauth.user })}\n`);
        request.auth = { method: 'oauth2', user: username, accessToken: outcome.accessToken };
      }
      const deps: ProbeDeps = withFindings({
        ...options.deps,
        env: io.env,
        ...(options.classify ? { classify: options.classify } : {}),
        ...(servername ? { tlsServername: servername } : {}),
      });
      const probed = await runProbe(request, deps, prepareOutputWhileConnected);
      const result = signIn ? { ...probed, signIn } : probed;
      // --json keeps each stage's `detail` as English text; the code behind it rides along.
      io.stdout(parsed.json ? `${JSON.stringify(signIn ? { ...probeResultToJson(probed), signIn } : probeResultToJson(probed), null, 2)}\n` : formatProbeResult(result, options.describe));
      return result.verdict === 'pass' || result.verdict === 'warn' ? 0 : 1;
    },
  };
}

export const probeCommand: CliCommand = createProbeCommand();

/**
 * The probe's event stream, used for one thing: once connected, while the greeting is on
 * its way, the output's formatting is set up (its first use costs ~15 ms in a cold process,
 * test/bench/cold-profile-bench.ts), so the verdict prints as soon as the run ends.
 */
function prepareOutputWhileConnected(event: ProbeEvent): void {
  if (event.type === 'stage-start' && event.stage === 'greeting') setImmediate(prepareFormatting);
}

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
        auth: { type: 'string' },
        'device-code': { type: 'boolean' },
        'client-id': { type: 'string' },
        tenant: { type: 'string' },
        authority: { type: 'string' },
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

async function buildRequest(values: Parsed, io: CliIo): Promise<{ request: ProbeRequest; servername?: string; oauth?: CliSignInArgs }> {
  const presetId: PresetId = values.preset === undefined ? 'custom' : checkPreset(values.preset);
  const preset = PRESETS[presetId];
  const host = values.host ?? preset.host;
  if (!host) throw new UsageError(t('cli.error.hostRequired', { preset: presetId }));
  if (preset.microsoft && isIP(host)) {
    throw new UsageError(t('cli.error.microsoftHostIp', { host }));
  }
  const port = values.port === undefined ? preset.port : checkPort(values.port);
  const security = values.security === undefined ? (presetId === 'custom' ? securityForPort(port) : preset.security) : checkSecurity(values.security);

  const oauth = oauthArgs(values, presetId);
  if (values['password-stdin'] && values['oauth-token-stdin']) throw new UsageError(t('cli.error.stdinBoth'));
  const wantsSecret = values['password-stdin'] || values['oauth-token-stdin'];
  if (wantsSecret && !values.user) throw new UsageError(t('cli.error.userRequiredForStdin'));
  let auth: ProbeRequest['auth'] = { method: 'none' };
  if (wantsSecret && values.user) {
    // One trailing newline is what `echo` or a here-string adds; the secret itself is kept as typed.
    const secret = (await io.readStdin()).replace(/\r?\n$/, '');
    if (!secret) throw new UsageError(t('cli.error.stdinEmpty'));
    auth = values['password-stdin']
      ? { method: 'password', user: values.user, password: secret }
      : { method: 'oauth2', user: values.user, accessToken: secret };
  } else if (values.user && !oauth) {
    throw new UsageError(t('cli.error.userNeedsStdin'));
  }

  const request: ProbeRequest = { host, port, security, auth, presetId };
  if (values['send-test-to']) request.sendTestTo = values['send-test-to'];
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(t('cli.error.timeout', { value: values.timeout }));
    request.timeouts = uniformTimeouts(seconds * 1000);
  }
  // The same rule as IPC, and its output: hosts and addresses in their wire form (punycode).
  const checked = parseProbeRequest(request);
  if (!checked.ok) throw new UsageError(checked.message);
  const given = values['tls-servername'];
  const servername = given === undefined ? undefined : toWireHost(given);
  if (servername === null) throw new UsageError(t('cli.error.tlsServername'));
  return { request: checked.request as ProbeRequest, ...(servername ? { servername } : {}), ...(oauth ? { oauth } : {}) };
}

/** `--auth oauth2` and its options; the token itself comes from the sign-in, never from argv. */
function oauthArgs(values: Parsed, presetId: PresetId): CliSignInArgs | undefined {
  const flags = (['device-code', 'client-id', 'tenant', 'authority'] as const).filter((name) => values[name] !== undefined);
  if (values.auth === undefined) {
    if (flags.length > 0) throw new UsageError(t('cli.error.needsOauth', { flag: `--${flags[0]}` }));
    return undefined;
  }
  if (values.auth !== 'oauth2') throw new UsageError(t('cli.error.auth', { value: values.auth }));
  if (!values.user) throw new UsageError(t('cli.error.userRequiredForOauth'));
  if (values['password-stdin'] || values['oauth-token-stdin']) throw new UsageError(t('cli.error.oauthWithStdin'));
  if (values.tenant !== undefined && values.authority !== undefined) throw new UsageError(t('cli.error.tenantAuthorityBoth'));
  // The same checks the sign-in makes, reported as what they are: a mistyped option.
  const target = signInTarget({ presetId, ...(values.tenant !== undefined ? { tenant: values.tenant } : {}), ...(values.authority !== undefined ? { authority: values.authority } : {}) });
  if (!target.ok && target.error.reason === 'invalid-authority') throw new UsageError(t('cli.error.signInTarget', { flag: `--${values.authority !== undefined ? 'authority' : 'tenant'}`, problem: target.error.message }));
  const clientId = values['client-id'] !== undefined ? resolveClientId({ commandLine: values['client-id'] }) : null;
  if (clientId && !clientId.ok) throw new UsageError(t('cli.error.clientId', { problem: clientId.error.message }));
  return {
    user: values.user,
    presetId,
    deviceCode: values['device-code'] === true,
    ...(values['client-id'] !== undefined ? { clientId: values['client-id'] } : {}),
    ...(values.tenant !== undefined ? { tenant: values.tenant } : {}),
    ...(values.authority !== undefined ? { authority: values.authority } : {}),
  };
}

function checkPreset(value: string): PresetId {
  if (!isPresetId(value)) throw new UsageError(t('cli.error.preset', { value, list: Object.keys(PRESETS).join(', ') }));
  return value;
}

function checkPort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new UsageError(t('cli.error.port', { value }));
  return port;
}

function checkSecurity(value: string): Security {
  if (value !== 'starttls' && value !== 'tls' && value !== 'none') throw new UsageError(t('cli.error.security', { value }));
  return value;
}
