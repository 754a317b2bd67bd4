/**
 * What `discover` finds out from this computer: which ports answer, how, and what the
 * person's domain says in DNS. Pure data (JSON-safe, no Error objects) plus small pure
 * helpers the renderer and the CLI share.
 */
import { t } from './i18n';
import type { DiscoverMessageKey } from './i18n/en/discover';
import { isMicrosoftHost, securityForPort } from './presets';
import type { Result } from './result';
import { err, ok } from './result';
import { isTlsDiagnosis, TLS_DIAGNOSIS_WORDS } from './tls-words';
import type { PresetId, ProbeResult, ProbeTimeouts, Security, TlsReport } from './types';
import { z } from 'zod';
import { addressSchema, hostSchema, portSchema, probeRequestSchema, safeText, securitySchema } from './validation';

/** A sentence for people: an i18n key in shared/i18n/en/discover.ts with its parameters. */
export interface Reason {
  key: DiscoverMessageKey;
  params?: Record<string, string | number>;
}

/**
 * A reason's parameters as the words fill them: the data keeps ids (the CLI's --json shows
 * them as they are), the sentence gets the TLS diagnosis in words. (Counts such as
 * {minutes} stay numbers for the message's ICU plural.)
 */
export function reasonParams(reason: Reason): Record<string, string | number> | undefined {
  const params = reason.params;
  if (!params) return undefined;
  const words: Record<string, string | number> = { ...params };
  if (isTlsDiagnosis(params.diagnosis)) words.diagnosis = t(TLS_DIAGNOSIS_WORDS[params.diagnosis]);
  return words;
}

export interface PortSpec {
  port: number;
  security: Security;
}

/** How far a connection to one port got. */
export type Reachability =
  | 'reachable'
  | 'blocked'
  | 'refused'
  | 'reset'
  | 'no-greeting'
  | 'unresolved'
  | 'offline'
  | 'cancelled'
  | 'error'
  | 'not-tried';

/** What encryption looked like on a reachable port. */
export type TlsState = 'verified' | 'unverified' | 'not-offered' | 'mode-mismatch' | 'not-reached' | 'none';

/** One row of the matrix. */
export interface PortProbe {
  port: number;
  /** The mode that answered (after a mode retry), else the mode tried. */
  security: Security;
  /** Modes tried, in order; two when the first showed the port speaks the other mode. */
  tried: Security[];
  reachability: Reachability;
  tls: TlsState;
  tlsProtocol: string | null;
  tlsDiagnosis: TlsReport['diagnosis'] | null;
  /** AUTH mechanisms in the last EHLO (inside TLS when there was TLS). */
  authMechanisms: string[];
  /** A mail client could use this port: greeted, EHLO answered, encryption verified. */
  usable: boolean;
  /** The failure is what the service is known to do (465 at Microsoft), not a fault here. */
  expected: boolean;
  /** Finding ids, most important first. */
  findings: string[];
  /** Short technical detail in English ("ETIMEDOUT after 4000 ms"). */
  detail: string;
  durationMs: number;
  /** The probe run(s) behind the row, for transcripts. */
  runIds: string[];
}

export interface Recommendation {
  found: boolean;
  host: string;
  port: number | null;
  security: Security | null;
  presetId: PresetId | null;
  authMechanisms: string[];
  reasons: Reason[];
}

export type NetworkState = 'online' | 'offline' | 'dns-failure' | 'captive-portal';

export interface NetworkStatus {
  state: NetworkState;
  /** A non-loopback network interface is up. */
  interfacesUp: boolean;
  /** The quick lookup of the target host that tells "offline" from "DNS broken". */
  lookup: {
    host: string;
    outcome: 'resolved' | 'timeout' | 'failed' | 'skipped';
    addresses: string[];
    code?: string;
    durationMs: number;
  };
  detail: string;
}

export type LookupStatus = 'found' | 'none' | 'failed';

export interface MxHost {
  exchange: string;
  priority: number;
}

export interface MxCheck {
  status: LookupStatus;
  /** Sorted by priority, lowest (preferred) first. */
  hosts: MxHost[];
  microsoft365: boolean;
  /** The tenant's <name>.mail.protection.outlook.com host, for relay and Direct Send. */
  protectionHost: string | null;
  outlookCom: boolean;
  error?: string;
}

export interface SpfCheck {
  status: LookupStatus;
  record: string | null;
  includesMicrosoft: boolean;
  error?: string;
}

export interface AutodiscoverCheck {
  status: LookupStatus;
  target: string | null;
  microsoft: boolean;
  error?: string;
  /**
   * Microsoft's Autodiscover service, asked for one address when the records said nothing
   * of Microsoft (the wizard's address-first check only; discover never asks it).
   */
  service?: 'found' | 'unknown-address' | 'failed';
}

export interface DmarcCheck {
  status: LookupStatus;
  record: string | null;
  policy: 'none' | 'quarantine' | 'reject' | null;
  error?: string;
}

export type DomainProvider = 'microsoft365' | 'outlook-com' | 'other' | 'unknown';

export interface DomainCheck {
  domain: string;
  provider: DomainProvider;
  mx: MxCheck;
  spf: SpfCheck;
  autodiscover: AutodiscoverCheck;
  dmarc: DmarcCheck;
  /** One plain sentence per check, in the order mx, spf, autodiscover, dmarc. */
  notes: Reason[];
  durationMs: number;
}

