/**
 * What works in one mail app for one account: the files that can succeed, the steps to
 * follow by hand, the checks to run and what the app can and cannot do. Pure, and
 * built from the form alone (no test result needed), so it works offline and on a
 * first start. A file is offered only when its generator really builds it for this
 * account, so the screen never shows a Save button that cannot succeed.
 */
import { t } from '../i18n';
import { APP_NAME_KEY, accountKind, isMicrosoftMailbox, type AccountKind, type AppPlan, type MailApp, type PlanContext, type PlanFile, type PlanFileId } from './app-kinds';
import { appSteps } from './app-steps';
import { buildAutoconfig } from './autoconfig';
import type { ExportAccount } from './export-account';
import { ewsDates, ewsIsGone, factValue, longDate } from './fact-words';
import { buildMobileconfig } from './mobileconfig';
import { buildPrf } from './prf';

type Built = { ok: true; notes: string[] } | { ok: false };

/** Runs the real generator: a file that fails to build is never offered. */
function builds(id: PlanFileId, account: ExportAccount): Built {
  const result =
    id === 'prf'
      ? buildPrf(account)
      : id === 'autoconfig'
        ? buildAutoconfig(account)
        : id === 'mobileconfig-ios'
          ? buildMobileconfig(account, { appleTarget: 'ios' })
          : id === 'mobileconfig-macos' || id === 'mobileconfig-ews'
            ? buildMobileconfig(account, { appleTarget: 'macos' })
            : { ok: true as const, value: { text: '', notes: [] } };
  return result.ok ? { ok: true, notes: result.value.notes } : { ok: false };
}

function signingNote(context: PlanContext): string {
  return t(context.signing ? 'exportApps.note.signed' : 'exportApps.note.unsigned');
}

function planFile(id: PlanFileId, account: ExportAccount, app: MailApp, context: PlanContext): PlanFile | null {
  const built = builds(id, account);
  if (!built.ok) return null;
  const p = { address: account.address, domain: account.domain, app: t(APP_NAME_KEY[app]) };
  const microsoft = account.microsoft;
  switch (id) {
    case 'mobileconfig-ios':
      return {
        id,
        target: 'mobileconfig',
        appleTarget: 'ios',
        title: t('exportApps.file.mobileconfig-ios.title'),
        what: t(microsoft ? 'exportApps.file.mobileconfig-ios.what.microsoft' : 'exportApps.file.mobileconfig-ios.what.password', p),
        notes: [signingNote(context), ...(microsoft ? [] : built.notes)],
      };
    case 'mobileconfig-macos':
      return { id, target: 'mobileconfig', appleTarget: 'macos', title: t('exportApps.file.mobileconfig-macos.title'), what: t('exportApps.file.mobileconfig-macos.what', p), notes: [signingNote(context), ...built.notes] };
    case 'mobileconfig-ews':
      return { id, target: 'mobileconfig', appleTarget: 'macos', title: t('exportApps.file.mobileconfig-ews.title'), what: t('exportApps.file.mobileconfig-ews.what', p), notes: [t('exportApps.note.ews-allowed', ewsDates()), signingNote(context)] };
    case 'prf':
      return { id, target: 'prf', title: t('exportApps.file.prf.title'), what: t('exportApps.file.prf.what', p), notes: built.notes };
    case 'autoconfig':
      return { id, target: 'autoconfig', title: t('exportApps.file.autoconfig.title'), what: t('exportApps.file.autoconfig.what', p), notes: built.notes };
    case 'sheet-pdf':
      return { id, target: 'sheet-pdf', app, title: t('exportApps.file.sheet-pdf.title'), what: t('exportApps.file.sheet-pdf.what', p), notes: [] };
    case 'sheet':
      return { id, target: 'sheet', title: t('exportApps.file.sheet.title'), what: t('exportApps.file.sheet.what', p), notes: [] };
    case 'report':
      return { id, target: 'report', title: t('exportApps.file.report.title'), what: t('exportApps.file.report.what', p), notes: [] };
  }
}

