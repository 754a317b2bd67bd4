/**
 * `mail-setup export`: writes a settings file or a diagnostic report, atomically, and
 * prints the paths written. The generators are the app's own (shared/export), so the
 * CLI and the app export the same bytes.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildExport, type ExportRequest } from '../../shared/export/build-export';
import type { AccountInput } from '../../shared/export/export-account';
import { EXPORT_FORMATS, isExportFormat } from '../../shared/export/export-formats';
import { accountFromProfile } from '../../shared/export/profile-account';
import { t } from '../../shared/i18n';
import { writeExportDocument } from '../export/write-export';
import { signExportDocument } from '../export/sign-export';
import { UsageError, type CliCommand, type CliIo } from './command';
import { loadCliSigner, runAppExport } from './export-app';
import { findSavedProfile } from './saved-profile';


const OPTIONS = {
  format: { type: 'string' },
  preset: { type: 'string' },
  address: { type: 'string' },
  profile: { type: 'string' },
  'settings-dir': { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  security: { type: 'string' },
  user: { type: 'string' },
  auth: { type: 'string' },
  incoming: { type: 'string' },
  'incoming-host': { type: 'string' },
  'incoming-port': { type: 'string' },
  'incoming-security': { type: 'string' },
  name: { type: 'string' },
  organization: { type: 'string' },
  description: { type: 'string' },
  target: { type: 'string' },
  result: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  app: { type: 'string' },
  check: { type: 'boolean' },
  'ews-allowed': { type: 'boolean' },
  'sign-p12': { type: 'string' },
  'sign-password-env': { type: 'string' },
} as const;

// Flags other commands take for secrets; here they are refused by name, value never echoed.
const SECRET_FLAGS = /^--(password|password-stdin|oauth-token-stdin|token|access-token)(=|$)/;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: false }>>['values'];

function parse(args: string[]): Values {
  const secretFlag = args.find((arg) => SECRET_FLAGS.test(arg));
  if (secretFlag) throw new UsageError(t('export.cli.password-refused', { flag: secretFlag.split('=')[0] ?? secretFlag }));
  try {
    return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function toPort(value: string | undefined): number | undefined {
  // Number('') is 0 and Number('5x') NaN: both then fail the port check with its own message.
  return value === undefined ? undefined : /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

function accountInput(v: Values, env: CliIo['env']): AccountInput {
  if (v.profile !== undefined) return accountFromProfile(findSavedProfile(v.profile, v['settings-dir'], env));
  if (!v.preset) throw new UsageError(t('cli.error.presetRequired'));
  if (!v.address) throw new UsageError(t('cli.error.addressRequired'));
  const incomingGiven = v.incoming ?? (v['incoming-host'] ? 'imap' : undefined);
  return {
    presetId: v.preset,
    address: v.address,
    displayName: v.name,
    organization: v.organization,
    description: v.description,
    host: v.host,
    port: toPort(v.port),
    security: v.security as AccountInput['security'],
    auth: v.auth as AccountInput['auth'],
    username: v.user,
    incoming:
      incomingGiven === undefined
        ? undefined
        : {
            protocol: incomingGiven as 'imap' | 'pop3',
            host: v['incoming-host'],
            port: toPort(v['incoming-port']),
            security: v['incoming-security'] as AccountInput['security'],
          },
  };
}

async function loadResult(file: string | undefined): Promise<unknown> {
  if (!file) throw new UsageError(t('cli.error.resultRequired'));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(t('cli.error.cannotRead', { file, problem: error instanceof Error ? error.message : String(error) }));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(t('export.invalid.probe-result', { reason: 'not JSON' }));
  }
}

async function targetPath(out: string | undefined, defaultName: string): Promise<string> {
  if (!out) throw new UsageError(t('cli.error.outRequired'));
  const resolved = path.resolve(out);
  const info = await stat(resolved).catch(() => null);
  return info?.isDirectory() ? path.join(resolved, defaultName) : resolved;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const v = parse(args);
  if (v.app !== undefined) {
    if (v.format !== undefined) throw new UsageError(t('cli.error.appFormatBoth'));
    return runAppExport(
      { app: v.app, account: accountInput(v, io.env), out: v.out, json: v.json === true, check: v.check === true, ewsAllowed: v['ews-allowed'] === true, signP12: v['sign-p12'], signPasswordEnv: v['sign-password-env'] },
      io,
    );
  }
  if (!v.format || !isExportFormat(v.format)) {
    throw new UsageError(t('cli.error.format', { list: EXPORT_FORMATS.join(', ') }));
  }
  if (v.target !== undefined && v.target !== 'ios' && v.target !== 'macos') throw new UsageError(t('cli.error.target'));

  const request: ExportRequest =
    v.format === 'report'
      ? { format: 'report', result: await loadResult(v.result) }
      : { format: v.format, account: accountInput(v, io.env), appleTarget: v.target as 'ios' | 'macos' | undefined };
  const built = buildExport(request);
  if (!built.ok) throw new UsageError(built.error.message);
  const signer = await loadCliSigner(v['sign-p12'], v['sign-password-env'], io);
  const doc = signer ? signExportDocument(built.value, signer) : built.value;

  const written = await writeExportDocument(doc, await targetPath(v.out, built.value.defaultFileName));
  if (!written.ok) {
    if (v.json) io.stdout(`${JSON.stringify({ ok: false, error: written.error })}\n`);
    else io.stderr(`mail-setup export: ${written.error.message}\n`);
    return written.error.code === 'INVALID_INPUT' ? 2 : 1;
  }
  if (v.json) {
    io.stdout(`${JSON.stringify({ ok: true, format: v.format, files: written.value, notes: built.value.notes, ...(v.format === 'mobileconfig' ? { signed: signer !== null } : {}) })}\n`);
  } else {
    io.stdout(`${written.value.join('\n')}\n`);
    for (const note of built.value.notes) io.stderr(`note: ${note}\n`);
  }
  return 0;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write settings for Apple Mail, Outlook or Thunderbird, an instruction sheet, or a test report; --app says what works in one mail app',
  get usage() {
    return t('cli.usage.export');
  },
  run,
};
