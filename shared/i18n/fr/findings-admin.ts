import type { findingsAdmin as source } from '../en/findings-admin';
import type { Translation } from '../translation';

/**
 * French: where a setting lives in an admin portal, with the menu names Microsoft’s French portals show
 * (centre d’administration Microsoft 365 / Microsoft Entra / Exchange, portail Microsoft Defender).
 */
export const findingsAdmin: Translation<typeof source> = {
  'finding.admin-path.authenticated-smtp': 'Centre d’administration Microsoft 365 › Utilisateurs › Utilisateurs actifs › {address} › Courrier › Gérer les applications de messagerie › SMTP authentifié',
  'finding.admin-path.security-defaults': 'Centre d’administration Microsoft Entra › Entra ID › Vue d’ensemble › Propriétés › Gérer les paramètres de sécurité par défaut',
  'finding.admin-path.sign-in-logs': 'Centre d’administration Microsoft Entra › Entra ID › Surveillance et intégrité › Journaux de connexion',
  'finding.admin-path.conditional-access': 'Centre d’administration Microsoft Entra › Entra ID › Accès conditionnel › Stratégies',
  'finding.admin-path.consent-requests': 'Centre d’administration Microsoft Entra › Entra ID › Applications d’entreprise › Demandes de consentement administrateur',
  'finding.admin-path.legacy-tls': 'Centre d’administration Exchange › Paramètres › Flux de courrier › Activer l’utilisation des clients TLS hérités',
  'finding.admin-path.restricted-entities': 'Portail Microsoft Defender › Entités restreintes (https://security.microsoft.com/restrictedusers)',
  'finding.admin-path.connectors': 'Centre d’administration Exchange › Flux de courrier › Connecteurs',
  'finding.admin-path.send-as': 'Centre d’administration Microsoft 365 › Utilisateurs › Utilisateurs actifs › {sendFromMailbox} › Courrier › Autorisations de boîte aux lettres › Envoyer en tant que',
  'finding.admin-path.domains': 'Centre d’administration Microsoft 365 › Paramètres › Domaines',
  'finding.admin-path.outbound-spam-forwarding': 'Portail Microsoft Defender › E-mail et collaboration › Stratégies et règles › Stratégies de menace › Anti-spam › Stratégie anti-spam sortante › Règles de transfert',
};
