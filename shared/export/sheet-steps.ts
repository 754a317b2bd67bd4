/**
 * Step-by-step instructions per mail app. Microsoft mailboxes are added by address
 * with Microsoft sign-in (no app imports a file for them); other accounts are entered
 * by hand from the settings table. New Outlook and Outlook for Mac have no import
 * format at all, which is why this sheet exists.
 */
import { t, type MessageKey } from '../i18n';
import { APP_NAME_KEY } from './app-kinds';
import type { ExportAccount } from './export-account';
import { ewsDates, iosProfileWindow } from './fact-words';

export interface ClientSteps {
  client: MessageKey;
  steps: string[];
}

export function sheetSteps(account: ExportAccount): ClientSteps[] {
  // Send-only settings (relay, a smart host without a mailbox) are for devices, not mail apps.
  if (account.presetId === 'microsoft365-relay' || account.incoming.length === 0) return [];
  const address = account.address;
  const first = account.incoming[0];
  const protocol = t(first?.protocol === 'pop3' ? 'export.value.protocol.pop3' : 'export.value.protocol.imap');
  const p = { address, protocol };

  if (account.microsoft) {
    return [
      { client: APP_NAME_KEY['outlook-new'], steps: [t('export.sheet.step.new-outlook.open'), t('export.sheet.step.new-outlook.address', p), t('export.sheet.step.new-outlook.sign-in')] },
      { client: APP_NAME_KEY['outlook-classic'], steps: [t('export.sheet.step.classic-outlook.open'), t('export.sheet.step.classic-outlook.address', p), t('export.sheet.step.classic-outlook.sign-in')] },
      { client: APP_NAME_KEY['outlook-mac'], steps: [t('export.sheet.step.outlook-mac.open'), t('export.sheet.step.outlook-mac.address', p), t('export.sheet.step.outlook-mac.sign-in')] },
      {
        client: APP_NAME_KEY['apple-mail-mac'],
        // Mac Mail reaches Exchange Online only through EWS, which is being retired.
        steps: [t('export.sheet.step.apple-mail.microsoft-ews', ewsDates()), t('export.sheet.step.apple-mail.use-outlook')],
      },
      { client: APP_NAME_KEY['ios'], steps: [t('export.sheet.step.iphone.exchange'), t('export.sheet.step.iphone.exchange-sign-in', p)] },
    ];
  }

  return [
    {
      client: APP_NAME_KEY['outlook-new'],
      steps: [t('export.sheet.step.new-outlook.open'), t('export.sheet.step.new-outlook.address', p), t('export.sheet.step.new-outlook.manual', p), t('export.sheet.step.new-outlook.password')],
    },
    {
      client: APP_NAME_KEY['outlook-classic'],
      steps: [
        t('export.sheet.step.classic-outlook.open'),
        t('export.sheet.step.classic-outlook.advanced', p),
        t('export.sheet.step.classic-outlook.servers'),
        t('export.sheet.step.classic-outlook.password'),
        t('export.sheet.step.classic-outlook.prf'),
      ],
    },
    {
      client: APP_NAME_KEY['outlook-mac'],
      steps: [t('export.sheet.step.outlook-mac.open'), t('export.sheet.step.outlook-mac.address', p), t('export.sheet.step.outlook-mac.manual', p), t('export.sheet.step.outlook-mac.password')],
    },
    {
      client: APP_NAME_KEY['apple-mail-mac'],
      steps: [t('export.sheet.step.apple-mail.other'), t('export.sheet.step.apple-mail.other-details', p), t('export.sheet.step.apple-mail.other-servers', p), t('export.sheet.step.apple-mail.profile')],
    },
    { client: APP_NAME_KEY['ios'], steps: [t('export.sheet.step.iphone.other'), t('export.sheet.step.iphone.other-details', p), t('export.sheet.step.iphone.profile', { duration: iosProfileWindow() })] },
  ];
}
