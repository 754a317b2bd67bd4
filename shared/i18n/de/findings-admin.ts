import type { findingsAdmin as source } from '../en/findings-admin';
import type { Translation } from '../translation';

/**
 * German: where a setting lives in an admin portal, with the menu names Microsoft's German
 * portals show (Microsoft 365 Admin Center, Microsoft Entra Admin Center, Exchange Admin
 * Center, Microsoft Defender-Portal); levels separated by ›.
 */
export const findingsAdmin: Translation<typeof source> = {
  'finding.admin-path.authenticated-smtp': 'Microsoft 365 Admin Center › Benutzer › Aktive Benutzer › {address} › E-Mail › E-Mail-Apps verwalten › Authentifiziertes SMTP',
  'finding.admin-path.security-defaults': 'Microsoft Entra Admin Center › Entra ID › Übersicht › Eigenschaften › Sicherheitsstandards verwalten',
  'finding.admin-path.sign-in-logs': 'Microsoft Entra Admin Center › Entra ID › Überwachung und Integrität › Anmeldeprotokolle',
  'finding.admin-path.conditional-access': 'Microsoft Entra Admin Center › Entra ID › Bedingter Zugriff › Richtlinien',
  'finding.admin-path.consent-requests': 'Microsoft Entra Admin Center › Entra ID › Unternehmensanwendungen › Administratoreinwilligungsanforderungen',
  'finding.admin-path.legacy-tls': 'Exchange Admin Center › Einstellungen › Nachrichtenfluss › Verwendung von Legacy-TLS-Clients aktivieren',
  'finding.admin-path.restricted-entities': 'Microsoft Defender-Portal › Eingeschränkte Entitäten (https://security.microsoft.com/restrictedusers)',
  'finding.admin-path.connectors': 'Exchange Admin Center › Nachrichtenfluss › Connectors',
  'finding.admin-path.send-as': 'Microsoft 365 Admin Center › Benutzer › Aktive Benutzer › {sendFromMailbox} › E-Mail › Postfachberechtigungen › Senden als',
  'finding.admin-path.domains': 'Microsoft 365 Admin Center › Einstellungen › Domänen',
  'finding.admin-path.outbound-spam-forwarding': 'Microsoft Defender-Portal › E-Mail & Zusammenarbeit › Richtlinien & Regeln › Bedrohungsrichtlinien › Antispam › Antispamrichtlinie für ausgehende Nachrichten › Weiterleitungsregeln',
};