interface Decision {
  headline: string;
  files: PlanFileId[];
  notes: string[];
  checks: AppPlan['checks'];
  facts: string[];
}

const OUTLOOK_APPS = new Set<MailApp>(['outlook-classic', 'outlook-new', 'outlook-mac']);

function decide(app: MailApp, kind: AccountKind, context: PlanContext, account: ExportAccount): Decision {
  const appName = t(APP_NAME_KEY[app]);
  const microsoft = isMicrosoftMailbox(kind);
  const passwordTested = kind === 'microsoft-password' ? [t('exportApps.note.password-tested', { date: longDate(factValue('devices.basic-auth-off-by-default')) })] : [];
  const d: Decision = { headline: '', files: [], notes: [], checks: [], facts: [] };

  if (app === 'device') return decideDevice(kind, d);
  if (kind === 'send-only') return { ...d, headline: t('exportApps.headline.not-a-mailbox', { app: appName }), notes: [t('exportApps.note.not-a-mailbox')] };
  const incomplete = kind === 'mailbox-incomplete' ? [t('exportApps.note.incoming-needed')] : [];

  if (OUTLOOK_APPS.has(app)) {
    const noFile =
      app === 'outlook-new'
        ? { note: 'exportApps.note.new-outlook-no-file' as const, fact: 'outlook-new.no-import-file' }
        : app === 'outlook-mac'
          ? { note: 'exportApps.note.outlook-mac-no-file' as const, fact: 'outlook-mac.no-import-file' }
          : null;
    if (microsoft) {
      const why = app === 'outlook-classic' ? t('exportApps.note.no-prf-microsoft') : t(noFile!.note);
      return {
        headline: t('exportApps.headline.add-by-address', { app: appName }),
        files: [],
        notes: [why, t('exportApps.note.outlook-finds-it', { address: account.address }), ...passwordTested],
        checks: ['outlook-autodiscover'],
        facts: ['outlook.autodiscover-v2', 'm365.autodiscover-cname', app === 'outlook-classic' ? 'outlook-classic.prf-no-modern-auth' : noFile!.fact],
      };
    }
    if (app === 'outlook-classic' && kind === 'mailbox-password') {
      return { ...d, headline: t('exportApps.headline.prf', { app: appName }), files: ['prf'], notes: [t('exportApps.note.prf-password-only')], facts: ['outlook-classic.prf-no-modern-auth'] };
    }
    return { ...d, headline: t('exportApps.headline.manual', { app: appName }), notes: [...(noFile ? [t(noFile.note)] : [t('exportApps.note.prf-password-only')]), ...incomplete], facts: noFile ? [noFile.fact] : [] };
  }

  if (app === 'apple-mail-mac') {
    if (microsoft) {
      const dates = ewsDates();
      const notes = [t(kind === 'outlook-com' ? 'exportApps.note.mac-mail-outlook-com' : 'exportApps.note.mac-mail-ews', dates)];
      const facts = ['mac-mail.exchange-is-ews', 'exchange-online.ews-blocked-from', 'exchange-online.ews-off'];
      // The EWS profile only where it can sign in: IT allows EWS, it is a tenant mailbox, and EWS still exists.
      const ews = kind !== 'outlook-com' && context.ewsAllowed && !ewsIsGone(context.now);
      if (kind !== 'outlook-com') notes.push(t(ews ? 'exportApps.note.ews-allowed' : 'exportApps.note.ews-not-allowed', dates));
      if (kind === 'outlook-com') notes.push(t('exportApps.note.no-password-profile-outlook-com'));
      return { headline: t('exportApps.headline.mac-mail-microsoft'), files: ews ? ['mobileconfig-ews'] : [], notes: [...notes, ...passwordTested], checks: ['outlook-autodiscover'], facts };
    }
    if (kind === 'mailbox-password') return { ...d, headline: t('exportApps.headline.profile'), files: ['mobileconfig-macos'], facts: ['apple.profile-signature-status'] };
    return { ...d, headline: t('exportApps.headline.manual', { app: appName }), notes: incomplete };
  }

  if (app === 'ios') {
    if (microsoft) {
      return {
        ...d,
        headline: t('exportApps.headline.profile'),
        files: ['mobileconfig-ios'],
        notes: [t('exportApps.note.ios-activesync'), ...(kind === 'outlook-com' ? [t('exportApps.note.no-password-profile-outlook-com')] : []), ...passwordTested],
        facts: ['ios.exchange-uses-activesync', 'ios.profile-install', 'apple.profile-signature-status'],
      };
    }
    if (kind === 'mailbox-password') return { ...d, headline: t('exportApps.headline.profile'), files: ['mobileconfig-ios'], facts: ['ios.profile-install', 'apple.profile-signature-status'] };
    return { ...d, headline: t('exportApps.headline.manual', { app: appName }), notes: incomplete };
  }

  // Thunderbird: it looks the settings up itself; the autoconfig file is for IT to publish.
  return {
    ...d,
    headline: t('exportApps.headline.thunderbird'),
    notes: [t(microsoft ? 'exportApps.note.thunderbird-builtin' : 'exportApps.note.thunderbird-guesses'), ...incomplete],
    facts: microsoft ? ['thunderbird.oauth-scopes'] : [],
  };
}

