import { factValue, factWords } from '../fact-values';
import type { CatalogueSlice } from '../catalogue-entry';
import { SOURCES } from '../sources';

export const SEND_ENTRIES: CatalogueSlice<'send'> = {
  'send.send-as-denied': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.PRN,
    facts: ['admin.send-as', 'cmdlet.grant-send-as'],
    admin: { portal: factWords('admin.send-as'), powershell: [factValue('cmdlet.grant-send-as')] },
  },
  'send.outbound-spam': { severity: 'error', who: 'wait', steps: 3, source: SOURCES.NDR, facts: ['admin.restricted-entities'] },
  // A bare 5.2.2 in Exchange Online is the sender's submission quota, not a full mailbox.
  'send.quota-exceeded': { severity: 'error', who: 'wait', steps: 2, source: SOURCES.LIMITS, facts: ['limits.recipients-per-day', 'ndr.5.2.2-submission-quota'] },
  'send.mailbox-full': {
    severity: 'error',
    who: 'you',
    steps: 3,
    source: SOURCES.LIMITS,
    facts: ['cmdlet.get-mailbox-size'],
    admin: { powershell: [factValue('cmdlet.get-mailbox-size')] },
  },
  // The person written to has no space: nothing is wrong with the sender's setup.
  'send.recipient-mailbox-full': { severity: 'warning', who: 'wait', steps: 2, source: SOURCES.RFC3463, facts: ['ndr.5.2.2-submission-quota'] },
  'send.message-too-large': { severity: 'error', who: 'you', steps: 2, source: SOURCES.NDR, facts: ['ndr.5.2.2-submission-quota'] },
  'send.concurrency-limit': { severity: 'warning', who: 'wait', steps: 2, source: SOURCES.LIMITS, facts: ['limits.concurrent-connections'] },
  'send.throttled': { severity: 'error', who: 'it-admin', steps: 3, source: SOURCES.THROTTLE, facts: ['limits.continuous-error-throttling'] },
  'send.restricted-sender': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.NDR,
    facts: ['admin.restricted-entities'],
    admin: { portal: factWords('admin.restricted-entities') },
  },
  'send.spam-blocked': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.NDR, facts: ['admin.restricted-entities'] },
  'send.ip-blocklisted': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.NDR, facts: ['ndr.5.7.606-banned-ip'] },
  'send.from-rejected': { severity: 'error', who: 'it-admin', steps: 2, source: SOURCES.NDR, facts: ['admin.domains'] },
  'send.temporary-restriction': { severity: 'warning', who: 'wait', steps: 2, source: SOURCES.NDR, facts: ['admin.domains'] },
  'send.recipient-rejected': { severity: 'error', who: 'you', steps: 2, source: SOURCES.NDR, facts: ['ndr.5.7.50x-recipient'] },
  'send.forwarding-blocked': {
    severity: 'error',
    who: 'it-admin',
    steps: 2,
    source: SOURCES.FORWARDING,
    facts: ['ndr.5.7.520-forwarding', 'admin.outbound-spam-forwarding'],
    admin: { portal: factWords('admin.outbound-spam-forwarding') },
  },
  'send.smtputf8-unsupported': { severity: 'error', who: 'you', steps: 2, source: SOURCES.SMTPUTF8, facts: ['smtp.smtputf8'] },
  // A mail app's "could not send" without the server's words (Apple Mail, iOS Mail).
  'send.failed-no-detail': { severity: 'error', who: 'you', steps: 3, source: SOURCES.MFD, facts: ['host.m365-smtp', 'port.m365-submission'] },
};
