/** English messages: findings about sending, relay, the tenant and unknown replies. Keys are stable ids; see shared/i18n/en/findings.ts for the scheme. */
export const findingsSending = {
  'finding.unknown.quoted': "It said: “{quote}”",

  // send
  'finding.send.send-as-denied.title': "You're not allowed to send from this address",
  'finding.send.send-as-denied.explanation': "The From address differs from the mailbox you signed in with, and you don't have “Send As” permission for it.",
  'finding.send.send-as-denied.steps.1': "Send from the address you sign in with, and test again.",
  'finding.send.send-as-denied.steps.2': "To send as another address (for example a shared mailbox), ask IT for “Send As” permission.",
  'finding.send.send-as-denied.admin': "Could you grant my account {address} “Send As” permission on the mailbox I need to send from? Exchange Online refuses it with 5.7.60 or 5.2.252 SendAsDenied.",

  'finding.send.outbound-spam.title': "Microsoft held your mail as possible spam",
  'finding.send.outbound-spam.explanation': "Microsoft's spam protection stopped this account from sending. It often happens to new or unverified accounts, or after sending a lot.",
  'finding.send.outbound-spam.steps.1': "Sign in at outlook.com (or outlook.office.com) in a browser and complete any verification it asks for.",
  'finding.send.outbound-spam.steps.2': "Wait a few hours and send fewer messages at once.",
  'finding.send.outbound-spam.steps.3': "If it keeps happening, send the message below to your IT admin.",
  'finding.send.outbound-spam.admin': "Mail from {address} is rejected with “OutboundSpamException” (an outbound spam verdict). Could you check whether the account is restricted or compromised, or needs verification?",

  'finding.send.quota-exceeded.title': "You've reached today's sending limit",
  'finding.send.quota-exceeded.explanation': "Microsoft allows up to 10,000 recipients a day per mailbox, and this mailbox reached its limit. It resets within 24 hours.",
  'finding.send.quota-exceeded.steps.1': "Wait up to 24 hours, then send again.",
  'finding.send.quota-exceeded.steps.2': "If you didn't send that much mail, tell IT at once: someone may be misusing your account.",
  'finding.send.quota-exceeded.admin': "My mailbox {address} hit the Exchange Online sending limit (SubmissionQuotaExceededException; 10,000 recipients a day). Could you check whether that volume is expected, or whether the account may be compromised?",

  'finding.send.mailbox-full.title': "Your mailbox is full",
  'finding.send.mailbox-full.explanation': "Sent mail is saved in your Sent Items, and your mailbox has no space left. The server refuses to send until space is freed.",
  'finding.send.mailbox-full.steps.1': "Delete old mail, especially large items in Sent Items, then empty Deleted Items.",
  'finding.send.mailbox-full.steps.2': "Test again.",
  'finding.send.mailbox-full.steps.3': "Ask IT for more space or an automatic clean-up of Sent Items.",
  'finding.send.mailbox-full.admin': "My mailbox {address} is full, so sending fails (554 5.2.2 mailbox full; QuotaExceededException). Could you help free space, or apply a retention policy to Sent Items?",

  'finding.send.concurrency-limit.title': "Too many connections at once",
  'finding.send.concurrency-limit.explanation': "Microsoft allows at most three connections sending at the same time from one mailbox. Another app or device is probably sending from your mailbox right now.",
  'finding.send.concurrency-limit.steps.1': "Wait a moment and test again.",
  'finding.send.concurrency-limit.steps.2': "Close other apps or devices that send from this mailbox at the same time.",
  'finding.send.concurrency-limit.admin': "My mailbox {address} gets “432 4.3.2 Concurrent connections limit exceeded” (Exchange Online allows 3 sending connections per mailbox). Could you check which apps or devices send from this mailbox at the same time?",

  'finding.send.throttled.title': "Sending is paused for this mailbox after repeated errors",
  'finding.send.throttled.explanation': "Microsoft paused sending from apps for this mailbox because the same error kept happening. Fix the earlier error; the pause then ends by itself.",
  'finding.send.throttled.steps.1': "Find and fix the earlier error, for example a full mailbox or a wrong From address.",
  'finding.send.throttled.steps.2': "Stop any app that keeps retrying.",
  'finding.send.throttled.steps.3': "Wait. If it's urgent, ask IT whether you can send from another mailbox.",
  'finding.send.throttled.admin': "Exchange Online throttled SMTP AUTH for {address} after continuous errors (550 5.2.251 to 5.2.255). Microsoft support can't lift it: it ends after the cause (mailbox full, Send As denied, invalid licence, too many or invalid recipients) is fixed and the throttling period expires. Could you help me find the cause?",

  'finding.send.restricted-sender.title': "Your account is blocked from sending",
  'finding.send.restricted-sender.explanation': "Microsoft blocked this account from sending, usually because it sent spam, which often means someone else used it. Your IT admin must unblock it.",
  'finding.send.restricted-sender.steps.1': "Change your password now.",
  'finding.send.restricted-sender.steps.2': "Send the message below to your IT admin.",
  'finding.send.restricted-sender.admin': "My account {address} is blocked from sending (550 5.1.8 Access denied, bad outbound sender), so it is probably on the Restricted entities list. Could you check the account for compromise, reset its password and release it?",

  'finding.send.spam-blocked.title': "Microsoft refused this mail as spam",
  'finding.send.spam-blocked.explanation': "Microsoft's anti-spam system refused this message or the address it came from. Your IT admin can see why and ask for removal.",
  'finding.send.spam-blocked.steps.1': "Don't send the same message again and again.",
  'finding.send.spam-blocked.steps.2': "Send the message below to your IT admin.",
  'finding.send.spam-blocked.admin': "Mail from {address} is refused by Exchange Online with an “Access denied” anti-spam reply (5.7.501 to 5.7.511). Could you look up the code in Microsoft's NDR reference and, if our IP address or domain is banned, request delisting?",

  'finding.send.from-rejected.title': "The message's From address was refused",
  'finding.send.from-rejected.explanation': "The message's From line is missing, invalid, or failed the sender-domain check (DMARC). The app or your domain's settings need fixing.",
  'finding.send.from-rejected.steps.1': "Make sure the app sends with your own email address as the From address.",
  'finding.send.from-rejected.steps.2': "If you use your organisation's own domain, ask IT to check its SPF, DKIM and DMARC records.",
  'finding.send.from-rejected.admin': "Mail from {address} is rejected with 5.7.509 (DMARC) or 5.7.512 (From header not RFC 5322 compliant). Could you check our domain's SPF, DKIM and DMARC settings and the From header the sending app uses?",

  'finding.send.temporary-restriction.title': "Microsoft is holding back mail for now",
  'finding.send.temporary-restriction.explanation': "Microsoft temporarily limited sending from this connection, often after a sudden rise in mail. It usually clears by itself.",
  'finding.send.temporary-restriction.steps.1': "Wait and try again later.",
  'finding.send.temporary-restriction.steps.2': "If it lasts more than a day, send the message below to your IT admin.",
  'finding.send.temporary-restriction.admin': "Sending from {address} gets “451 4.7.500-699 Access denied, please try again later”. Could you check whether our IP address is throttled, and whether we send from an onmicrosoft.com address (those are limited) or need a connector?",

  'finding.send.recipient-rejected.title': "The recipient's address was refused",
  'finding.send.recipient-rejected.explanation': "The server refused the address you were sending to. It may be mistyped, or it doesn't exist.",
  'finding.send.recipient-rejected.steps.1': "Check the recipient's address for typing mistakes.",
  'finding.send.recipient-rejected.steps.2': "For the test message, send to your own address.",
  'finding.send.recipient-rejected.admin': "Exchange Online refuses the recipient when I send from {address}. Could you check whether the recipient exists and whether a mail flow rule blocks it?",

  // tenant / relay / server
  'finding.tenant.blocked.title': "Your organisation's Microsoft 365 is blocked from sending",
  'finding.tenant.blocked.explanation': "Microsoft has restricted sending for your whole organisation, for example a new or trial subscription or unverified domains. Only your IT admin and Microsoft can lift this.",
  'finding.tenant.blocked.steps.1': "Send the message below to your IT admin.",
  'finding.tenant.blocked.admin': "Exchange Online rejects our mail with a tenant-level block (5.7.705 tenant has exceeded threshold, 5.7.708 traffic not accepted from this IP, or 5.7.750 unregistered domains). Could you verify our domains (below) and contact Microsoft support to lift the restriction?",

  'finding.relay.tenant-attribution.title': "The relay connector doesn't recognise this sender",
  'finding.relay.tenant-attribution.explanation': "Mail sent through your organisation's relay isn't matched to its connector. Usually the sending IP address or certificate has changed.",
  'finding.relay.tenant-attribution.steps.1': "Send the message below to your IT admin.",
  'finding.relay.tenant-attribution.admin': "Relaying fails with “5.7.64 TenantAttribution; Relay Access Denied”: the inbound connector doesn't match our sending IP address or certificate. Could you update the connector?",

  'finding.relay.direct-send-rejected.title': "Your organisation doesn't allow Direct Send",
  'finding.relay.direct-send-rejected.explanation': "This device sends without signing in (“Direct Send”), and your organisation has switched that off. It needs to sign in or use a connector.",
  'finding.relay.direct-send-rejected.steps.1': "If the device can sign in, use smtp.office365.com, port 587, STARTTLS with sign-in.",
  'finding.relay.direct-send-rejected.steps.2': "Otherwise, send the message below to your IT admin.",
  'finding.relay.direct-send-rejected.admin': "Direct Send from our device is rejected (550 5.7.68 TenantInboundAttribution; Direct Send not allowed), so RejectDirectSend is on for our organisation. Could you set up a partner inbound connector for the device's IP address or certificate, or give it SMTP AUTH credentials instead?",

  'finding.relay.external-recipients-not-allowed.title': "This route can't send to outside addresses",
  'finding.relay.external-recipients-not-allowed.explanation': "Sending without sign-in to your organisation's own mail server (Direct Send) delivers only inside your organisation. Mail to outside addresses needs sign-in or a connector.",
  'finding.relay.external-recipients-not-allowed.steps.1': "Test with an address inside your organisation.",
  'finding.relay.external-recipients-not-allowed.steps.2': "To send outside, use smtp.office365.com, port 587, STARTTLS with sign-in, or ask IT for a connector.",
  'finding.relay.external-recipients-not-allowed.admin': "Sending to an external recipient is refused (550 5.7.54 Unable to relay recipient in non-accepted domain), because Direct Send delivers only to internal recipients. Could you set up an inbound connector for our device, or give it SMTP AUTH credentials?",

  'finding.server.temporary-failure.title': "The server had a temporary problem",
  'finding.server.temporary-failure.explanation': "The mail server said it can't handle this right now. Such problems usually clear by themselves within minutes.",
  'finding.server.temporary-failure.steps.1': "Wait a few minutes and test again.",
  'finding.server.temporary-failure.steps.2': "If it lasts more than an hour, send the message below to your IT admin.",
  'finding.server.temporary-failure.admin': "{host} keeps returning a temporary error when I send. Could you check the Microsoft 365 service health for Exchange Online?",

  'finding.unknown.title': "This error isn't one we recognise",
  'finding.unknown.explanation': "The server or the app reported a problem this app doesn't know yet. Its exact words are kept so your IT admin can look them up.",
  'finding.unknown.steps.1': "Check the server name, port and security. For Microsoft 365: smtp.office365.com, 587, STARTTLS.",
  'finding.unknown.steps.2': "Send the message below to your IT admin.",
  'finding.unknown.admin': "Sending from {address} through {host} fails with an error my mail setup app doesn't recognise. Could you take a look?",
} as const;
