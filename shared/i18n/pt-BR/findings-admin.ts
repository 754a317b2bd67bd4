import type { findingsAdmin as source } from '../en/findings-admin';
import type { Translation } from '../translation';

/**
 * Brazilian Portuguese: where a setting lives in an admin portal, with the menu names the
 * pt-BR portals show (Centro de administração do Microsoft 365, Centro de administração do
 * Microsoft Entra, Centro de administração do Exchange, Portal do Microsoft Defender).
 * Placeholders: {address}, {sendFromMailbox}. Keep the › between the steps.
 */
export const findingsAdmin: Translation<typeof source> = {
  'finding.admin-path.authenticated-smtp':
    'Centro de administração do Microsoft 365 › Usuários › Usuários ativos › {address} › Email › Gerenciar aplicativos de email › SMTP autenticado',
  'finding.admin-path.security-defaults':
    'Centro de administração do Microsoft Entra › Entra ID › Visão geral › Propriedades › Gerenciar padrões de segurança',
  'finding.admin-path.sign-in-logs':
    'Centro de administração do Microsoft Entra › Entra ID › Monitoramento e integridade › Logs de entrada',
  'finding.admin-path.conditional-access':
    'Centro de administração do Microsoft Entra › Entra ID › Acesso Condicional › Políticas',
  'finding.admin-path.consent-requests':
    'Centro de administração do Microsoft Entra › Entra ID › Aplicativos empresariais › Solicitações de consentimento do administrador',
  'finding.admin-path.legacy-tls':
    'Centro de administração do Exchange › Configurações › Fluxo de emails › Ativar o uso de clientes TLS herdados',
  'finding.admin-path.restricted-entities':
    'Portal do Microsoft Defender › Entidades restritas (https://security.microsoft.com/restrictedusers)',
  'finding.admin-path.connectors': 'Centro de administração do Exchange › Fluxo de emails › Conectores',
  'finding.admin-path.send-as':
    'Centro de administração do Microsoft 365 › Usuários › Usuários ativos › {sendFromMailbox} › Email › Permissões de caixa de correio › Enviar como',
  'finding.admin-path.domains': 'Centro de administração do Microsoft 365 › Configurações › Domínios',
  'finding.admin-path.outbound-spam-forwarding':
    'Portal do Microsoft Defender › Email e colaboração › Políticas e regras › Políticas de ameaças › Antispam › Política de saída antispam › Regras de encaminhamento',
};