function decideDevice(kind: AccountKind, d: Decision): Decision {
  const basicAuth = t('exportApps.note.device.basic-auth', { date: longDate(factValue('devices.basic-auth-off-by-default')) });
  const alternatives = t('exportApps.note.device.alternatives');
  const base = { ...d, headline: t('exportApps.headline.device'), files: ['sheet-pdf', 'sheet'] as PlanFileId[] };
  switch (kind) {
    case 'microsoft-signin':
    case 'microsoft-password':
      return { ...base, notes: [basicAuth, alternatives], facts: ['devices.basic-auth-off-by-default', 'devices.direct-send-and-relay'] };
    case 'outlook-com':
      return { ...base, notes: [t('exportApps.note.device.outlook-com', { date: longDate(factValue('devices.outlook-com-oauth-only')) })], facts: ['devices.outlook-com-oauth-only'] };
    case 'send-only':
      return { ...base, notes: [t('exportApps.note.device.relay')], facts: ['devices.direct-send-and-relay'] };
    default:
      return { ...base, notes: [t('exportApps.note.device.password')] };
  }
}

/** IT-only exports: publishing Thunderbird's settings, the full sheet, the report of a test. */
function forIt(account: ExportAccount, app: MailApp, context: PlanContext, kind: AccountKind): PlanFile[] {
  const ids: PlanFileId[] = [];
  // A device's plan already is the sheet; publishing Thunderbird's settings is for mail apps.
  if (app !== 'device' && kind !== 'send-only' && kind !== 'mailbox-incomplete') ids.push('autoconfig');
  if (app !== 'device') ids.push('sheet');
  if (context.reportAvailable) ids.push('report');
  return ids.map((id) => planFile(id, account, app, context)).filter((f): f is PlanFile => f !== null);
}

export function planForApp(account: ExportAccount, app: MailApp, context: PlanContext): AppPlan {
  const kind = accountKind(account);
  const decision = decide(app, kind, context, account);
  const files = decision.files.map((id) => planFile(id, account, app, context)).filter((f): f is PlanFile => f !== null);
  const withProfile = files.some((f) => f.target === 'mobileconfig' || f.target === 'prf');
  const steps = appSteps(app, kind, account, withProfile);
  return {
    app,
    kind,
    headline: decision.headline,
    files,
    stepsTitle: steps.title,
    steps: steps.steps,
    checks: decision.checks,
    notes: decision.notes,
    forIt: forIt(account, app, context, kind),
    facts: decision.facts,
  };
}
