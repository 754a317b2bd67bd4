/**
 * The mail apps a person can name on the export screen, and the kinds of account that
 * decide what works in each. Pure types and one classifier; the plan is in app-plan.ts.
 */
import type { MessageKey } from '../i18n';
import type { ExportAccount } from './export-account';
import type { ExportFormat } from './export-formats';
import type { AppleTarget } from './mobileconfig';

export const MAIL_APPS = ['outlook-classic', 'outlook-new', 'outlook-mac', 'apple-mail-mac', 'ios', 'thunderbird', 'device'] as const;
export type MailApp = (typeof MAIL_APPS)[number];

export function isMailApp(value: string): value is MailApp {
  return (MAIL_APPS as readonly string[]).includes(value);
}

/** The app's name as the person knows it (a typed table, not a key built at run time). */
export const APP_NAME_KEY: Readonly<Record<MailApp, MessageKey>> = {
  'outlook-classic': 'exportApps.app.outlook-classic',
  'outlook-new': 'exportApps.app.outlook-new',
  'outlook-mac': 'exportApps.app.outlook-mac',
  'apple-mail-mac': 'exportApps.app.apple-mail-mac',
  ios: 'exportApps.app.ios',
  thunderbird: 'exportApps.app.thunderbird',
  device: 'exportApps.app.device',
};

/**
 * Headings that name the app get one whole message each, so no option label ("A printer,
 * scanner or app…") is pasted mid-sentence and each language can inflect the name.
 */
export const STEPS_TITLE_KEY: Readonly<Record<MailApp, MessageKey>> = {
  'outlook-classic': 'exportApps.steps.title.outlook-classic',
  'outlook-new': 'exportApps.steps.title.outlook-new',
  'outlook-mac': 'exportApps.steps.title.outlook-mac',
  'apple-mail-mac': 'exportApps.steps.title.apple-mail-mac',
  ios: 'exportApps.steps.title.ios',
  thunderbird: 'exportApps.steps.title.thunderbird',
  device: 'exportApps.steps.title.device',
};

export const PLAN_HEADING_KEY: Readonly<Record<MailApp, MessageKey>> = {
  'outlook-classic': 'exportScreen.plan.heading.outlook-classic',
  'outlook-new': 'exportScreen.plan.heading.outlook-new',
  'outlook-mac': 'exportScreen.plan.heading.outlook-mac',
  'apple-mail-mac': 'exportScreen.plan.heading.apple-mail-mac',
  ios: 'exportScreen.plan.heading.ios',
  thunderbird: 'exportScreen.plan.heading.thunderbird',
  device: 'exportScreen.plan.heading.device',
};

/**
 * - microsoft-signin: a Microsoft 365 mailbox (any cloud) that signs in with Microsoft.
 * - microsoft-password: the same mailbox, tested with a password (SMTP AUTH); mail apps still sign in with Microsoft.
 * - outlook-com: a personal Outlook.com / Hotmail mailbox (Microsoft sign-in only).
 * - mailbox-password: another provider's mailbox with IMAP/POP + SMTP and a password.
 * - mailbox-incomplete: another provider's mailbox whose incoming server is not known yet.
 * - send-only: relay, Direct Send or a smart host: for printers and apps, not mail apps.
 */
export const ACCOUNT_KINDS = ['microsoft-signin', 'microsoft-password', 'outlook-com', 'mailbox-password', 'mailbox-incomplete', 'send-only'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export function accountKind(account: ExportAccount): AccountKind {
  if (account.presetId === 'microsoft365-relay' || account.presetId === 'smart-host') return 'send-only';
  if (account.presetId === 'outlook-com') return 'outlook-com';
  if (account.microsoft) return account.outgoing.auth === 'password' ? 'microsoft-password' : 'microsoft-signin';
  if (account.incoming.length > 0) return 'mailbox-password';
  // A server without sign-in and without a mailbox is a relay in all but name.
  return account.outgoing.auth === 'none' ? 'send-only' : 'mailbox-incomplete';
}

export const isMicrosoftMailbox = (kind: AccountKind): boolean => kind === 'microsoft-signin' || kind === 'microsoft-password' || kind === 'outlook-com';

/** What a save button produces: one of the export formats (the sheet also as PDF). */
export type PlanTarget = ExportFormat | 'sheet-pdf';

export type PlanFileId = 'mobileconfig-ios' | 'mobileconfig-macos' | 'mobileconfig-ews' | 'prf' | 'autoconfig' | 'sheet' | 'sheet-pdf' | 'report';

export interface PlanFile {
  id: PlanFileId;
  target: PlanTarget;
  appleTarget?: AppleTarget;
  /** The sheet for one app (steps of that app only); absent for the full sheet. */
  app?: MailApp;
  title: string;
  /** What the file does, one sentence. */
  what: string;
  /** What the person will see and what the file cannot do. */
  notes: string[];
}

export type PlanCheck = 'outlook-autodiscover';

/** Facts the plan decides on that only the organisation defaults (or main) know. */
export interface PlanContext {
  /** IT allows EWS for Apple Mail (organisation defaults). */
  ewsAllowed: boolean;
  /** Apple profiles will be signed with the organisation's certificate. */
  signing: boolean;
  /** A test result of this session can go into a diagnostic report. */
  reportAvailable: boolean;
  now: Date;
}

export interface AppPlan {
  app: MailApp;
  kind: AccountKind;
  /** One sentence: what the person gets for this app. */
  headline: string;
  files: PlanFile[];
  stepsTitle: string | null;
  /** Inline, printable steps; empty when there is nothing to do by hand. */
  steps: string[];
  checks: PlanCheck[];
  /** What the app can and cannot do with this account, truthfully. */
  notes: string[];
  /** Exports for IT only (publishing, reports), shown apart. */
  forIt: PlanFile[];
  /** Ids of the facts the words rely on (shared/facts/mail-apps.ts). */
  facts: string[];
}
