import type { findingsAdmin as source } from '../en/findings-admin';
import type { Translation } from '../translation';

/**
 * Polish: where a setting lives in an admin portal, with the menu names of the Polish
 * Microsoft 365, Microsoft Entra, Exchange and Microsoft Defender portals (see GLOSSARY.md).
 * {address} and {sendFromMailbox} are nominative path steps, so no case ending is needed.
 */
export const findingsAdmin: Translation<typeof source> = {
  'finding.admin-path.authenticated-smtp': 'Centrum administracyjne Microsoft 365 › Użytkownicy › Aktywni użytkownicy › {address} › Poczta › Zarządzaj aplikacjami poczty e-mail › Uwierzytelniony SMTP',
  'finding.admin-path.security-defaults': 'Centrum administracyjne Microsoft Entra › Entra ID › Przegląd › Właściwości › Zarządzaj ustawieniami domyślnymi zabezpieczeń',
  'finding.admin-path.sign-in-logs': 'Centrum administracyjne Microsoft Entra › Entra ID › Monitorowanie i kondycja › Dzienniki logowania',
  'finding.admin-path.conditional-access': 'Centrum administracyjne Microsoft Entra › Entra ID › Dostęp warunkowy › Zasady',
  'finding.admin-path.consent-requests': 'Centrum administracyjne Microsoft Entra › Entra ID › Aplikacje dla przedsiębiorstw › Żądania zgody administratora',
  'finding.admin-path.legacy-tls': 'Centrum administracyjne programu Exchange › Ustawienia › Przepływ poczty › Włącz korzystanie ze starszych klientów TLS (Turn on use of legacy TLS clients)',
  'finding.admin-path.restricted-entities': 'Portal Microsoft Defender › Restricted entities (lista zablokowanych nadawców: https://security.microsoft.com/restrictedusers)',
  'finding.admin-path.connectors': 'Centrum administracyjne programu Exchange › Przepływ poczty › Łączniki',
  'finding.admin-path.send-as': 'Centrum administracyjne Microsoft 365 › Użytkownicy › Aktywni użytkownicy › {sendFromMailbox} › Poczta › Uprawnienia skrzynki pocztowej › Wyślij jako',
  'finding.admin-path.domains': 'Centrum administracyjne Microsoft 365 › Ustawienia › Domeny',
  'finding.admin-path.outbound-spam-forwarding': 'Portal Microsoft Defender › Poczta e-mail i współpraca › Zasady i reguły › Zasady dotyczące zagrożeń › Ochrona przed spamem › Zasady ochrony przed spamem wychodzącym › Reguły przekazywania dalej',
};
