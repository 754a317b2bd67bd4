/**
 * The inline steps for one app and one kind of account: short, numbered, printable.
 * Microsoft mailboxes are added by address with Microsoft sign-in in every Outlook;
 * other mailboxes are typed in from the settings the screen shows.
 */
import { t } from '../i18n';
import type { AccountKind, MailApp } from './app-kinds';
import { APP_NAME_KEY, isMicrosoftMailbox, STEPS_TITLE_KEY } from './app-kinds';
import type { ExportAccount } from './export-account';
import { factValue } from './fact-words';
import { securityLabel } from './sheet-html';

export interface Steps {
  title: string | null;
  steps: string[];
}

const NONE: Steps = { title: null, steps: [] };

function outlookSteps(app: 'outlook-classic' | 'outlook-new' | 'outlook-mac', p: Record<string, string>, microsoft: boolean): string[] {
  const open = { 'outlook-classic': 'exportApps.step.classic.open', 'outlook-new': 'exportApps.step.new.open', 'outlook-mac': 'exportApps.step.mac.open' } as const;
  // Classic Outlook's button says Connect; new Outlook and Outlook for Mac say Continue.
  const address = t(app === 'outlook-classic' ? 'exportApps.step.classic.address' : 'exportApps.step.outlook.address', p);
  if (microsoft) return [t(open[app]), address, t('exportApps.step.outlook.sign-in')];
  return [
    t(open[app]),
    address,
    ...(app === 'outlook-classic' ? [t('exportApps.step.classic.manual', p)] : []),
    t('exportApps.step.outlook.manual-servers', p),
    t('exportApps.step.outlook.password'),
  ];
}

export function deviceSteps(account: ExportAccount): string[] {
  const out = account.outgoing;
  const auth = t(out.auth === 'oauth2' ? 'export.value.auth.oauth2' : out.auth === 'password' ? 'export.value.auth.password' : 'export.value.auth.none');
  return [
    t('exportApps.step.device.server', { host: out.host, port: out.port, security: securityLabel(out.security) }),
    out.username === null ? t('exportApps.step.device.no-user') : t('exportApps.step.device.user', { user: out.username, auth }),
    t('exportApps.step.device.test'),
  ];
}

/** `withProfile`: the plan offers an Apple profile, so the steps say how to install it. */
export function appSteps(app: MailApp, kind: AccountKind, account: ExportAccount, withProfile: boolean): Steps {
  const appName = t(APP_NAME_KEY[app]);
  const first = account.incoming[0];
  const p = { address: account.address, protocol: t(first?.protocol === 'pop3' ? 'export.value.protocol.pop3' : 'export.value.protocol.imap'), app: appName };
  const microsoft = isMicrosoftMailbox(kind);
  const title = t(STEPS_TITLE_KEY[app]);

  if (app === 'device') return { title, steps: deviceSteps(account) };
  if (kind === 'send-only') return NONE;

  switch (app) {
    case 'outlook-classic': {
      const steps = outlookSteps(app, p, microsoft);
      return { title, steps: withProfile ? [...steps, t('exportApps.step.classic.prf')] : steps };
    }
    case 'outlook-new':
    case 'outlook-mac':
      return { title, steps: outlookSteps(app, p, microsoft) };
    case 'apple-mail-mac':
      // Mac Mail reaches Microsoft mailboxes only through EWS: the steps are Outlook for Mac's.
      if (microsoft) return { title: t('exportApps.steps.title.outlook-mac-instead'), steps: outlookSteps('outlook-mac', p, true) };
      if (withProfile) return { title: t('exportApps.steps.title.profile'), steps: [t('exportApps.step.mac.profile-open'), t('exportApps.step.mac.profile-install'), t('exportApps.step.mac-mail.manual', p)] };
      return { title, steps: [t('exportApps.step.mac-mail.manual', p), t('exportApps.step.mac-mail.manual-servers', p)] };
    case 'ios': {
      const minutes = factValue('ios.profile-install');
      const manual = microsoft ? t('exportApps.step.ios.manual-exchange', p) : t('exportApps.step.ios.manual-other', p);
      if (!withProfile) return { title, steps: [manual] };
      const signIn = microsoft ? t('exportApps.step.ios.sign-in') : t('exportApps.step.ios.password');
      return { title: t('exportApps.steps.title.profile'), steps: [t('exportApps.step.ios.send'), t('exportApps.step.ios.install', { minutes: Number(minutes) }), signIn, manual] };
    }
    case 'thunderbird':
      return {
        title,
        steps: [t('exportApps.step.thunderbird.open'), t('exportApps.step.thunderbird.address', p), microsoft ? t('exportApps.step.thunderbird.microsoft') : t('exportApps.step.thunderbird.password')],
      };
  }
}
