/**
 * `mail-setup discover`: what works from this network. For an address it picks the
 * Microsoft host from the domain and checks the domain's DNS; with --host it checks
 * that host. Never signs in, so it takes no secret at all.
 */
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { parsePortSpecs, type DiscoverOptions, type PortSpec } from '../../shared/discovery';
import { t } from '../../shared/i18n';
import { probeResultToJson } from '../../shared/probe-result-json';
import { discover } from '../discover/discover';
import { discoverText } from '../discover/discover-text';
import { withFindings } from '../findings-wiring';
import { overrideResolver } from '../discover/dns-host-resolver';
import { systemResolver } from '../probe/connect';
import { uniformTimeouts } from '../../shared/stages';
import { UsageError, type CliCommand, type CliIo } from './command';


const OPTIONS = {
  host: { type: 'string' },
  ports: { type: 'string' },
  'tls-servername': { type: 'string' },
  resolve: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  'no-domain-check': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

const SECRET_FLAGS = /^--(password|password-stdin|oauth-token-stdin|token|access-token)(=|$)/;

interface Parsed {
  input: string;
  options: DiscoverOptions;
  overrides: Map<string, string>;
  json: boolean;
}

function parse(args: string[]): Parsed {
  const secretFlag = args.find((arg) => SECRET_FLAGS.test(arg));
  if (secretFlag) throw new UsageError(t('discover.cli.secret-refused', { flag: secretFlag.split('=')[0] ?? secretFlag }));
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1 || (positionals.length === 1 && values.host)) throw new UsageError(t('discover.cli.input-both'));
  const input = values.host ?? positionals[0];
  if (!input) throw new UsageError(t('discover.cli.input-missing'));

  const options: DiscoverOptions = {};
  if (values.ports !== undefined) options.ports = ports(values.ports);
  if (values['tls-servername']) options.tlsServername = values['tls-servername'];
  if (values['no-domain-check']) options.checkDomain = false;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(t('discover.cli.bad-timeout', { value: values.timeout }));
    options.timeouts = uniformTimeouts(seconds * 1000);
  }
  return { input, options, overrides: resolveOverrides(values.resolve ?? []), json: values.json ?? false };
}

function ports(text: string): PortSpec[] {
  const result = parsePortSpecs(text);
  if (!result.ok) throw new UsageError(t('discover.cli.bad-ports', { problem: result.error.message }));
  return result.value;
}

function resolveOverrides(entries: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries) {
    // NAME:ADDRESS, split at the first colon so an IPv6 address keeps its own.
    const at = entry.indexOf(':');
    const name = entry.slice(0, at).trim().toLowerCase();
    const address = entry.slice(at + 1).trim().replace(/^\[(.*)\]$/, '$1');
    if (at <= 0 || !name || !isIP(address)) throw new UsageError(t('discover.cli.bad-resolve', { value: entry }));
    map.set(name, address);
  }
  return map;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { input, options, overrides, json } = parse(args);
  const result = await discover(
    input,
    { probeDeps: withFindings({ resolver: overrideResolver(overrides, systemResolver), env: io.env }) },
    options,
  );
  if (!result.ok) throw new UsageError(t('discover.cli.input-invalid', { value: input }));
  const found = result.value.recommendation.found;
  // Probe results keep each stage's `detail` as English text, as --json always had it.
  if (json) io.stdout(`${JSON.stringify({ ok: found, ...result.value, probes: result.value.probes.map(probeResultToJson) })}\n`);
  else io.stdout(discoverText(result.value));
  return found ? 0 : 1;
}

export const discoverCommand: CliCommand = {
  name: 'discover',
  summary: 'Find which ports and settings work from this network (no sign-in)',
  get usage() {
    return t('cli.usage.discover');
  },
  run,
};
