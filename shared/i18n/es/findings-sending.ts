import type { findingsSending as source } from '../en/findings-sending';
import type { Translation } from '../translation';

/** Spanish: findings about sending, relay, the tenant and unknown replies (scheme in shared/i18n/en/findings.ts). */
export const findingsSending: Translation<typeof source> = {
  'finding.unknown.quoted': 'Decía: «{quote}»',

  // send
  'finding.send.send-as-denied.title': 'No tienes permiso para enviar desde esta dirección',
  'finding.send.send-as-denied.explanation': 'La dirección del remitente (De) no es la del buzón con el que iniciaste sesión, y no tienes el permiso «Enviar como» para ella.',
  'finding.send.send-as-denied.steps.1': 'Envía desde la dirección con la que inicias sesión y vuelve a probar.',
  'finding.send.send-as-denied.steps.2': 'Para enviar como otra dirección (por ejemplo, un buzón compartido), pide al departamento de TI el permiso «Enviar como».',
  'finding.send.send-as-denied.admin': '¿Se podría conceder a mi cuenta {address} el permiso «Enviar como» en el buzón desde el que necesito enviar? Exchange Online lo rechaza con 5.7.60 o 5.2.252 SendAsDenied.',

  'finding.send.outbound-spam.title': 'Microsoft retuvo tu correo como posible spam',
  'finding.send.outbound-spam.explanation': 'La protección contra correo no deseado de Microsoft ha impedido que esta cuenta envíe. Suele pasar con cuentas nuevas o sin verificar, o después de enviar mucho.',
  'finding.send.outbound-spam.steps.1': 'Inicia sesión en outlook.com (o outlook.office.com) en un navegador y completa la verificación que te pida.',
  'finding.send.outbound-spam.steps.2': 'Espera unas horas y envía menos mensajes a la vez.',
  'finding.send.outbound-spam.steps.3': 'Si sigue pasando, envía el mensaje de abajo a tu administrador de TI.',
  'finding.send.outbound-spam.admin': 'El correo de {address} se rechaza con «OutboundSpamException» (un veredicto de correo no deseado saliente). ¿Se podría comprobar si la cuenta está restringida o comprometida, o si necesita verificación?',

  'finding.send.quota-exceeded.title': 'Has llegado al límite de envío de hoy',
  'finding.send.quota-exceeded.explanation': 'Microsoft permite hasta {recipientsPerDay} destinatarios al día por buzón, y este buzón ha llegado a su límite. Se restablece en un plazo de {quotaWindow}.',
  'finding.send.quota-exceeded.steps.1': 'Espera hasta {quotaWindow} y vuelve a enviar.',
  'finding.send.quota-exceeded.steps.2': 'Si no has enviado tanto correo, avisa enseguida al departamento de TI: puede que alguien esté usando tu cuenta indebidamente.',
  'finding.send.quota-exceeded.admin': 'Mi buzón {address} ha alcanzado el límite de envío de Exchange Online (SubmissionQuotaExceededException o «5.2.2 Submission quota exceeded»; {recipientsPerDay} destinatarios al día). ¿Se podría comprobar si ese volumen es el esperado o si la cuenta puede estar comprometida?',

  'finding.send.mailbox-full.title': 'Tu buzón está lleno',
  'finding.send.mailbox-full.explanation': 'El correo enviado se guarda en Elementos enviados, y tu buzón ya no tiene espacio. El servidor no enviará nada hasta que se libere espacio.',
  'finding.send.mailbox-full.steps.1': 'Elimina correo antiguo, sobre todo los elementos grandes de Elementos enviados, y después vacía Elementos eliminados.',
  'finding.send.mailbox-full.steps.2': 'Vuelve a probar.',
  'finding.send.mailbox-full.steps.3': 'Pide al departamento de TI más espacio o una limpieza automática de Elementos enviados.',
  'finding.send.mailbox-full.admin': 'Mi buzón {address} está lleno, así que el envío falla (554 5.2.2 mailbox full; STOREDRV.Submission QuotaExceededException). ¿Se podría liberar espacio o aplicar una directiva de retención a Elementos enviados?',

  'finding.send.recipient-mailbox-full.title': 'El buzón del destinatario está lleno',
  'finding.send.recipient-mailbox-full.explanation': 'La persona a la que escribiste no tiene espacio en su buzón, así que su servidor de correo rechazó el mensaje. Tu cuenta y tu configuración están bien.',
  'finding.send.recipient-mailbox-full.steps.1': 'Vuelve a intentarlo más tarde o ponte en contacto con esa persona de otra forma.',
  'finding.send.recipient-mailbox-full.steps.2': 'No hay nada que cambiar en tu configuración.',
  'finding.send.recipient-mailbox-full.admin': 'Un mensaje de {address} se devolvió porque el buzón del destinatario está lleno (5.2.2 del servidor receptor). Por lo que veo, no hace falta cambiar nada por nuestra parte; si se ve algo distinto, agradecería saberlo.',

  'finding.send.message-too-large.title': 'El mensaje es demasiado grande',
  'finding.send.message-too-large.explanation': 'El servidor rechazó el mensaje porque supera el tamaño que acepta, normalmente por archivos adjuntos grandes o escaneos.',
  'finding.send.message-too-large.steps.1': 'Envía archivos adjuntos más pequeños, o comparte un vínculo al archivo en su lugar.',
  'finding.send.message-too-large.steps.2': 'Si es un escáner, escanea con menos resolución o en blanco y negro.',
  'finding.send.message-too-large.admin': 'El correo de {sender} se rechaza por demasiado grande (una respuesta 5.2.3 o 5.3.4 de tamaño de mensaje). ¿Cuál es el límite de tamaño que se aplica a mi buzón y al destinatario? ¿Se podría aumentar, si procede?',

  'finding.send.concurrency-limit.title': 'Demasiadas conexiones a la vez',
  'finding.send.concurrency-limit.explanation': 'Microsoft permite como máximo {concurrentConnections} conexiones enviando a la vez desde un mismo buzón. Seguramente otra aplicación u otro dispositivo está enviando desde tu buzón en este momento.',
  'finding.send.concurrency-limit.steps.1': 'Espera un momento y vuelve a probar.',
  'finding.send.concurrency-limit.steps.2': 'Cierra otras aplicaciones o dispositivos que envíen desde este buzón al mismo tiempo.',
  'finding.send.concurrency-limit.admin': 'Mi buzón {address} recibe «432 4.3.2 Concurrent connections limit exceeded» (Exchange Online permite {concurrentConnections} conexiones de envío por buzón). ¿Se podría comprobar qué aplicaciones o dispositivos envían desde este buzón al mismo tiempo?',

  'finding.send.throttled.title': 'El envío está en pausa para este buzón tras errores repetidos',
  'finding.send.throttled.explanation': 'Microsoft ha pausado el envío desde aplicaciones para este buzón porque se repetía el mismo error. Corrige el error anterior; después, la pausa termina sola.',
  'finding.send.throttled.steps.1': 'Busca y corrige el error anterior, por ejemplo un buzón lleno o una dirección de remitente incorrecta.',
  'finding.send.throttled.steps.2': 'Detén cualquier aplicación que siga reintentando.',
  'finding.send.throttled.steps.3': 'Espera. Si es urgente, pregunta al departamento de TI si puedes enviar desde otro buzón.',
  'finding.send.throttled.admin': 'Exchange Online ha limitado SMTP AUTH para {address} tras errores continuos (550 5.2.251 a 5.2.255). El soporte de Microsoft no puede levantarlo: termina cuando se corrige la causa (buzón lleno, Enviar como denegado, licencia no válida, demasiados destinatarios o destinatarios no válidos) y vence el periodo de limitación. Agradecería ayuda para encontrar la causa.',

  'finding.send.restricted-sender.title': 'Tu cuenta tiene bloqueado el envío',
  'finding.send.restricted-sender.explanation': 'Microsoft ha bloqueado el envío desde esta cuenta, normalmente porque envió correo no deseado, lo que a menudo significa que otra persona la ha usado. Tu administrador de TI tiene que desbloquearla.',
  'finding.send.restricted-sender.steps.1': 'Cambia tu contraseña ahora.',
  'finding.send.restricted-sender.steps.2': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.send.restricted-sender.admin': 'Mi cuenta {address} tiene bloqueado el envío (550 5.1.8 Access denied, bad outbound sender), así que probablemente está en la lista de entidades restringidas. ¿Se podría revisar si la cuenta está comprometida, restablecer su contraseña y liberarla?',

  'finding.send.spam-blocked.title': 'Microsoft rechazó este correo como no deseado',
  'finding.send.spam-blocked.explanation': 'El sistema contra correo no deseado de Microsoft rechazó este mensaje o la dirección desde la que se envió. Tu administrador de TI puede ver el motivo y pedir que se retire el bloqueo.',
  'finding.send.spam-blocked.steps.1': 'No envíes el mismo mensaje una y otra vez.',
  'finding.send.spam-blocked.steps.2': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.send.spam-blocked.admin': 'Exchange Online rechaza el correo de {address} con una respuesta antispam «Access denied» (5.7.501 a 5.7.511). ¿Se podría buscar el código en la referencia de NDR de Microsoft y, si nuestra dirección IP o nuestro dominio están vetados, solicitar que los quiten de la lista?',

  'finding.send.ip-blocklisted.title': 'La dirección desde la que sale tu correo está en una lista de bloqueo',
  'finding.send.ip-blocklisted.explanation': 'El servicio de correo de destino bloquea la dirección de internet (IP) desde la que se envía tu correo, porque está en una lista de bloqueo de correo no deseado. Solo el departamento de TI, o el proveedor de esa dirección, puede conseguir que la quiten.',
  'finding.send.ip-blocklisted.steps.1': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.send.ip-blocklisted.steps.2': 'No envíes el mismo mensaje una y otra vez.',
  'finding.send.ip-blocklisted.admin': 'El correo de {sender} se rechaza porque nuestra dirección IP de envío está en una lista de bloqueo (por ejemplo 5.7.606–5.7.649 «banned sending IP», o una lista de bloqueo DNS). ¿Se podría averiguar por qué está en la lista, corregir la causa y solicitar que la quiten? El portal de Microsoft para solicitarlo es {delistPortal}.',

  'finding.send.from-rejected.title': 'Se rechazó la dirección del remitente (De) del mensaje',
  'finding.send.from-rejected.explanation': 'Al mensaje le falta la dirección del remitente (De), o no es válida, o no superó la comprobación del dominio del remitente (DMARC). Hay que corregir la aplicación o la configuración de tu dominio.',
  'finding.send.from-rejected.steps.1': 'Asegúrate de que la aplicación envía con tu propia dirección de correo electrónico como remitente (De).',
  'finding.send.from-rejected.steps.2': 'Si usas el dominio propio de tu organización, pide al departamento de TI que revise sus registros SPF, DKIM y DMARC.',
  'finding.send.from-rejected.admin': 'El correo de {address} se rechaza con 5.7.509 (DMARC) o 5.7.512 (encabezado From no conforme con RFC 5322). ¿Se podría revisar la configuración SPF, DKIM y DMARC de nuestro dominio y el encabezado From que usa la aplicación de envío?',

  'finding.send.temporary-restriction.title': 'Microsoft está reteniendo el correo de momento',
  'finding.send.temporary-restriction.explanation': 'Microsoft ha limitado temporalmente el envío desde esta conexión, a menudo después de un aumento repentino del correo. Normalmente se resuelve solo.',
  'finding.send.temporary-restriction.steps.1': 'Espera y vuelve a intentarlo más tarde.',
  'finding.send.temporary-restriction.steps.2': 'Si dura más de un día, envía el mensaje de abajo a tu administrador de TI.',
  'finding.send.temporary-restriction.admin': 'El envío desde {address} recibe «451 4.7.500-699 Access denied, please try again later». ¿Se podría comprobar si nuestra dirección IP está limitada, y si enviamos desde una dirección onmicrosoft.com (estas direcciones tienen límites) o necesitamos un conector?',

  'finding.send.recipient-rejected.title': 'Se rechazó la dirección del destinatario',
  'finding.send.recipient-rejected.explanation': 'El servidor rechazó la dirección a la que enviabas. Puede que esté mal escrita o que no exista.',
  'finding.send.recipient-rejected.steps.1': 'Revisa que la dirección del destinatario no tenga errores.',
  'finding.send.recipient-rejected.steps.2': 'Envía el mensaje de prueba a tu propia dirección.',
  'finding.send.recipient-rejected.admin': 'Exchange Online rechaza al destinatario cuando envío desde {address}. ¿Se podría comprobar si el destinatario existe y si alguna regla de flujo de correo lo bloquea?',

  'finding.send.forwarding-blocked.title': 'Tu organización no permite reenviar al exterior',
  'finding.send.forwarding-blocked.explanation': 'La configuración de seguridad de tu organización bloqueó un mensaje reenviado automáticamente (por una regla de reenvío) a una dirección externa.',
  'finding.send.forwarding-blocked.steps.1': 'Si configuraste una regla de reenvío, quítala o pregunta al departamento de TI si está permitida.',
  'finding.send.forwarding-blocked.steps.2': 'Si el reenvío hace falta para el trabajo, envía el mensaje de abajo a tu administrador de TI.',
  'finding.send.forwarding-blocked.admin': 'El reenvío automático de {address} a una dirección externa está bloqueado (550 5.7.520 «Your organization does not allow external forwarding»). ¿Se podría revisar la directiva de correo no deseado saliente (configuración más abajo) y confirmar si se puede permitir este reenvío?',

  'finding.send.smtputf8-unsupported.title': 'El servidor no puede gestionar esta dirección',
  'finding.send.smtputf8-unsupported.explanation': 'Antes de la @, la dirección tiene letras que no son del alfabeto inglés básico (por ejemplo ü o é), y el servidor no admite ese tipo de direcciones.',
  'finding.send.smtputf8-unsupported.steps.1': 'Si el buzón tiene una dirección con letras sencillas (un alias), envía desde esa.',
  'finding.send.smtputf8-unsupported.steps.2': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.send.smtputf8-unsupported.admin': 'El envío con la dirección {address} falla porque tiene caracteres no ASCII antes de la @ y {host} no ofrece SMTPUTF8. ¿Se podría dar al buzón un alias solo con caracteres ASCII para enviar desde él, o indicar qué servidor acepta direcciones internacionalizadas?',

  'finding.send.failed-no-detail.title': 'Tu aplicación de correo no pudo enviar y no dijo por qué',
  'finding.send.failed-no-detail.explanation': 'La aplicación de correo indicó que el envío falló, pero no mostró la respuesta del servidor. Si haces la prueba aquí, verás exactamente qué paso falla.',
  'finding.send.failed-no-detail.steps.1': 'Prueba tu configuración con esta aplicación: elige tu tipo de cuenta y haz la prueba.',
  'finding.send.failed-no-detail.steps.2': 'Revisa el servidor saliente: para Microsoft 365 es {m365Host}, puerto {m365Port}, STARTTLS, con tu dirección completa como nombre de usuario.',
  'finding.send.failed-no-detail.steps.3': 'Si la prueba de aquí funciona, quita la cuenta de la aplicación de correo y vuelve a agregarla.',
  'finding.send.failed-no-detail.admin': 'El envío desde {sender} falla con un mensaje que no da ningún motivo (no se muestra la respuesta del servidor). ¿Se podría revisar el registro de inicio de sesión de Entra y el seguimiento de mensajes de {address}, o indicar qué detalles hacen falta?',

  // tenant / relay / server
  'finding.tenant.blocked.title': 'Microsoft 365 tiene bloqueado el envío de tu organización',
  'finding.tenant.blocked.explanation': 'Microsoft ha restringido el envío de toda tu organización, por ejemplo por ser una suscripción nueva o de prueba o por tener dominios sin verificar. Solo tu administrador de TI y Microsoft pueden quitar esta restricción.',
  'finding.tenant.blocked.steps.1': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.tenant.blocked.admin': 'Exchange Online rechaza nuestro correo con un bloqueo a nivel de inquilino (5.7.705 tenant has exceeded threshold, 5.7.708 traffic not accepted from this IP o 5.7.750 unregistered domains). ¿Se podrían verificar nuestros dominios (abajo) y contactar con el soporte de Microsoft para quitar la restricción?',

  'finding.relay.tenant-attribution.title': 'El conector de retransmisión no reconoce a este remitente',
  'finding.relay.tenant-attribution.explanation': 'El correo enviado a través de la retransmisión de tu organización no se asocia a su conector. Normalmente ha cambiado la dirección IP o el certificado de envío.',
  'finding.relay.tenant-attribution.steps.1': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.relay.tenant-attribution.admin': 'La retransmisión falla con «5.7.64 TenantAttribution; Relay Access Denied»: el conector de entrada no coincide con nuestra dirección IP o certificado de envío. ¿Se podría actualizar el conector?',

  'finding.relay.direct-send-rejected.title': 'Tu organización no permite Envío directo',
  'finding.relay.direct-send-rejected.explanation': 'Este dispositivo envía sin iniciar sesión («Envío directo»), y tu organización lo ha desactivado. Tiene que iniciar sesión o usar un conector.',
  'finding.relay.direct-send-rejected.steps.1': 'Si el dispositivo puede iniciar sesión, usa {m365Host}, puerto {m365Port}, STARTTLS con inicio de sesión.',
  'finding.relay.direct-send-rejected.steps.2': 'Si no, envía el mensaje de abajo a tu administrador de TI.',
  'finding.relay.direct-send-rejected.admin': 'El Envío directo (Direct Send) desde nuestro dispositivo se rechaza (550 5.7.68 TenantInboundAttribution; Direct Send not allowed), así que RejectDirectSend está activado en nuestra organización. ¿Se podría configurar un conector de entrada de asociado para la dirección IP o el certificado del dispositivo, o darle en su lugar credenciales de SMTP AUTH?',

  'finding.relay.external-recipients-not-allowed.title': 'Esta vía no puede enviar a direcciones externas',
  'finding.relay.external-recipients-not-allowed.explanation': 'Enviar sin iniciar sesión al servidor de correo de tu propia organización (Envío directo) solo entrega dentro de tu organización. El correo a direcciones externas necesita inicio de sesión o un conector.',
  'finding.relay.external-recipients-not-allowed.steps.1': 'Prueba con una dirección de dentro de tu organización.',
  'finding.relay.external-recipients-not-allowed.steps.2': 'Para enviar al exterior, usa {m365Host}, puerto {m365Port}, STARTTLS con inicio de sesión, o pide un conector al departamento de TI.',
  'finding.relay.external-recipients-not-allowed.admin': 'El envío desde {sender} a un destinatario externo se rechaza (550 5.4.1 Relay Access Denied o 550 5.7.54 Unable to relay recipient in non-accepted domain), porque Envío directo (Direct Send) solo entrega a destinatarios internos. ¿Se podría configurar un conector de entrada para él (configuración más abajo), o darle credenciales de SMTP AUTH?',

  'finding.server.temporary-failure.title': 'El servidor tuvo un problema temporal',
  'finding.server.temporary-failure.explanation': 'El servidor de correo indicó que ahora mismo no puede atender la solicitud. Estos problemas suelen resolverse solos en pocos minutos.',
  'finding.server.temporary-failure.steps.1': 'Espera unos minutos y vuelve a probar.',
  'finding.server.temporary-failure.steps.2': 'Si dura más de una hora, envía el mensaje de abajo a tu administrador de TI.',
  'finding.server.temporary-failure.admin': '{host} sigue devolviendo un error temporal cuando envío. ¿Se podría consultar el estado del servicio de Exchange Online en Microsoft 365?',

  'finding.unknown.title': 'No reconocemos este error',
  'finding.unknown.explanation': 'El servidor o la aplicación informó de un problema que esta aplicación aún no conoce. Se guardan sus palabras exactas para que tu administrador de TI pueda buscarlas.',
  'finding.unknown.steps.1': 'Revisa el nombre del servidor, el puerto y la seguridad. Para Microsoft 365: {m365Host}, {m365Port}, STARTTLS.',
  'finding.unknown.steps.2': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.unknown.admin': 'El envío como {address} desde {sender} a través de {host} falla con un error que Mail Setup Assistant no reconoce. ¿Se podría echar un vistazo?',
};
