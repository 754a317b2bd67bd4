import type { discover as source } from '../en/discover';
import type { Translation } from '../translation';

/** Brazilian Portuguese: the port check (matrix, reasons, domain and clock checks, CLI output). */
export const discover: Translation<typeof source> = {
  // Matrix columns and cells (one row per port).
  'discover.column.port': 'Porta',
  'discover.column.mode': 'Modo',
  'discover.column.reach': 'Conexão',
  'discover.column.tls': 'Criptografia',
  'discover.column.auth': 'Login oferecido',

  'discover.mode.starttls': 'STARTTLS',
  'discover.mode.tls': 'SSL/TLS',
  'discover.mode.none': 'Sem criptografia',

  'discover.reach.reachable': 'Acessível',
  'discover.reach.blocked': 'Bloqueada (sem resposta)',
  'discover.reach.refused': 'Recusada',
  'discover.reach.reset': 'Interrompida',
  'discover.reach.no-greeting': 'Sem resposta do servidor de email',
  'discover.reach.unresolved': 'Nome do servidor não encontrado',
  'discover.reach.offline': 'Sem rede',
  'discover.reach.cancelled': 'Cancelada',
  'discover.reach.error': 'Erro',
  'discover.reach.not-tried': 'Não testada',

  'discover.tls.verified': 'Segura, certificado verificado',
  'discover.tls.unverified': 'Certificado não confiável',
  'discover.tls.not-offered': 'Não oferecida',
  'discover.tls.mode-mismatch': 'Modo de criptografia diferente',
  'discover.tls.not-reached': '—',
  'discover.tls.none': 'Sem criptografia',

  'discover.auth.none': 'nenhum',
  'discover.expected': 'esperado',

  // Why this port, or why none.
  'discover.reason.works': 'A porta {port} ({mode}) respondeu, a conexão foi criptografada e o certificado do servidor foi validado.',
  'discover.reason.auth-offered': 'Com a conexão protegida, o servidor oferece login ({mechanisms}).',
  'discover.reason.no-auth-offered':
    'O servidor na porta {port} não oferece login. Isso é normal para retransmissão ou Envio Direto (sem senha), mas uma caixa de correio não consegue fazer login ali.',
  'discover.reason.preferred-port': 'A porta 587 com STARTTLS é a que a Microsoft recomenda para apps e dispositivos que enviam emails.',
  'discover.reason.fallback-port': 'A porta {port} foi sugerida porque a porta {preferred} não funcionou nesta rede.',
  'discover.reason.blocked': 'A porta {port} não teve resposta nenhuma: provavelmente um firewall desta rede ou o seu provedor de internet a bloqueia.',
  'discover.reason.port-25-blocked':
    'A porta 25 não teve resposta. Provedores de internet residencial e móvel costumam bloqueá-la; isso não importa, desde que a porta 587 funcione.',
  'discover.reason.refused': 'A porta {port} foi recusada: nada aceita conexões de email nela.',
  'discover.reason.465-microsoft':
    'A porta 465 não funciona com a Microsoft: ela não é oferecida para envio, então essa falha é esperada e não é um problema de rede.',
  'discover.reason.tls-problem': 'A porta {port} respondeu, mas a conexão segura dela não é confiável ({diagnosis}).',
  'discover.reason.no-tls': 'A porta {port} respondeu, mas não oferece criptografia; uma senha enviada por ela não estaria protegida.',
  'discover.reason.no-greeting': 'A porta {port} aceitou a conexão, mas nenhum servidor de email respondeu nela.',
  'discover.reason.mode-detected': 'A porta {port} usa {mode}, não {tried}; a verificação foi repetida desse jeito.',
  'discover.reason.none-works':
    'Nenhuma porta funcionou nesta rede. Tente outra rede (o roteador do celular, por exemplo) para ver se a causa é esta rede, e envie estes detalhes para a sua equipe de TI.',
  'discover.reason.offline': 'Este computador não está conectado a nenhuma rede, então não foi possível verificar o servidor de email.',
  'discover.reason.dns-failure':
    'Este computador está conectado a uma rede, mas não consegue localizar nomes de servidores, então o servidor de email não foi encontrado. Reinicie o roteador ou peça à TI para verificar o serviço de nomes da rede (DNS).',
  'discover.reason.captive-portal':
    'Esta rede parece exigir primeiro uma página de login (como em hotéis, trens ou Wi-Fi de visitantes): o nome do servidor da Microsoft leva a um endereço local. Abra uma página da web, conclua o login e tente novamente.',
  'discover.reason.clock-skew': 'O relógio deste computador está errado em cerca de {minutes, plural, =1 {1 minuto} other {# minutos}}; as conexões seguras falham até que ele seja corrigido.',
  'discover.reason.cancelled': 'A verificação foi cancelada antes de terminar.',

  // Network status.
  'discover.network.online': 'Com conexão de rede.',
  'discover.network.offline': 'Sem conexão de rede.',
  'discover.network.dns-failure': 'Há conexão, mas os nomes de servidores não podem ser localizados.',
  'discover.network.captive-portal': 'A rede provavelmente exige uma página de login primeiro.',

  // Where the server name came from.
  'discover.host.given': 'O servidor que você informou.',
  'discover.host.consumer-domain': '{domain} é um endereço do Outlook.com, então o envio sai por smtp-mail.outlook.com.',
  'discover.host.microsoft365-mx': 'Os emails de {domain} são gerenciados pelo Microsoft 365, então o envio sai por smtp.office365.com.',
  'discover.host.microsoft365-dns': '{domain} aponta para o Microsoft 365 nos registros DNS, então o envio sai por smtp.office365.com.',
  'discover.host.default':
    'Nada nos registros DNS de {domain} indica o Microsoft 365; smtp.office365.com é verificado mesmo assim, porque este app configura o Microsoft 365.',

  // Domain checks, each with what it means for sending.
  'discover.domain.mx.microsoft365':
    'Os emails para {domain} são entregues ao Microsoft 365 ({host}). Envie por smtp.office365.com. Para uma impressora ou app que não consegue fazer login, a TI pode configurar retransmissão ou Envio Direto para {host} na porta 25.',
  'discover.domain.mx.outlook-com': 'Os emails para {domain} são gerenciados pelo Outlook.com (contas pessoais da Microsoft).',
  'discover.domain.mx.other':
    'Os emails para {domain} são entregues a {host}, que não é o Microsoft 365. Se a sua caixa de correio estiver no Microsoft 365 mesmo assim (por exemplo, atrás de um filtro de email), pergunte à TI por qual servidor enviar.',
  'discover.domain.mx.none': '{domain} não tem registro de email (MX), então emails para este domínio não chegariam. Confira a grafia do endereço.',
  'discover.domain.mx.failed': 'Não foi possível consultar o registro de email (MX) de {domain} ({code}).',
  'discover.domain.spf.microsoft':
    '{domain} autoriza o Microsoft 365 a enviar os emails do domínio (o registro SPF inclui spf.protection.outlook.com), então emails enviados pelo Microsoft 365 não são tomados por falsificados.',
  'discover.domain.spf.other':
    '{domain} tem um registro SPF, mas ele não inclui o Microsoft 365. Emails enviados pelo Microsoft 365 podem cair no spam ou ser recusados; a TI pode adicionar include:spf.protection.outlook.com.',
  'discover.domain.spf.none': '{domain} não publica registro SPF, então os destinatários não conseguem verificar quem pode enviar emails pelo domínio, e alguns os tratam como spam.',
  'discover.domain.spf.failed': 'Não foi possível consultar o registro SPF de {domain} ({code}).',
  'discover.domain.autodiscover.microsoft': 'O Outlook consegue encontrar sozinho as configurações de {domain}: o autodiscover aponta para o Microsoft 365.',
  'discover.domain.autodiscover.other':
    'O autodiscover de {domain} aponta para {target}, e não para o Microsoft 365, então talvez o Outlook não se configure automaticamente. O envio não é afetado.',
  'discover.domain.autodiscover.none':
    '{domain} não tem registro de autodiscover, então o Outlook pode pedir as configurações manualmente. O envio não é afetado.',
  'discover.domain.autodiscover.failed': 'Não foi possível consultar o registro de autodiscover de {domain} ({code}).',
  'discover.domain.dmarc.strict':
    '{domain} tem uma política DMARC rígida (p={policy}): os destinatários recusam ou mandam para o spam qualquer email que finja vir desse domínio. Envie pelo Microsoft 365 com o seu próprio endereço; um dispositivo que envia diretamente para endereços externos será recusado.',
  'discover.domain.dmarc.monitor': '{domain} tem um registro DMARC que só monitora (p=none); o envio não é afetado.',
  'discover.domain.dmarc.none': '{domain} não tem registro DMARC. O envio funciona; os destinatários só têm menos ajuda para identificar emails falsificados.',
  'discover.domain.dmarc.failed': 'Não foi possível consultar o registro DMARC de {domain} ({code}).',

  // Clock.
  'discover.clock.ok': 'O relógio deste computador bate com o do servidor de email.',
  'discover.clock.ahead': 'O relógio deste computador está cerca de {minutes, plural, =1 {1 minuto} other {# minutos}} adiantado em relação ao do servidor de email. Corrija a data e a hora nas configurações do sistema.',
  'discover.clock.behind': 'O relógio deste computador está cerca de {minutes, plural, =1 {1 minuto} other {# minutos}} atrasado em relação ao do servidor de email. Corrija a data e a hora nas configurações do sistema.',
  'discover.clock.unknown': 'O servidor de email não informou a hora, então não foi possível comparar o relógio.',

  // CLI output.
  'discover.cli.checking': 'Verificando {host} nas portas {ports}…',
  'discover.cli.heading.recommendation': 'Recomendação',
  'discover.cli.heading.domain': 'Domínio {domain}',
  'discover.cli.heading.clock': 'Relógio',
  'discover.cli.heading.network': 'Rede',
  'discover.cli.recommend': 'Use {host}, porta {port}, com {mode}.',
  'discover.cli.recommend-none': 'Nenhuma forma de envio que funcione foi encontrada nesta rede.',
  'discover.cli.relay': 'Host de retransmissão / Envio Direto: {host} (porta 25)',
  'discover.cli.findings': 'Diagnósticos: {ids}',
  'discover.cli.input-missing': 'informe um endereço (usuario@dominio) ou --host HOST',
  'discover.cli.input-both': 'informe um endereço ou --host, não os dois',
  'discover.cli.input-invalid': '“{value}” não é um endereço de email nem um nome de servidor',
  'discover.cli.bad-ports': 'valor inválido em --ports: {problem}',
  'discover.problem.not-a-port': '“{value}” não é uma porta (1–65535, com /starttls, /tls ou /none opcional)',
  'discover.problem.no-port': 'nenhuma porta informada',
  'discover.problem.not-an-address': '“{value}” não é um endereço de email válido',
  'discover.cli.bad-resolve': '--resolve espera NOME:ENDEREÇO (por exemplo smtp.office365.com:127.0.0.1), mas recebeu “{value}”',
  'discover.cli.bad-timeout': '--timeout espera um número de segundos, mas recebeu “{value}”',
  'discover.cli.secret-refused': '{flag}: o discover nunca faz login, então não aceita senha nem token',
};
