import type { findingsAdmin as source } from '../en/findings-admin';
import type { Translation } from '../translation';

/**
 * Italian: where a setting lives in an admin portal, with the menu names Microsoft's Italian
 * portals show (interfaccia di amministrazione di Microsoft 365 / di Microsoft Entra / di
 * Exchange, portale di Microsoft Defender). Placeholders: {address}, {sendFromMailbox}.
 */
export const findingsAdmin: Translation<typeof source> = {
  'finding.admin-path.authenticated-smtp': 'Interfaccia di amministrazione di Microsoft 365 › Utenti › Utenti attivi › {address} › Posta › Gestisci app di posta elettronica › SMTP autenticato',
  'finding.admin-path.security-defaults': 'Interfaccia di amministrazione di Microsoft Entra › Entra ID › Panoramica › Proprietà › Gestisci impostazioni predefinite per la sicurezza',
  'finding.admin-path.sign-in-logs': 'Interfaccia di amministrazione di Microsoft Entra › Entra ID › Monitoraggio e integrità › Log di accesso',
  'finding.admin-path.conditional-access': 'Interfaccia di amministrazione di Microsoft Entra › Entra ID › Accesso condizionale › Criteri',
  'finding.admin-path.consent-requests': 'Interfaccia di amministrazione di Microsoft Entra › Entra ID › Applicazioni aziendali › Richieste di consenso amministratore',
  'finding.admin-path.legacy-tls': 'Interfaccia di amministrazione di Exchange › Impostazioni › Flusso di posta › Attiva l’uso di client TLS legacy',
  'finding.admin-path.restricted-entities': 'Portale di Microsoft Defender › Entità con restrizioni (https://security.microsoft.com/restrictedusers)',
  'finding.admin-path.connectors': 'Interfaccia di amministrazione di Exchange › Flusso di posta › Connettori',
  'finding.admin-path.send-as': 'Interfaccia di amministrazione di Microsoft 365 › Utenti › Utenti attivi › {sendFromMailbox} › Posta › Autorizzazioni cassetta postale › Invia come',
  'finding.admin-path.domains': 'Interfaccia di amministrazione di Microsoft 365 › Impostazioni › Domini',
  'finding.admin-path.outbound-spam-forwarding': 'Portale di Microsoft Defender › Posta elettronica e collaborazione › Criteri e regole › Criteri di minaccia › Protezione dalla posta indesiderata › Criterio di protezione dalla posta indesiderata in uscita › Regole di inoltro',
};
