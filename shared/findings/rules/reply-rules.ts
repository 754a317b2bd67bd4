import type { ReplyRule } from './rule-types';

const AUTH_139 = { codes: [535], enhanced: ['5.7.139'] } as const;
// A reply whose text names the reason makes the generic "sign-in refused" redundant.
const SPECIFIC_AUTH = { ...AUTH_139, suppress: ['auth.rejected'] } as const;

// Relay refusals in English and as Outlook's localized dialogs quote them (German, French,
// Spanish, Dutch, Italian, Portuguese of Brazil and of Portugal; examples with their pages in
// test/fixtures/error-corpus/auth.jsonl).
const RELAY_DENIED =
  /relay(ing)? (access )?(denied|not permitted|prohibited|not allowed)|unable to relay|not allowed to relay|we do not relay|relay verweigert|relais refusé|retransmisión denegada|doorsturen geweigerd|inoltro negato|retransmissão negada|reencaminhamento (recusado|negado)|\brcpt-?hosts\b|anfitriões rcpt|not configured to relay/;

/**
 * Server replies → findings: Microsoft's exact texts (Exchange Online NDR reference and
 * the submission pages cited by the catalogue) plus generic fall-backs. Specific texts
 * score ~0.95; a code alone scores lower, so a reply with a known text ranks its own
 * meaning first and the generic one after.
 */
