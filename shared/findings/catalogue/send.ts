import type { CatalogueSlice } from '../catalogue-entry';
import { SOURCES } from '../sources';

export const SEND_ENTRIES: CatalogueSlice<'send'> = {
  'send.send-as-denied': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.PRN,
    admin: {
      portal: 'Microsoft 365 admin center › Users › Active users › <mailbox to send from> › Mail › Mailbox permissions › Send as',
      powershell: ['Add-RecipientPermission -Identity "<mailbox to send from>" -Trustee {address} -AccessRights SendAs'],
    },
  },
  'send.outbound-spam': { severity: 'error', who: 'wait', steps: 3, source: SOURCES.NDR },
  'send.quota-exceeded': { severity: 'error', who: 'wait', steps: 2, source: SOURCES.LIMITS },
  'send.mailbox-full': {
    severity: 'error',
    who: 'you',
    steps: 3,
    source: SOURCES.LIMITS,
    admin: { powershell: ['Get-MailboxStatistics -Identity {address} | Format-List TotalItemSize'] },
  },
  'send.concurrency-limit': { severity: 'warning', who: 'wait', steps: 2, source: SOURCES.LIMITS },
  'send.throttled': { severity: 'error', who: 'it-admin', steps: 3, source: SOURCES.THROTTLE },
  'send.restricted-sender': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.NDR,
    admin: { portal: 'Microsoft Defender portal › Restricted entities (https://security.microsoft.com/restrictedusers)' },
  },
  'send.spam-blocked': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.NDR },
  'send.from-rejected': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.NDR },
  'send.temporary-restriction': { severity: 'warning', who: 'wait', steps: 2, source: SOURCES.NDR },
  'send.recipient-rejected': { severity: 'error', who: 'you', steps: 2, source: SOURCES.NDR },
};
