import type { findingsAdmin as source } from '../en/findings-admin';
import type { Translation } from '../translation';

/**
 * Dutch: where a setting lives in an admin portal, with the menu names Microsoft's Dutch
 * portals show (Microsoft 365-beheercentrum, Microsoft Entra-beheercentrum,
 * Exchange-beheercentrum, Microsoft Defender-portal); levels separated by ›.
 */
export const findingsAdmin: Translation<typeof source> = {
  'finding.admin-path.authenticated-smtp': 'Microsoft 365-beheercentrum › Gebruikers › Actieve gebruikers › {address} › E-mail › E-mail-apps beheren › Geverifieerde SMTP',
  'finding.admin-path.security-defaults': 'Microsoft Entra-beheercentrum › Entra ID › Overzicht › Eigenschappen › Standaardinstellingen voor beveiliging beheren',
  'finding.admin-path.sign-in-logs': 'Microsoft Entra-beheercentrum › Entra ID › Bewaking en status › Aanmeldingslogboeken',
  'finding.admin-path.conditional-access': 'Microsoft Entra-beheercentrum › Entra ID › Voorwaardelijke toegang › Beleid',
  'finding.admin-path.consent-requests': 'Microsoft Entra-beheercentrum › Entra ID › Bedrijfstoepassingen › Aanvragen voor beheerderstoestemming',
  'finding.admin-path.legacy-tls': 'Exchange-beheercentrum › Instellingen › E-mailstroom › Gebruik van verouderde TLS-clients inschakelen',
  'finding.admin-path.restricted-entities': 'Microsoft Defender-portal › Beperkte entiteiten (https://security.microsoft.com/restrictedusers)',
  'finding.admin-path.connectors': 'Exchange-beheercentrum › E-mailstroom › Connectors',
  'finding.admin-path.send-as': 'Microsoft 365-beheercentrum › Gebruikers › Actieve gebruikers › {sendFromMailbox} › E-mail › Postvakmachtigingen › Verzenden als',
  'finding.admin-path.domains': 'Microsoft 365-beheercentrum › Instellingen › Domeinen',
  'finding.admin-path.outbound-spam-forwarding': 'Microsoft Defender-portal › E-mail en samenwerking › Beleid en regels › Beleid voor bedreigingen › Antispam › Uitgaand antispambeleid › Regels voor doorsturen',
};
