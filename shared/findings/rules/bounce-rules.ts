import type { ReplyRule } from './rule-types';

/**
 * What bounce messages (DSNs and Exchange NDRs) say about the far end: the recipient,
 * the receiving organisation's block lists and policies. Codes from the Exchange Online
 * NDR reference (https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online);
 * phrases are the standard wording of RFC 5321 replies and of common receiving servers.
 */
export const BOUNCE_RULES: readonly ReplyRule[] = [
  // Exchange Online: the recipient (a group, a mailbox, a public folder) only takes mail
  // from allowed or authenticated senders — a restriction on the recipient's side.
  { id: 'send.recipient-rejected', enhanced: ['5.7.12', '5.7.13', '5.7.124', '5.7.133', '5.7.134', '5.7.135', '5.7.136', '5.7.507'], score: 0.85 },
  {
    id: 'send.recipient-rejected',
    text: /resolver\.rst\.authrequired|sender not in allowed-senders list|sender (was )?not authenticated for (group|mailbox|public folder)|rejected by recipient/,
    score: 0.88,
    suppress: ['auth.required'],
  },
  {
    id: 'send.recipient-rejected',
    text: /mailbox unavailable|wasn't found at|(?<!sender )address rejected|recipient account is (blocked|disabled)|refused due to recipient preferences/,
    score: 0.84,
  },
  // A relay's DSN about a name it could not look up is the recipient's domain, not this computer's DNS.
  {
    id: 'send.recipient-rejected',
    text: /diagnostic-code: *x-[a-z-]+; *(host or domain name not found|name service error)/,
    score: 0.9,
    suppress: ['network.dns-failure'],
  },
  { id: 'send.ip-blocklisted', enhanced: ['5.7.513'], score: 0.88 },
  { id: 'send.ip-blocklisted', text: /spamhaus\.org\/query|client host blocked|using customer block ?list/, score: 0.88 },
  { id: 'send.from-rejected', text: /dmarc (check )?fail|mail from \S+ rejected for policy reasons/, score: 0.86 },
  { id: 'send.temporary-restriction', codes: [421, 450, 451], text: /temporarily (deferred|rate limited)/, score: 0.88 },
];