export interface ClockCheck {
  status: 'ok' | 'skewed' | 'unknown';
  localTime: string;
  serverTime: string | null;
  source: 'greeting' | 'certificate' | null;
  /** Local minus server, ms; positive = this computer is ahead. */
  skewMs: number | null;
  /** From certificate validity only the least possible difference is known. */
  atLeast: boolean;
  findingId: 'tls.clock-skew' | null;
  note: Reason;
}

export type HostSource = 'given' | 'consumer-domain' | 'microsoft365-mx' | 'microsoft365-dns' | 'default';

export interface DiscoverTarget {
  input: string;
  address: string | null;
  domain: string | null;
  host: string;
  hostSource: HostSource;
  presetId: PresetId;
  microsoft: boolean;
  /** The MX host for relay / Direct Send when the domain is on Microsoft 365. */
  relayHost: string | null;
}

export interface DiscoverResult {
  startedAt: string;
  durationMs: number;
  cancelled: boolean;
  target: DiscoverTarget;
  network: NetworkStatus;
  ports: PortProbe[];
  recommendation: Recommendation;
  domain: DomainCheck | null;
  clock: ClockCheck | null;
  /** All finding ids, most important first, without the expected ones. */
  findings: string[];
  /** The probes behind the rows (redacted; discover never signs in). */
  probes: ProbeResult[];
}

export interface DiscoverOptions {
  /** Ports to try; default: portsToTry(host). */
  ports?: PortSpec[];
  timeouts?: Partial<ProbeTimeouts>;
  /** Run the DNS checks for an address's domain (default true). */
  checkDomain?: boolean;
  /** SNI / certificate name when the host is an IP or a test alias. */
  tlsServername?: string;
}

/** Microsoft offers 587 and 25 with STARTTLS; 465 is probed only to explain that it is not offered. */
export const MICROSOFT_PORTS: readonly PortSpec[] = [
  { port: 587, security: 'starttls' },
  { port: 25, security: 'starttls' },
  { port: 465, security: 'tls' },
];

/** Other servers: the submission ports, then 25 and the common alternative 2525. */
export const CUSTOM_PORTS: readonly PortSpec[] = [...MICROSOFT_PORTS, { port: 2525, security: 'starttls' }];

export function portsToTry(host: string): PortSpec[] {
  return [...(isMicrosoftHost(host) ? MICROSOFT_PORTS : CUSTOM_PORTS)];
}

/** The mode a bare port number implies: implicit TLS on 465, STARTTLS elsewhere. */
/** The usual mode for a port (465 implicit TLS, others STARTTLS); one rule for the wizard, CLI and discover. */
export const defaultSecurity = securityForPort;

/** Parses "587,25,465" or "587/starttls,465/tls"; duplicates are dropped. */
export function parsePortSpecs(text: string): Result<PortSpec[]> {
  const specs: PortSpec[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^(\d{1,5})(?:\/(starttls|tls|none))?$/i.exec(part);
    const port = Number(match?.[1]);
    if (!match || !Number.isInteger(port) || port < 1 || port > 65535) {
      return err('INVALID_INPUT', t('discover.problem.not-a-port', { value: part }), 'ports');
    }
    const security = (match[2]?.toLowerCase() as Security | undefined) ?? defaultSecurity(port);
    if (!specs.some((s) => s.port === port && s.security === security)) specs.push({ port, security });
  }
  return specs.length > 0 ? ok(specs) : err('INVALID_INPUT', t('discover.problem.no-port'), 'ports');
}

export type DiscoverInput = { kind: 'address'; address: string; domain: string } | { kind: 'host'; host: string };

/** An email address (its domain decides the host) or a server name / IPv4 address. */
export function parseDiscoverInput(text: string): Result<DiscoverInput> {
  const value = text.trim();
  if (value.includes('@')) {
    const parsed = addressSchema.safeParse(value);
    if (!parsed.success) return err('INVALID_INPUT', t('discover.problem.not-an-address', { value }), 'input');
    const domain = (parsed.data.split('@')[1] ?? '').toLowerCase().replace(/\.$/, '');
    return ok({ kind: 'address', address: parsed.data, domain });
  }
  const host = hostSchema.safeParse(value);
  if (!host.success) return err('INVALID_INPUT', t('discover.cli.input-invalid', { value }), 'input');
  return ok({ kind: 'host', host: host.data.toLowerCase().replace(/\.$/, '') });
}

/** i18n key for a row's reach cell. */
export function reachKey(row: Pick<PortProbe, 'reachability'>): DiscoverMessageKey {
  return `discover.reach.${row.reachability}`;
}

export function tlsKey(row: Pick<PortProbe, 'tls'>): DiscoverMessageKey {
  return `discover.tls.${row.tls}`;
}

export function modeKey(security: Security): DiscoverMessageKey {
  return `discover.mode.${security}`;
}

/** IPC input for discover (for the lead's REQUEST_SCHEMAS): the text typed and the options. */
export const discoverRequestSchema = z.object({
  input: safeText(320).min(1),
  options: z
    .object({
      ports: z.array(z.object({ port: portSchema, security: securitySchema })).min(1).max(8).optional(),
      timeouts: probeRequestSchema.shape.timeouts,
      checkDomain: z.boolean().optional(),
      tlsServername: hostSchema.optional(),
    })
    .strict()
    .optional(),
});
