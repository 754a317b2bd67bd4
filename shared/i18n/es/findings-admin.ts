import type { findingsAdmin as source } from '../en/findings-admin';
import type { Translation } from '../translation';

/**
 * Spanish: where a setting lives in an admin portal, with the menu names of Microsoft's
 * Spanish portals (see GLOSSARY.md, «UI paths used»). Placeholders: {address}, {sendFromMailbox}.
 */
export const findingsAdmin: Translation<typeof source> = {
  'finding.admin-path.authenticated-smtp': 'Centro de administración de Microsoft 365 › Usuarios › Usuarios activos › {address} › Correo › Administrar aplicaciones de correo electrónico › SMTP autenticado',
  'finding.admin-path.security-defaults': 'Centro de administración de Microsoft Entra › Entra ID › Información general › Propiedades › Administrar los valores predeterminados de seguridad',
  'finding.admin-path.sign-in-logs': 'Centro de administración de Microsoft Entra › Entra ID › Supervisión y estado › Registros de inicio de sesión',
  'finding.admin-path.conditional-access': 'Centro de administración de Microsoft Entra › Entra ID › Acceso condicional › Directivas',
  'finding.admin-path.consent-requests': 'Centro de administración de Microsoft Entra › Entra ID › Aplicaciones empresariales › Solicitudes de consentimiento de administrador',
  'finding.admin-path.legacy-tls': 'Centro de administración de Exchange › Configuración › Flujo de correo › Activar el uso de clientes TLS heredados',
  'finding.admin-path.restricted-entities': 'Portal de Microsoft Defender › Entidades restringidas (https://security.microsoft.com/restrictedusers)',
  'finding.admin-path.connectors': 'Centro de administración de Exchange › Flujo de correo › Conectores',
  'finding.admin-path.send-as': 'Centro de administración de Microsoft 365 › Usuarios › Usuarios activos › {sendFromMailbox} › Correo › Permisos de buzón › Enviar como',
  'finding.admin-path.domains': 'Centro de administración de Microsoft 365 › Configuración › Dominios',
  'finding.admin-path.outbound-spam-forwarding': 'Portal de Microsoft Defender › Correo electrónico y colaboración › Directivas y reglas › Directivas de amenazas › Antispam › Directiva de correo no deseado saliente › Reglas de reenvío',
};