export const REPLY_RULES: readonly ReplyRule[] = [
  // auth: 5.7.139 has several meanings, told apart by text
  { id: 'auth.smtp-auth-disabled-tenant', ...SPECIFIC_AUTH, text: /smtp ?client ?authentication (is )?disabled for the tenant/, score: 0.97 },
  { id: 'auth.smtp-auth-disabled-mailbox', ...SPECIFIC_AUTH, text: /smtp ?client ?authentication (is )?disabled for the (mailbox|smtp user account)/, score: 0.97 },
  { id: 'auth.basic-auth-disabled', ...SPECIFIC_AUTH, text: /basic authentication is disabled/, score: 0.95 },
  { id: 'auth.security-defaults', ...SPECIFIC_AUTH, text: /security defaults/, score: 0.97 },
  // Exchange localises 5.7.139 texts to the mailbox language (Portuguese seen in gophish/gophish#3220).
  { id: 'auth.conditional-access', ...SPECIFIC_AUTH, text: /did not meet the criteria to be authenticated|não atendeu aos critérios/, score: 0.95 },
  { id: 'auth.bad-credentials', ...SPECIFIC_AUTH, text: /user credentials were incorrect/, score: 0.95 },
  { id: 'auth.federation-failure', ...SPECIFIC_AUTH, text: /federated sts|sts (service|url)/, score: 0.95 },
  { id: 'auth.rejected', ...AUTH_139, score: 0.5 },
  // 535 5.7.3 is generic: wrong password, a rejected OAuth token, or SMTP AUTH off
  // (https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission).
  { id: 'auth.bad-credentials', codes: [535], enhanced: ['5.7.3'], score: 0.6, suppress: ['auth.rejected'] },
  { id: 'auth.smtp-auth-disabled-mailbox', codes: [535], enhanced: ['5.7.3'], score: 0.35 },
  { id: 'auth.oauth-token-rejected', codes: [535], enhanced: ['5.7.3'], score: 0.3 },
  { id: 'auth.bad-credentials', codes: [535], text: /username and password not accepted|invalid credentials|bad (username|password)|incorrect (username|password)/, score: 0.85 },
  { id: 'auth.bad-credentials', text: /invalid (login|username|user name) or password|invalid username or password|username or password (is )?(incorrect|invalid|wrong)/, score: 0.86, suppress: ['auth.rejected'] },
  { id: 'auth.rejected', codes: [535, 534, 538], score: 0.4 },
  { id: 'auth.basic-auth-removed', codes: [550], enhanced: ['5.7.30'], text: /basic authentication is not supported/, score: 0.97 },
  { id: 'auth.basic-auth-removed', codes: [550], enhanced: ['5.7.30'], score: 0.85 },
  { id: 'auth.mechanism-unsupported', codes: [504], enhanced: ['5.7.4'], score: 0.9 },
  {
    id: 'auth.mechanism-unsupported',
    text: /unrecognized authentication type|requested auth method not available|authentication mechanism (is )?not supported|unsupported authentication mechanism/,
    score: 0.92,
  },
  { id: 'auth.required', enhanced: ['5.7.57'], score: 0.9 },
  { id: 'auth.required', text: /client (was )?not authenticated( to send)?/, score: 0.9 },
  { id: 'auth.required', codes: [530], text: /authentication (is )?required|must authenticate/, score: 0.8 },
  {
    id: 'auth.required',
    text: /not logged in|smtp authentication is required|turn on smtp auth(entication)?|first check your (mail|e-?mail)|pop before smtp|unauthenticated (senders|email|mail) (is |are )?not (allowed|accepted)|sender must authenticate/,
    score: 0.85,
  },

  // protocol and TLS
  { id: 'protocol.starttls-required', text: /starttls is required|must issue (a )?starttls command|encryption required|tls required/, score: 0.92 },
  { id: 'protocol.ehlo-required', text: /send hello first|(ehlo|helo) (command )?first/, score: 0.93 },
  { id: 'protocol.command-unrecognized', codes: [500], enhanced: ['5.3.3'], score: 0.85 },
  { id: 'protocol.command-unrecognized', codes: [500, 502], text: /unrecognized command|command not (recognized|implemented)/, score: 0.7 },
  { id: 'tls.version-too-old', enhanced: ['4.7.66'], score: 0.93 },
  { id: 'tls.version-too-old', text: /tls 1\.0 and 1\.1 are not supported/, score: 0.95 },
  { id: 'tls.starttls-unavailable', codes: [454], text: /tls not available|tls is not available/, score: 0.9 },

  // send: the specific texts first
  { id: 'send.send-as-denied', enhanced: ['5.7.60'], score: 0.9 },
  { id: 'send.send-as-denied', text: /does not have permissions to send as this sender/, score: 0.95 },
  { id: 'send.send-as-denied', codes: [554], text: /sendasdenied|not allowed to send as/, score: 0.95 },
  { id: 'send.throttled', text: /sender throttled due to continuous/, score: 0.97 },
  { id: 'send.throttled', codes: [550], enhanced: ['5.2.251', '5.2.252', '5.2.253', '5.2.254', '5.2.255'], score: 0.85 },
  // The cause behind the throttling is worth a second line.
  { id: 'send.send-as-denied', text: /continuous send as denied/, score: 0.6 },
  { id: 'send.mailbox-full', text: /continuous mailbox full/, score: 0.6 },
  { id: 'send.outbound-spam', text: /outboundspamexception|wascl useraction verdict|verdict is refusequota/, score: 0.95 },
  {
    id: 'send.quota-exceeded',
    text: /submissionquotaexceeded|submission quota (was )?exceeded|daily limit for message recipients/,
    score: 0.95,
    suppress: ['send.mailbox-full', 'send.recipient-mailbox-full'],
  },
  { id: 'send.quota-exceeded', enhanced: ['5.1.90'], score: 0.9 },
  // A bare 5.2.2 from Exchange Online is "Submission quota exceeded" (NDR reference).
  { id: 'send.quota-exceeded', enhanced: ['5.2.2'], score: 0.78 },
  // The sender's own mailbox is full only when submission (STOREDRV.Submission) says so.
  {
    id: 'send.mailbox-full',
    text: /submission\.exception:quotaexceededexception|^(?!.*storedrv\.deliver).*mapiexception(shutoff)?quotaexceeded/,
    score: 0.95,
    suppress: ['send.recipient-mailbox-full', 'send.quota-exceeded'],
  },
  {
    id: 'send.recipient-mailbox-full',
    text: /(?<!continuous )mailbox (is )?full|mailbox for user is full|over quota|(?<!submission )quota exceeded|storedrv\.deliver[^;]*mailbox full|exceeded (the |their )?storage (allocation|limit)|insufficient (disk )?space|out of storage space/,
    score: 0.88,
  },
  { id: 'send.message-too-large', enhanced: ['5.3.4', '5.2.3'], score: 0.85 },
  { id: 'send.message-too-large', text: /message size exceeds|message (is )?too (large|big)|exceeds (the )?(fixed )?maximum message size|recipsizelimit|size limit exceeded/, score: 0.9 },
  { id: 'send.concurrency-limit', text: /concurrent connections limit exceeded|sender thread limit exceeded/, score: 0.95 },
  // 432 is the concurrency reply; Exchange's "421 4.3.2 Service not active" is the server's own trouble.
  { id: 'send.concurrency-limit', codes: [432], score: 0.85 },
  { id: 'send.restricted-sender', enhanced: ['5.1.8'], score: 0.85 },
  { id: 'send.restricted-sender', text: /bad outbound sender/, score: 0.95 },
  { id: 'send.spam-blocked', enhanced: ['5.7.501', '5.7.502', '5.7.503', '5.7.506', '5.7.511'], score: 0.85 },
  { id: 'send.spam-blocked', text: /spam abuse detected|banned sender(?! ?ip)|bad helo/, score: 0.9 },
  // 5.7.606–649: the sending IP is on Microsoft's block list; other servers name their DNSBL.
  { id: 'send.ip-blocklisted', enhanced: /^5\.7\.6[0-4]\d$/, score: 0.9 },
  {
    id: 'send.ip-blocklisted',
    text: /banned sending ip|on our block ?list|blocked using [a-z0-9.-]+|black ?listed|block ?listed|listed (in|on|at) (the )?(spamhaus|sorbs|barracuda|spamcop)|\b(rbl|dnsbl)\b/,
    score: 0.88,
  },
  { id: 'send.from-rejected', enhanced: ['5.7.509', '5.7.512', '5.7.515', '5.7.23', '5.7.26'], score: 0.85 },
  { id: 'send.from-rejected', text: /does not pass dmarc|dmarc policy|rfc 5322 section 3\.6\.2|spf record|sender policy framework|doesn't meet the required authentication level/, score: 0.9 },
  { id: 'send.temporary-restriction', codes: [451], enhanced: /^4\.7\.[56]\d\d$/, score: 0.85 },
  { id: 'send.temporary-restriction', codes: [451, 450], text: /access denied, please try again later/, score: 0.9 },
  { id: 'send.recipient-rejected', enhanced: ['5.1.1', '5.1.10', '5.4.1', '5.1.0', '5.1.6', '5.1.351', '5.7.504', '5.7.505'], score: 0.8 },
  {
    id: 'send.recipient-rejected',
    text: /recipient (address )?rejected|recipnotfound|recipientnotfound|user unknown|unknown user|no such user|recipient not found|does not exist|no longer on server|banned recipient|invalid recipient|destinataire invalide|domain is not reachable/,
    score: 0.85,
  },
  { id: 'send.forwarding-blocked', enhanced: ['5.7.520'], score: 0.9 },
  { id: 'send.forwarding-blocked', text: /does not allow external forwarding|external forwarding (is |has been )?(disabled|not allowed|blocked)/, score: 0.95 },
  { id: 'send.smtputf8-unsupported', enhanced: ['5.6.7'], score: 0.85 },
  { id: 'send.smtputf8-unsupported', text: /\bsmtputf8\b/, score: 0.86 },

  // tenant and relay
  { id: 'tenant.blocked', enhanced: /^5\.7\.7\d\d$/, score: 0.85 },
  {
    id: 'tenant.blocked',
    text: /tenant has exceeded threshold|traffic not accepted from this ip|client blocked from sending from unregistered domains/,
    score: 0.95,
  },
  { id: 'relay.tenant-attribution', enhanced: ['5.7.64', '4.4.62'], score: 0.9 },
  { id: 'relay.tenant-attribution', text: /tenantattribution|wrong office 365 region/, score: 0.95, suppress: ['auth.required', 'relay.external-recipients-not-allowed'] },
  // 550 5.4.1 Relay Access Denied: Direct Send to an outside recipient (Direct Send is internal only).
  {
    id: 'relay.external-recipients-not-allowed',
    enhanced: ['5.4.1'],
    enhancedRequired: true,
    text: RELAY_DENIED,
    score: 0.92,
    suppress: ['send.recipient-rejected', 'auth.required'],
  },
  // Elsewhere a refused relay means the server wants a sign-in before it sends outside.
  { id: 'auth.required', text: RELAY_DENIED, score: 0.8 },
  { id: 'relay.direct-send-rejected', enhanced: ['5.7.68'], score: 0.9 },
  { id: 'relay.direct-send-rejected', text: /direct send not allowed|tenantinboundattribution/, score: 0.95, suppress: ['relay.tenant-attribution'] },
  { id: 'relay.external-recipients-not-allowed', enhanced: ['5.7.54'], score: 0.9 },
  { id: 'relay.external-recipients-not-allowed', text: /unable to relay recipient in non-accepted domain/, score: 0.92, suppress: ['auth.required'] },

  // temporary trouble on the server side
  { id: 'server.temporary-failure', text: /temporary (authentication|server) (failure|error)|service not (available|active)|service refused|(please )?try (again )?later|temporarily unavailable/, score: 0.6 },
  { id: 'server.temporary-failure', codes: [421, 450, 451, 452, 454], score: 0.35 },
];
