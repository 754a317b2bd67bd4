/**
 * The account an export describes: a preset plus the person's address and any
 * overrides, validated and resolved into concrete servers. Every generator takes an
 * ExportAccount, so none of them re-checks input. There is deliberately no field for
 * a password or token: unknown keys (a stray `password`) are dropped by the schema.
 */
import { z } from 'zod';
import { isMicrosoftHost, isPresetId, guessMicrosoftMxHost, PRESET_IDS, PRESETS } from '../presets';
import type { IncomingServer } from '../presets';
import { err, ok, type Result } from '../result';
import type { AuthMethod, PresetId, Security } from '../types';
import { t } from '../i18n';
import { formatList } from '../i18n/intl-format';
import {
  addressField,
  authMethodSchema,
  firstIssue,
  hostField,
  incomingProtocolSchema,
  portField,
  textField,
} from './export-validation';
import { securitySchema } from '../validation';

const presetIdSchema = z.string().superRefine((value, ctx) => {
  if (!isPresetId(value)) {
    ctx.addIssue({ code: 'custom', message: t('export.invalid.preset', { value, list: formatList(PRESET_IDS, 'disjunction') }) });
  }
});

export const accountInputSchema = z.object({
  presetId: presetIdSchema,
  address: addressField(),
  displayName: textField('export.field.displayName').optional(),
  organization: textField('export.field.organization').optional(),
  description: textField('export.field.description').optional(),
  host: hostField('export.field.host').optional(),
  port: portField().optional(),
  security: securitySchema.optional(),
  auth: authMethodSchema.optional(),
  username: textField('export.field.username').optional(),
  incoming: z
    .object({
      protocol: incomingProtocolSchema,
      host: hostField('export.field.incomingHost').optional(),
      port: portField().optional(),
      security: securitySchema.optional(),
      username: textField('export.field.incomingUsername').optional(),
    })
    .optional(),
});

export type AccountInput = z.input<typeof accountInputSchema>;

export interface ResolvedIncoming extends IncomingServer {
  username: string;
}

export interface ExportAccount {
  presetId: PresetId;
  /** Microsoft's service: sign-in is OAuth, and IMAP/POP + SMTP files cannot sign in. */
  microsoft: boolean;
  address: string;
  domain: string;
  displayName: string | null;
  organization: string | null;
  /** Label shown in the mail app, e.g. "Work mail (alice@example.com)". */
  description: string;
  outgoing: { host: string; port: number; security: Security; auth: AuthMethod; username: string | null };
  /** Incoming servers, the one the person chose first; empty for send-only presets. */
  incoming: ResolvedIncoming[];
  source: string;
}

const DEFAULT_INCOMING_PORT: Record<IncomingServer['protocol'], number> = { imap: 993, pop3: 995 };

/** Validates unknown input (IPC, CLI) and resolves it against its preset. */
export function resolveExportAccount(input: unknown): Result<ExportAccount> {
  const parsed = accountInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    return err('INVALID_INPUT', issue.message, issue.field);
  }
  const value = parsed.data;
  const preset = PRESETS[value.presetId as PresetId];
  const domain = value.address.slice(value.address.lastIndexOf('@') + 1).toLowerCase();

  // The relay host is the tenant's MX; offline, Microsoft's naming rule is the best guess.
  const host = value.host ?? preset.host ?? (preset.id === 'microsoft365-relay' ? guessMicrosoftMxHost(domain) : null);
  if (host === null) return err('INVALID_INPUT', t('export.invalid.host-required'), 'host');

  const auth = value.auth ?? preset.authMethods[0] ?? 'password';
  // Microsoft services only accept the full address; elsewhere an explicit user name wins.
  const forceAddress = preset.microsoft && preset.userIsAddress;
  const username = auth === 'none' ? null : forceAddress ? value.address : (value.username ?? value.address);

  const chosen = value.incoming;
  let incoming: IncomingServer[] = [...preset.incoming];
  if (chosen) {
    const fromPreset = preset.incoming.find((server) => server.protocol === chosen.protocol);
    const base: IncomingServer = fromPreset ?? {
      protocol: chosen.protocol,
      host: '',
      port: DEFAULT_INCOMING_PORT[chosen.protocol],
      security: 'tls',
    };
    const picked: IncomingServer = {
      protocol: chosen.protocol,
      host: chosen.host ?? base.host,
      port: chosen.port ?? (chosen.security === undefined || chosen.security === base.security ? base.port : defaultIncomingPort(chosen.protocol, chosen.security)),
      security: chosen.security ?? base.security,
    };
    if (picked.host === '') return err('INVALID_INPUT', t('export.invalid.incoming-required'), 'incoming.host');
    incoming = [picked, ...preset.incoming.filter((server) => server.protocol !== chosen.protocol)];
  }
  const incomingUsername = chosen?.username ?? username ?? value.address;

  return ok({
    presetId: preset.id,
    microsoft: preset.microsoft || isMicrosoftHost(host),
    address: value.address,
    domain,
    displayName: value.displayName || null,
    organization: value.organization || null,
    description: value.description || value.address,
    outgoing: {
      host,
      port: value.port ?? preset.port,
      security: value.security ?? preset.security,
      auth,
      username,
    },
    incoming: incoming.map((server) => ({ ...server, username: incomingUsername })),
    source: preset.source,
  });
}

/** Plain-text ports for the incoming protocols (143/110) when encryption is switched off or STARTTLS. */
function defaultIncomingPort(protocol: IncomingServer['protocol'], security: Security): number {
  if (security === 'tls') return DEFAULT_INCOMING_PORT[protocol];
  return protocol === 'imap' ? 143 : 110;
}
