import type { discover as source } from '../en/discover';
import type { Translation } from '../translation';

/** Spanish: port discovery (matrix, reasons, network, domain checks, clock, CLI output). */
export const discover: Translation<typeof source> = {
  // Matrix columns and cells.
  'discover.column.port': 'Puerto',
  'discover.column.mode': 'Modo',
  'discover.column.reach': 'Acceso',
  'discover.column.tls': 'Cifrado',
  'discover.column.auth': 'Inicio de sesión ofrecido',

  'discover.mode.starttls': 'STARTTLS',
  'discover.mode.tls': 'SSL/TLS',
  'discover.mode.none': 'Sin cifrado',

  'discover.reach.reachable': 'Accesible',
  'discover.reach.blocked': 'Bloqueado (sin respuesta)',
  'discover.reach.refused': 'Rechazado',
  'discover.reach.reset': 'Cortado',
  'discover.reach.no-greeting': 'Sin respuesta del servidor de correo',
  'discover.reach.unresolved': 'No se encontró el nombre del servidor',
  'discover.reach.offline': 'Sin red',
  'discover.reach.cancelled': 'Cancelado',
  'discover.reach.error': 'Fallo',
  'discover.reach.not-tried': 'Sin probar',

  'discover.tls.verified': 'Seguro, certificado comprobado',
  'discover.tls.unverified': 'Certificado no fiable',
  'discover.tls.not-offered': 'No se ofrece',
  'discover.tls.mode-mismatch': 'Otro modo de cifrado',
  'discover.tls.not-reached': '—',
  'discover.tls.none': 'Sin cifrar',

  'discover.auth.none': 'ninguno',
  'discover.expected': 'esperado',

  // Why this port, or why none.
  'discover.reason.works': 'El puerto {port} ({mode}) respondió, la conexión se cifró y el certificado del servidor superó la comprobación.',
  'discover.reason.auth-offered': 'Una vez protegida la conexión, el servidor ofrece inicio de sesión ({mechanisms}).',
  'discover.reason.no-auth-offered':
    'El servidor del puerto {port} no ofrece inicio de sesión. Es normal en una retransmisión o en Envío directo (sin contraseña), pero un buzón no puede iniciar sesión ahí.',
  'discover.reason.preferred-port': 'El puerto 587 con STARTTLS es el que recomienda Microsoft para las aplicaciones y los dispositivos que envían correo.',
  'discover.reason.fallback-port': 'Se sugiere el puerto {port} porque el puerto {preferred} no funcionó desde esta red.',
  'discover.reason.blocked': 'El puerto {port} no obtuvo ninguna respuesta: probablemente lo bloquea un firewall de esta red o tu proveedor de internet.',
  'discover.reason.port-25-blocked':
    'El puerto 25 no obtuvo respuesta. Los proveedores de internet domésticos y móviles suelen bloquearlo; no importa mientras funcione el puerto 587.',
  'discover.reason.refused': 'Se rechazó la conexión al puerto {port}: ahí no hay nada que acepte conexiones de correo.',
  'discover.reason.465-microsoft':
    'El puerto 465 no funciona con Microsoft: no se ofrece para enviar, así que este fallo es el esperado y no es un problema de la red.',
  'discover.reason.tls-problem': 'El puerto {port} respondió, pero su conexión segura no era de confianza ({diagnosis}).',
  'discover.reason.no-tls': 'El puerto {port} respondió, pero no ofrece cifrado, así que una contraseña enviada ahí no estaría protegida.',
  'discover.reason.no-greeting': 'El puerto {port} aceptó la conexión, pero ningún servidor de correo respondió en él.',
  'discover.reason.mode-detected': 'El puerto {port} usa {mode}, no {tried}; se repitió la comprobación de esa forma.',
  'discover.reason.none-works':
    'Ningún puerto funcionó desde esta red. Prueba desde otra red (por ejemplo, la conexión compartida de un teléfono) para ver si la causa es esta red, y envía estos detalles a tu administrador de TI.',
  'discover.reason.offline': 'Este equipo no está conectado a ninguna red, así que no se pudo comprobar el servidor de correo.',
  'discover.reason.dns-failure':
    'Este equipo está conectado a una red, pero no puede buscar nombres de servidor, así que no se encontró el servidor de correo. Reinicia el router o pide al departamento de TI que revise el servicio de nombres (DNS) de la red.',
  'discover.reason.captive-portal':
    'Parece que esta red necesita primero una página de inicio de sesión (como en hoteles, trenes o redes Wi-Fi de invitados): el nombre del servidor de Microsoft lleva a una dirección local. Abre una página web, completa el inicio de sesión y vuelve a intentarlo.',
  'discover.reason.clock-skew': 'El reloj de este equipo tiene un desfase de alrededor de {minutes, plural, one {# minuto} other {# minutos}}; las conexiones seguras fallan hasta que se corrija.',
  'discover.reason.cancelled': 'La comprobación se canceló antes de terminar.',

  // Network status.
  'discover.network.online': 'Conectado a una red.',
  'discover.network.offline': 'Sin conexión de red.',
  'discover.network.dns-failure': 'Conectado, pero no se pueden buscar nombres de servidor.',
  'discover.network.captive-portal': 'Probablemente la red necesita primero una página de inicio de sesión.',

  // Where the server name came from.
  'discover.host.given': 'El servidor que escribiste.',
  'discover.host.consumer-domain': '{domain} es una dirección de Outlook.com, así que se envía a través de smtp-mail.outlook.com.',
  'discover.host.microsoft365-mx': 'El correo de {domain} lo gestiona Microsoft 365, así que se envía a través de smtp.office365.com.',
  'discover.host.microsoft365-dns': 'Los registros DNS de {domain} apuntan a Microsoft 365, así que se envía a través de smtp.office365.com.',
  'discover.host.default':
    'Nada en los registros DNS de {domain} indica Microsoft 365; aun así se comprueba smtp.office365.com, porque esta aplicación configura Microsoft 365.',

  // Domain checks, each with what it means for sending.
  'discover.domain.mx.microsoft365':
    'El correo para {domain} se entrega a Microsoft 365 ({host}). Envía a través de smtp.office365.com. Para una impresora o una aplicación que no puede iniciar sesión, el departamento de TI puede configurar una retransmisión o Envío directo hacia {host} en el puerto 25.',
  'discover.domain.mx.outlook-com': 'El correo de {domain} lo gestiona Outlook.com (cuentas personales de Microsoft).',
  'discover.domain.mx.other':
    'El correo para {domain} se entrega a {host}, que no es Microsoft 365. Si tu buzón está en Microsoft 365 de todos modos (por ejemplo, detrás de un filtro de correo), pregunta al departamento de TI por qué servidor enviar.',
  'discover.domain.mx.none': '{domain} no tiene registro de correo (MX), así que el correo para este dominio no llegaría. Revisa cómo está escrita la dirección.',
  'discover.domain.mx.failed': 'No se pudo consultar el registro de correo (MX) de {domain} ({code}).',
  'discover.domain.spf.microsoft':
    '{domain} permite que Microsoft 365 envíe su correo (su registro SPF incluye spf.protection.outlook.com), así que el correo enviado a través de Microsoft 365 no se considera falsificado.',
  'discover.domain.spf.other':
    '{domain} tiene un registro SPF, pero no menciona Microsoft 365. El correo enviado a través de Microsoft 365 puede acabar en el correo no deseado o ser rechazado; el departamento de TI puede agregar include:spf.protection.outlook.com.',
  'discover.domain.spf.none': '{domain} no publica ningún registro SPF, así que los destinatarios no pueden comprobar quién puede enviar su correo, y algunos lo tratan como correo no deseado.',
  'discover.domain.spf.failed': 'No se pudo consultar el registro SPF de {domain} ({code}).',
  'discover.domain.autodiscover.microsoft': 'Outlook puede encontrar por sí solo la configuración de {domain}: autodiscover apunta a Microsoft 365.',
  'discover.domain.autodiscover.other':
    'El registro autodiscover de {domain} apunta a {target}, no a Microsoft 365, así que puede que Outlook no se configure automáticamente. El envío no se ve afectado.',
  'discover.domain.autodiscover.none':
    '{domain} no tiene registro autodiscover, así que puede que Outlook te pida la configuración a mano. El envío no se ve afectado.',
  'discover.domain.autodiscover.failed': 'No se pudo consultar el registro autodiscover de {domain} ({code}).',
  'discover.domain.dmarc.strict':
    '{domain} tiene una directiva DMARC estricta (p={policy}): los destinatarios rechazan o mandan al correo no deseado cualquier mensaje que diga falsamente venir de ese dominio. Envía a través de Microsoft 365 con tu propia dirección; un dispositivo que envíe directamente a direcciones externas será rechazado.',
  'discover.domain.dmarc.monitor': '{domain} tiene un registro DMARC que solo supervisa (p=none); el envío no se ve afectado.',
  'discover.domain.dmarc.none': '{domain} no tiene registro DMARC. El envío funciona; simplemente, los destinatarios tienen menos ayuda para detectar correo falsificado.',
  'discover.domain.dmarc.failed': 'No se pudo consultar el registro DMARC de {domain} ({code}).',

  // Clock.
  'discover.clock.ok': 'El reloj de este equipo coincide con el del servidor de correo.',
  'discover.clock.ahead': 'El reloj de este equipo va adelantado alrededor de {minutes, plural, one {# minuto} other {# minutos}} respecto al del servidor de correo. Corrige la fecha y la hora en la configuración del sistema.',
  'discover.clock.behind': 'El reloj de este equipo va atrasado alrededor de {minutes, plural, one {# minuto} other {# minutos}} respecto al del servidor de correo. Corrige la fecha y la hora en la configuración del sistema.',
  'discover.clock.unknown': 'El servidor de correo no indicó qué hora es, así que no se pudo comparar el reloj.',

  // CLI output.
  'discover.cli.checking': 'Comprobando {host} en los puertos {ports}…',
  'discover.cli.heading.recommendation': 'Recomendación',
  'discover.cli.heading.domain': 'Dominio {domain}',
  'discover.cli.heading.clock': 'Reloj',
  'discover.cli.heading.network': 'Red',
  'discover.cli.recommend': 'Usa {host}, puerto {port}, con {mode}.',
  'discover.cli.recommend-none': 'No se encontró ninguna forma de enviar que funcione desde esta red.',
  'discover.cli.relay': 'Servidor de retransmisión / Envío directo: {host} (puerto 25)',
  'discover.cli.findings': 'Hallazgos: {ids}',
  'discover.cli.input-missing': 'indica una dirección (usuario@dominio) o --host HOST',
  'discover.cli.input-both': 'indica una dirección o --host, no las dos cosas',
  'discover.cli.input-invalid': '«{value}» no es ni una dirección de correo electrónico ni un nombre de servidor',
  'discover.cli.bad-ports': '--ports no es válido: {problem}',
  'discover.problem.not-a-port': '«{value}» no es un puerto (1–65535, opcionalmente con /starttls, /tls o /none)',
  'discover.problem.no-port': 'no se indicó ningún puerto',
  'discover.problem.not-an-address': '«{value}» no es una dirección de correo electrónico válida',
  'discover.cli.bad-resolve': '--resolve espera NOMBRE:DIRECCIÓN (por ejemplo smtp.office365.com:127.0.0.1), pero se recibió «{value}»',
  'discover.cli.bad-timeout': '--timeout espera un número de segundos, pero se recibió «{value}»',
  'discover.cli.secret-refused': '{flag}: discover nunca inicia sesión, así que no acepta ninguna contraseña ni token',
};
