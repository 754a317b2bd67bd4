/**
 * `mail-setup export --app APP`: the same per-app plan as the export screen. Prints what
 * works in that app for the account (steps, notes, the files), writes the files that can
 * succeed into the --out folder (Apple profiles signed with --sign-p12), and with --check
 * asks whether Outlook's own set-up finds the mailbox.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_NAME_KEY, MAIL_APPS, isMailApp, type AppPlan, type MailApp, type PlanFile } from '../../shared/export/app-kinds';
import { planForApp } from '../../shared/export/app-plan';
import { buildExport, type ExportDocument } from '../../shared/export/build-export';
import { resolveExportAccount, type AccountInput } from '../../shared/export/export-account';
import { outlookCheckWords, type OutlookSetupCheck } from '../../shared/export/outlook-check';
import { fact } from '../../shared/facts';
import { t, type MessageKey } from '../../shared/i18n';
import { formatList } from '../../shared/i18n/intl-format';
import { checkOutlookSetup } from '../export/outlook-setup-check';
import { readSigningIdentity, type SigningIdentity } from '../export/profile-signing';
import { signExportDocument } from '../export/sign-export';
import { writeExportDocument } from '../export/write-export';
import { UsageError, type CliIo } from './command';

export interface AppExportOptions {
  app: string;
  account: AccountInput;
  out?: string;
  json: boolean;
  check: boolean;
  ewsAllowed: boolean;
  signP12?: string;
  signPasswordEnv?: string;
  runChecks?: (address: string) => Promise<OutlookSetupCheck>;
}

/** The signer for --sign-p12: the password only from the named environment variable, never an argument. */
export async function loadCliSigner(file: string | undefined, envName: string | undefined, io: CliIo): Promise<SigningIdentity | null> {
  if (file === undefined) return null;
  const name = envName ?? 'MAIL_SETUP_SIGNING_PASSWORD';
  const password = io.env[name];
  if (password === undefined) throw new UsageError(t('export.signing.missing-password', { name }));
  let der: Uint8Array;
  try {
    der = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new UsageError(t('export.signing.missing-file', { path: file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const identity = readSigningIdentity(der, password);
  if (!identity.ok) throw new UsageError(identity.error.message);
  return identity.value;
}

function documentFor(file: PlanFile, account: AccountInput, context: { ewsAllowed: boolean; signing: boolean }): ExportDocument | null {
  // A PDF needs a browser engine; the CLI writes the same sheet as HTML.
  const format = file.target === 'sheet-pdf' ? 'sheet' : file.target;
  if (format === 'report') return null;
  const built = buildExport({ format, account, ...(file.appleTarget ? { appleTarget: file.appleTarget } : {}), ...(file.app ? { app: file.app, planContext: context } : {}) });
  return built.ok ? built.value : null;
}

function humanPlan(plan: AppPlan, written: Map<string, string[]>, check: OutlookSetupCheck | null): string {
  const lines = [t('exportApps.cli.headline', { app: t(APP_NAME_KEY[plan.app]), headline: plan.headline }), ''];
  if (plan.steps.length > 0) lines.push(t('exportApps.cli.steps', { title: plan.stepsTitle ?? '' }), ...plan.steps.map((step, i) => `  ${i + 1}. ${step}`), '');
  // Paths are listed as they are (", " between them), not as words.
  const fileLine = (file: PlanFile, plain: MessageKey, savedTo: MessageKey) =>
    written.has(file.id) ? t(savedTo, { title: file.title, paths: written.get(file.id)!.join(', ') }) : t(plain, { title: file.title });
  for (const file of plan.files) lines.push(fileLine(file, 'exportApps.cli.file', 'exportApps.cli.file-saved'));
  for (const file of plan.forIt) lines.push(fileLine(file, 'exportApps.cli.for-it', 'exportApps.cli.for-it-saved'));
  if (check) lines.push('', ...outlookCheckWords(check).map((words) => t('exportApps.cli.check', { words })));
  if (plan.notes.length > 0) lines.push('', ...plan.notes.map((note) => t('exportApps.cli.note', { note })));
  return `${lines.join('\n')}\n`;
}

export async function runAppExport(options: AppExportOptions, io: CliIo): Promise<number> {
  if (!isMailApp(options.app)) throw new UsageError(t('exportApps.cli.error.app', { choices: formatList(MAIL_APPS, 'disjunction') }));
  const app: MailApp = options.app;
  const resolved = resolveExportAccount(options.account);
  if (!resolved.ok) throw new UsageError(resolved.error.message);
  const signer = await loadCliSigner(options.signP12, options.signPasswordEnv, io);
  const context = { ewsAllowed: options.ewsAllowed, signing: signer !== null };
  const plan = planForApp(resolved.value, app, { ...context, reportAvailable: false, now: new Date() });

  const written = new Map<string, string[]>();
  const signed = new Map<string, boolean>();
  if (options.out !== undefined) {
    const dir = path.resolve(options.out);
    await mkdir(dir, { recursive: true });
    // The person's files and the IT files alike; a file the plan offers always builds.
    for (const file of [...plan.files, ...plan.forIt]) {
      let doc = documentFor(file, options.account, context);
      if (!doc) continue;
      if (signer && doc.format === 'mobileconfig') doc = signExportDocument(doc, signer);
      const result = await writeExportDocument(doc, path.join(dir, doc.defaultFileName));
      if (!result.ok) throw new UsageError(result.error.message);
      written.set(file.id, result.value);
      if (doc.format === 'mobileconfig') signed.set(file.id, signer !== null);
    }
  }
  const check = options.check && plan.checks.includes('outlook-autodiscover') ? await (options.runChecks ?? ((a) => checkOutlookSetup(a)))(resolved.value.address) : null;

  if (options.json) {
    const fileJson = (file: PlanFile) => ({ id: file.id, title: file.title, what: file.what, notes: file.notes, paths: written.get(file.id) ?? [], ...(signed.has(file.id) ? { signed: signed.get(file.id) } : {}) });
    const doc = {
      ok: true,
      app,
      kind: plan.kind,
      address: resolved.value.address,
      headline: plan.headline,
      stepsTitle: plan.stepsTitle,
      steps: plan.steps,
      notes: plan.notes,
      files: plan.files.map(fileJson),
      forIt: plan.forIt.map(fileJson),
      checks: plan.checks,
      ...(check ? { check: { ...check, words: outlookCheckWords(check) } } : {}),
      facts: plan.facts.map((id) => ({ id, source: fact(id).source, checked: fact(id).checked })),
    };
    io.stdout(`${JSON.stringify(doc)}\n`);
  } else {
    io.stdout(humanPlan(plan, written, check));
  }
  return check?.status === 'not-found' ? 1 : 0;
}
