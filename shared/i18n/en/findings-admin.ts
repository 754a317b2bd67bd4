/**
 * English messages: where a setting lives in an admin portal, as Microsoft names the menus.
 * The facts (shared/facts/service.ts, ids `admin.*`) cite these keys and hold the sources;
 * a translation uses the menu names Microsoft's portal shows in that language.
 * Placeholders: {address} (the person's mailbox), {sendFromMailbox}.
 */
export const findingsAdmin = {
  'finding.admin-path.authenticated-smtp': "Microsoft 365 admin center › Users › Active users › {address} › Mail › Manage email apps › Authenticated SMTP",
  'finding.admin-path.security-defaults': "Microsoft Entra admin center › Entra ID › Overview › Properties › Manage security defaults",
  'finding.admin-path.sign-in-logs': "Microsoft Entra admin center › Entra ID › Monitoring & health › Sign-in logs",
  'finding.admin-path.conditional-access': "Microsoft Entra admin center › Entra ID › Conditional Access › Policies",
  'finding.admin-path.consent-requests': "Microsoft Entra admin center › Entra ID › Enterprise apps › Admin consent requests",
  'finding.admin-path.legacy-tls': "Exchange admin center › Settings › Mail flow › Turn on use of legacy TLS clients",
  'finding.admin-path.restricted-entities': "Microsoft Defender portal › Restricted entities (https://security.microsoft.com/restrictedusers)",
  'finding.admin-path.connectors': "Exchange admin center › Mail flow › Connectors",
  'finding.admin-path.send-as': "Microsoft 365 admin center › Users › Active users › {sendFromMailbox} › Mail › Mailbox permissions › Send as",
  'finding.admin-path.domains': "Microsoft 365 admin center › Settings › Domains",
  'finding.admin-path.outbound-spam-forwarding': "Microsoft Defender portal › Email & collaboration › Policies & rules › Threat policies › Anti-spam › Anti-spam outbound policy › Forwarding rules",
} as const;
