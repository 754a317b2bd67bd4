import type { findingsConnection as source } from '../en/findings-connection';
import type { Translation } from '../translation';

/** Spanish: findings about the network, TLS and the SMTP protocol (scheme in shared/i18n/en/findings.ts). */
export const findingsConnection: Translation<typeof source> = {
  // network
  'finding.network.offline.title': 'Este equipo no está conectado a internet',
  'finding.network.offline.explanation': 'La prueba no pudo llegar a ningún servidor, así que el problema es la conexión, no tu configuración de correo. Todo lo demás de esta aplicación sigue funcionando sin conexión.',
  'finding.network.offline.steps.1': 'Comprueba que la conexión Wi-Fi o el cable de red funcionan.',
  'finding.network.offline.steps.2': 'Abre cualquier sitio web para confirmar que internet funciona y vuelve a probar.',
  'finding.network.offline.steps.3': 'Si usas una VPN, conéctala o desconéctala y vuelve a probar.',
  'finding.network.offline.admin': 'Mi equipo no tiene acceso a internet, así que no puedo probar mi configuración de correo. ¿Se podría revisar mi conexión de red?',

  'finding.network.dns-failure.title': 'No se encontró el nombre del servidor de correo',
  'finding.network.dns-failure.explanation': 'Tu equipo no pudo encontrar el nombre {host}. Puede que el nombre esté mal escrito o que el servicio de nombres de la red (DNS) no funcione.',
  'finding.network.dns-failure.steps.1': 'Revisa el nombre del servidor: para Microsoft 365 es {m365Host}.',
  'finding.network.dns-failure.steps.2': 'Los nombres regionales antiguos, como {obsoleteHost}, ya no funcionan. Usa {m365Host}.',
  'finding.network.dns-failure.steps.3': 'Si tampoco se abren los sitios web, el problema es la red: prueba con otra red.',
  'finding.network.dns-failure.admin': 'Mi equipo no puede resolver el nombre del servidor de correo {host} (la consulta DNS falla). ¿Se podría revisar nuestra configuración de DNS, o si algún filtro bloquea este nombre?',

  'finding.network.port-blocked.title': 'Algo en la red bloquea el puerto de correo',
  'finding.network.port-blocked.explanation': 'La conexión con {host} en el puerto {port} no obtuvo respuesta. Normalmente la bloquea un firewall, un programa de seguridad o tu proveedor de internet.',
  'finding.network.port-blocked.steps.1': 'Vuelve a probar desde otra red, por ejemplo la conexión compartida de tu teléfono. Si allí funciona, esta red bloquea el puerto.',
  'finding.network.port-blocked.steps.2': 'Asegúrate de que el puerto es {m365Port} con STARTTLS, la configuración que recomienda Microsoft.',
  'finding.network.port-blocked.steps.3': 'Pide a tu departamento de TI que permita las conexiones salientes a {host} en el puerto {port}.',
  'finding.network.port-blocked.admin': 'Las conexiones salientes de mi equipo a {host} en el puerto TCP {port} agotan el tiempo de espera. ¿Se podría permitir en el firewall el tráfico TCP {port} saliente hacia {host}? Microsoft 365 usa el puerto {m365Port} con STARTTLS para enviar correo.',

  'finding.network.port-25-blocked.title': 'Tu proveedor de internet bloquea el puerto 25',
  'finding.network.port-25-blocked.explanation': 'Los proveedores de internet domésticos y móviles suelen bloquear el puerto 25 de salida para frenar el correo no deseado. No es un problema de Microsoft: usa el puerto {m365Port} en su lugar.',
  'finding.network.port-25-blocked.steps.1': 'Cambia el puerto a {m365Port} con STARTTLS y vuelve a probar.',
  'finding.network.port-25-blocked.steps.2': 'Si tienes que usar el puerto 25 (por ejemplo, un escáner que envía a través de una retransmisión), tiene que hacerse desde la red de la oficina.',
  'finding.network.port-25-blocked.admin': 'El puerto 25 hacia {host} está bloqueado desde la red en la que estoy (los proveedores de internet domésticos suelen bloquearlo). ¿Se me podría confirmar que debo enviar a través de {m365Host} en el puerto {m365Port} con STARTTLS, o indicar qué retransmisión usar desde fuera de la oficina?',

  'finding.network.connection-refused.title': 'El servidor rechazó la conexión',
  'finding.network.connection-refused.explanation': 'El servidor {host} respondió, pero no acepta conexiones en el puerto {port}. Seguramente el puerto o el nombre del servidor no son correctos.',
  'finding.network.connection-refused.steps.1': 'Revisa el nombre del servidor y el puerto: Microsoft 365 usa {m365Host}, puerto {m365Port}, STARTTLS.',
  'finding.network.connection-refused.steps.2': 'Si la configuración es correcta, puede que un firewall o un proxy esté rechazando la conexión: prueba desde otra red.',
  'finding.network.connection-refused.admin': 'Las conexiones de mi equipo a {host} en el puerto {port} se rechazan. ¿Se podría comprobar si un firewall o un proxy rechaza las conexiones salientes a este puerto?',

  'finding.network.connect-failed.title': 'La aplicación no pudo conectarse al servidor de correo',
  'finding.network.connect-failed.explanation': 'La aplicación no pudo abrir una conexión con el servidor de correo saliente, y su mensaje no dice por qué. Normalmente el nombre del servidor o el puerto no son correctos, o un firewall o un programa de seguridad bloquea la conexión.',
  'finding.network.connect-failed.steps.1': 'Revisa el servidor saliente: para Microsoft 365 es {m365Host}, puerto {m365Port}, STARTTLS (algunas aplicaciones lo llaman «TLS»).',
  'finding.network.connect-failed.steps.2': 'El puerto {port465} no funciona con Microsoft: cámbialo a {m365Port}.',
  'finding.network.connect-failed.steps.3': 'Haz la prueba aquí, con esta aplicación: muestra exactamente dónde se corta la conexión.',
  'finding.network.connect-failed.admin': 'El envío desde {sender} falla porque no puede conectarse al servidor de correo saliente (solo indica que no puede conectarse). ¿Se podría comprobar que desde nuestra red se permite el tráfico TCP {m365Port} saliente hacia {m365Host}, y que ningún producto de seguridad lo bloquea?',

  'finding.network.connection-reset.title': 'Se cortó la conexión',
  'finding.network.connection-reset.explanation': 'La conexión con el servidor de correo se abrió, pero luego se cerró de golpe. Suele pasar por un firewall, un programa de seguridad o una red inestable.',
  'finding.network.connection-reset.steps.1': 'Vuelve a probar: un fallo breve de la red se soluciona solo.',
  'finding.network.connection-reset.steps.2': 'Si sigue pasando, prueba desde otra red.',
  'finding.network.connection-reset.steps.3': 'Si tu antivirus analiza el correo, pausa ese análisis un momento, vuelve a probar y después vuelve a activarlo.',
  'finding.network.connection-reset.admin': 'Mi conexión con {host} en el puerto {port} se corta a mitad de la sesión de correo. ¿Se podría comprobar si un firewall, un proxy o un analizador de correo interrumpe el tráfico SMTP hacia este servidor?',

  'finding.network.greeting-timeout.title': 'El servidor se conectó, pero nunca saludó',
  'finding.network.greeting-timeout.explanation': 'Se estableció una conexión, pero el servidor de correo nunca envió su saludo. Normalmente la configuración de seguridad no corresponde al puerto, o algo intermedio retiene la conexión.',
  'finding.network.greeting-timeout.steps.1': 'Usa el puerto {m365Port} con STARTTLS.',
  'finding.network.greeting-timeout.steps.2': 'Si elegiste SSL/TLS, cambia a STARTTLS. Si elegiste el puerto {port465}, cambia a {m365Port}.',
  'finding.network.greeting-timeout.steps.3': 'Prueba desde otra red para descartar un firewall.',
  'finding.network.greeting-timeout.admin': 'Mi equipo se conecta a {host} en el puerto {port}, pero el saludo SMTP del servidor nunca llega. ¿Se podría comprobar si un firewall o un proxy retiene las conexiones SMTP en este puerto?',

  // tls
  'finding.tls.mode-mismatch.title': 'La configuración de seguridad no corresponde al puerto',
  'finding.tls.mode-mismatch.explanation': 'La aplicación inició el cifrado de una forma distinta de la que espera el servidor. El puerto {m365Port} necesita STARTTLS; el SSL/TLS desde el primer momento corresponde al puerto {port465}.',
  'finding.tls.mode-mismatch.steps.1': 'Pon el puerto {m365Port} y la seguridad en STARTTLS.',
  'finding.tls.mode-mismatch.steps.2': 'Algunas aplicaciones llaman «TLS» a STARTTLS y «SSL» al TLS implícito. Para el puerto {m365Port}, elige STARTTLS (o «TLS»).',
  'finding.tls.mode-mismatch.steps.3': 'Vuelve a probar.',
  'finding.tls.mode-mismatch.admin': 'La configuración de seguridad de {sender} no correspondía al servidor {host} en el puerto {port} (STARTTLS frente a SSL/TLS). Voy a cambiar al puerto {m365Port} con STARTTLS. Si nuestra organización usa otra configuración, agradecería saberlo.',

  'finding.tls.port-465-unsupported.title': 'Microsoft no ofrece el puerto 465',
  'finding.tls.port-465-unsupported.explanation': '{host} es un servidor de Microsoft, y Microsoft no acepta correo de aplicaciones en el puerto {port465}. No es un fallo de la red: usa el puerto {m365Port} con STARTTLS.',
  'finding.tls.port-465-unsupported.steps.1': 'Cambia el puerto a {m365Port} y la seguridad a STARTTLS.',
  'finding.tls.port-465-unsupported.steps.2': 'Si tu dispositivo solo puede usar el puerto {port465}, no puede enviar directamente a través de Microsoft 365: pregunta al departamento de TI por una retransmisión.',
  'finding.tls.port-465-unsupported.admin': 'Había configurado {sender} con el puerto {port465} para {host}, que Microsoft 365 no admite para enviar. Voy a cambiar al puerto {m365Port} con STARTTLS. Si nuestra organización usa otra configuración, agradecería saberlo. Un dispositivo que solo puede usar el puerto {port465} necesita otra vía, por ejemplo una retransmisión mediante conector.',

  'finding.tls.starttls-unavailable.title': 'El servidor no ofrece cifrado',
  'finding.tls.starttls-unavailable.explanation': 'El servidor no ofreció STARTTLS, así que tu contraseña no se puede enviar de forma segura. Los servidores de Microsoft siempre lo ofrecen, por lo que o el nombre del servidor no es correcto o algo en la red lo elimina.',
  'finding.tls.starttls-unavailable.steps.1': 'Revisa el nombre del servidor: {m365Host} para Microsoft 365.',
  'finding.tls.starttls-unavailable.steps.2': 'Prueba desde otra red: algunos firewalls eliminan STARTTLS de las conexiones de correo.',
  'finding.tls.starttls-unavailable.steps.3': 'No desactives el cifrado para que funcione.',
  'finding.tls.starttls-unavailable.admin': 'El servidor SMTP {host} en el puerto {port} no ofrece STARTTLS a mi equipo. ¿Se podría comprobar si un firewall o una función de inspección SMTP elimina STARTTLS de las conexiones SMTP?',

  'finding.tls.version-too-old.title': 'Tu aplicación usa una versión de cifrado antigua y bloqueada',
  'finding.tls.version-too-old.explanation': 'Microsoft solo acepta {tlsMinimum} o posterior, y esta aplicación o dispositivo ofreció una versión anterior. Normalmente se soluciona actualizando la aplicación o el sistema operativo.',
  'finding.tls.version-too-old.steps.1': 'Instala las actualizaciones de tu aplicación de correo y de tu sistema operativo, y vuelve a probar.',
  'finding.tls.version-too-old.steps.2': 'Si es un dispositivo antiguo que no se puede actualizar, pregunta al departamento de TI: Microsoft tiene una opción heredada que se activa a petición.',
  'finding.tls.version-too-old.admin': 'El envío desde {sender} a {host} usa TLS 1.0 o 1.1, que Exchange Online rechaza (421 4.7.66). Agradecería ayuda para actualizarlo. Si el dispositivo no se puede actualizar, Microsoft ofrece un punto de conexión heredado opcional, {legacyHost}, que se habilita con la configuración de abajo (no disponible en GCC, GCC High ni DoD).',

  'finding.tls.handshake-failed.title': 'No se pudo establecer la conexión segura',
  'finding.tls.handshake-failed.explanation': 'Se llegó al servidor de correo, pero falló el establecimiento del cifrado, y el mensaje no dice por qué. A menudo la aplicación o el dispositivo solo conoce un cifrado antiguo (Microsoft necesita {tlsMinimum}) o un programa de seguridad interfiere.',
  'finding.tls.handshake-failed.steps.1': 'Instala las actualizaciones de la aplicación o del dispositivo (el firmware, si es una impresora o un escáner) y vuelve a probar.',
  'finding.tls.handshake-failed.steps.2': 'Haz la prueba aquí, con esta aplicación: indica el problema exacto de certificado o de versión.',
  'finding.tls.handshake-failed.steps.3': 'Si tu antivirus analiza el correo, pregunta al departamento de TI si inspecciona las conexiones de correo.',
  'finding.tls.handshake-failed.admin': 'El envío desde {sender} a {host} falla al establecer TLS (después de STARTTLS), sin más detalles. ¿Se podría comprobar que admite {tlsMinimum} y confía en {g2Root}, y si la inspección SSL/TLS de nuestra red intercepta la conexión?',

  'finding.tls.certificate-untrusted.title': 'Este equipo no confía en el certificado del servidor',
  'finding.tls.certificate-untrusted.explanation': 'El certificado del servidor lleva a un certificado raíz que este equipo no tiene o en el que ya no confía. En los servidores de Microsoft, suele deberse a un almacén de certificados desactualizado, no a un ataque.',
  'finding.tls.certificate-untrusted.steps.1': 'Instala las actualizaciones de tu sistema operativo: renuevan los certificados de confianza.',
  'finding.tls.certificate-untrusted.steps.2': 'Actualiza esta aplicación a la última versión.',
  'finding.tls.certificate-untrusted.steps.3': 'Si no se soluciona, pide al departamento de TI que agregue el certificado raíz que falta.',
  'finding.tls.certificate-untrusted.admin': 'En mi equipo no se confía en el certificado de {host} (por ejemplo, «unable to get local issuer certificate»). Microsoft pide a los clientes que confíen en {g2Root}, y los almacenes de certificados más recientes ya no incluyen DigiCert Global Root CA (G1), que algunos servidores de Microsoft todavía usan. ¿Se podrían actualizar los certificados raíz de confianza de mi equipo?',

  'finding.tls.intercepted.title': 'Un programa de seguridad está interceptando tu conexión de correo',
  'finding.tls.intercepted.explanation': 'El certificado procede de {interceptor}, no de la entidad de certificación real del servidor de correo. Los antivirus, firewalls y proxies lo hacen para analizar el tráfico, y eso rompe la conexión segura de correo.',
  'finding.tls.intercepted.steps.1': 'En la configuración de tu antivirus, desactiva el análisis del correo o de SSL para el correo saliente, o agrega una excepción para {host}.',
  'finding.tls.intercepted.steps.2': 'Si ese producto lo gestiona tu empresa, pide al departamento de TI que agregue la excepción.',
  'finding.tls.intercepted.steps.3': 'No aceptes el certificado de todos modos: tu contraseña pasaría por el analizador.',
  'finding.tls.intercepted.admin': 'Mi conexión con {host} en el puerto {port} está interceptada: el certificado lo emite {interceptor} en lugar de la entidad de certificación pública del servidor. ¿Se podría excluir {host}, puerto {port}, de la inspección SSL/TLS y del análisis de correo en ese producto?',

  'finding.tls.hostname-mismatch.title': 'El certificado pertenece a otro servidor',
  'finding.tls.hostname-mismatch.explanation': 'El servidor mostró un certificado para un nombre distinto de {host}. Puede que el nombre del servidor no sea correcto, o que en esta red haya respondido en su lugar una página de inicio de sesión o un proxy.',
  'finding.tls.hostname-mismatch.steps.1': 'Revisa el nombre del servidor: para Microsoft 365 es {m365Host}, nunca una dirección IP.',
  'finding.tls.hostname-mismatch.steps.2': 'En la red Wi-Fi de un hotel o de invitados, inicia sesión primero en la red desde el navegador y vuelve a probar.',
  'finding.tls.hostname-mismatch.admin': 'El certificado TLS que se presenta para {host} en el puerto {port} no corresponde a ese nombre. ¿Se podría comprobar si un proxy o un portal cautivo de nuestra red responde en lugar del servidor real?',

  'finding.tls.certificate-expired.title': 'El certificado del servidor ha caducado',
  'finding.tls.certificate-expired.explanation': 'El certificado que mostró el servidor ya pasó su fecha de caducidad. Si la fecha de este equipo es correcta, el fallo está en el servidor o en algo intermedio.',
  'finding.tls.certificate-expired.steps.1': 'Comprueba la fecha y la hora de este equipo.',
  'finding.tls.certificate-expired.steps.2': 'Si la fecha es correcta, envía el mensaje de abajo a tu administrador de TI.',
  'finding.tls.certificate-expired.admin': 'Según mi equipo, el certificado que presenta {host} en el puerto {port} ha caducado, y mi reloj está bien. ¿Se podría revisar el certificado del servidor, o comprobar si un proxy presenta uno antiguo?',

  'finding.tls.certificate-not-yet-valid.title': 'El certificado del servidor todavía no es válido',
  'finding.tls.certificate-not-yet-valid.explanation': 'El servidor mostró un certificado cuya fecha de inicio todavía no ha llegado. El reloj de este equipo coincide con el del servidor, así que el fallo está en el certificado o en algo intermedio.',
  'finding.tls.certificate-not-yet-valid.steps.1': 'No cambies el reloj de tu equipo: está bien.',
  'finding.tls.certificate-not-yet-valid.steps.2': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.tls.certificate-not-yet-valid.admin': 'El certificado que presenta {host} en el puerto {port} todavía no es válido (su fecha de inicio es futura), aunque el reloj de mi equipo coincide con la hora que indicó el servidor en su saludo. ¿Se podría revisar el certificado de ese servidor, o comprobar si un proxy de nuestra red presenta uno propio?',

  'finding.tls.clock-skew.title': 'El reloj de este equipo no está bien',
  'finding.tls.clock-skew.explanation': 'Las conexiones seguras comprueban fechas, y la fecha o la hora de este equipo no es correcta. Por eso los certificados parecen caducados o todavía no válidos.',
  'finding.tls.clock-skew.steps.1': 'Ajusta correctamente la fecha, la hora y la zona horaria, a ser posible con «Establecer la hora automáticamente».',
  'finding.tls.clock-skew.steps.2': 'Vuelve a probar.',
  'finding.tls.clock-skew.admin': 'Parece que el reloj de mi equipo no está bien, y eso hace fallar la comprobación del certificado de {host}. Agradecería ayuda para corregir la sincronización de hora de este equipo.',

  'finding.tls.revocation-unreachable.title': 'No se puede acceder al servicio de comprobación de certificados',
  'finding.tls.revocation-unreachable.explanation': 'Para comprobar el certificado del servidor, este equipo tiene que consultar la lista de revocación de la entidad de certificación. La red lo bloquea.',
  'finding.tls.revocation-unreachable.steps.1': 'Prueba desde otra red.',
  'finding.tls.revocation-unreachable.steps.2': 'Pide al departamento de TI que permita las direcciones de revocación de la entidad de certificación (CRL y OCSP).',
  'finding.tls.revocation-unreachable.admin': 'La comprobación del certificado de {host} falla con «unable to get certificate CRL», así que parece que en nuestra red están bloqueadas las direcciones de revocación de certificados. ¿Se podría permitir el tráfico HTTP saliente hacia las direcciones CRL y OCSP que figuran en la cadena de certificados del servidor?',

  // protocol
  'finding.protocol.ehlo-required.title': 'La aplicación se saltó un paso obligatorio después del cifrado',
  'finding.protocol.ehlo-required.explanation': 'Después de activar el cifrado, la aplicación tiene que volver a saludar al servidor (EHLO), y no lo hizo. Es un problema de la aplicación de correo, no de tu cuenta.',
  'finding.protocol.ehlo-required.steps.1': 'Actualiza la aplicación de correo o el dispositivo.',
  'finding.protocol.ehlo-required.steps.2': 'Si sigue pasando con STARTTLS en el puerto {m365Port}, solo el fabricante de la aplicación puede corregirlo.',
  'finding.protocol.ehlo-required.admin': 'Después de STARTTLS, {sender} no repite EHLO, así que {host} responde «503 5.5.2 Send hello first». Agradecería ayuda para actualizarlo o sustituirlo.',

  'finding.protocol.starttls-required.title': 'El servidor exige cifrado primero',
  'finding.protocol.starttls-required.explanation': 'La aplicación intentó iniciar sesión o enviar antes de activar el cifrado, y el servidor lo rechazó. Se soluciona activando STARTTLS.',
  'finding.protocol.starttls-required.steps.1': 'Pon la seguridad en STARTTLS en el puerto {m365Port}.',
  'finding.protocol.starttls-required.steps.2': 'Vuelve a probar.',
  'finding.protocol.starttls-required.admin': 'El envío desde {sender} a {host} se hizo sin STARTTLS y se rechazó. Voy a activar STARTTLS en el puerto {m365Port}. Si nuestra configuración es distinta, agradecería saberlo.',

  'finding.protocol.command-unrecognized.title': 'El servidor no entendió a la aplicación',
  'finding.protocol.command-unrecognized.explanation': 'El servidor recibió algo que no pudo leer como un comando de correo. Normalmente la configuración de seguridad o el puerto no son correctos, o algo intermedio modifica la conexión.',
  'finding.protocol.command-unrecognized.steps.1': 'Usa el puerto {m365Port} con STARTTLS.',
  'finding.protocol.command-unrecognized.steps.2': 'Prueba desde otra red para descartar un proxy.',
  'finding.protocol.command-unrecognized.admin': '{host} responde «500 5.3.3 Unrecognized command» a {sender}. ¿Se podría comprobar si un proxy o una inspección SMTP modifica la conexión?',
};
