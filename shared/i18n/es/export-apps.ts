import type { exportApps as source } from '../en/export-apps';
import type { Translation } from '../translation';

/** Spanish: what works in each mail app (shared/export/app-plan.ts). */
export const exportApps: Translation<typeof source> = {
  'exportApps.app.outlook-classic': 'Outlook clásico para Windows',
  'exportApps.app.outlook-new': 'Nuevo Outlook para Windows',
  'exportApps.app.outlook-mac': 'Outlook para Mac',
  'exportApps.app.apple-mail-mac': 'Apple Mail en el Mac',
  'exportApps.app.ios': 'Mail en el iPhone o el iPad',
  'exportApps.app.thunderbird': 'Thunderbird',
  'exportApps.app.device': 'Una impresora, un escáner o una aplicación que envía correo',

  // Headlines: what the person gets, one sentence.
  'exportApps.headline.add-by-address': '{app} se configura solo a partir de tu dirección: sigue los tres pasos de abajo e inicia sesión con Microsoft.',
  'exportApps.headline.manual': '{app} no tiene archivo de configuración para esta cuenta: sigue los pasos de abajo con la configuración que se muestra.',
  'exportApps.headline.prf': 'Guarda el archivo de configuración para {app} o sigue los pasos de abajo.',
  'exportApps.headline.profile': 'Guarda el perfil y ábrelo en el dispositivo, o sigue los pasos de abajo.',
  'exportApps.headline.mac-mail-microsoft': 'Apple Mail en el Mac no es fiable con este buzón: usa Outlook para Mac (pasos de abajo).',
  'exportApps.headline.thunderbird': 'Thunderbird encuentra la configuración por sí solo: sigue los pasos de abajo.',
  'exportApps.headline.device': 'Guarda o imprime la hoja de configuración y escribe sus valores en el dispositivo.',
  'exportApps.headline.not-a-mailbox': 'Esta configuración solo sirve para enviar correo, así que {app} no puede usarla. Elige «Una impresora, un escáner o una aplicación» en su lugar, o vuelve atrás e indica tu buzón.',
  'exportApps.steps.title.outlook-classic': 'Configurar Outlook clásico para Windows',
  'exportApps.steps.title.outlook-new': 'Configurar el nuevo Outlook para Windows',
  'exportApps.steps.title.outlook-mac': 'Configurar Outlook para Mac',
  'exportApps.steps.title.apple-mail-mac': 'Configurar Apple Mail en el Mac',
  'exportApps.steps.title.ios': 'Configurar Mail en el iPhone o el iPad',
  'exportApps.steps.title.thunderbird': 'Configurar Thunderbird',
  'exportApps.steps.title.outlook-mac-instead': 'Recomendado: configurar Outlook para Mac',
  'exportApps.steps.title.profile': 'Instalar el perfil',
  'exportApps.steps.title.device': 'Escribir estos valores en el dispositivo',

  // Outlook, Microsoft mailbox: three steps.
  'exportApps.step.classic.open': 'En Outlook, selecciona Archivo › Agregar cuenta.',
  'exportApps.step.new.open': 'En Outlook, selecciona Configuración (el engranaje) › Cuentas › Cuentas de correo electrónico › Agregar cuenta.',
  'exportApps.step.mac.open': 'En Outlook, selecciona Outlook › Configuración › Cuentas y, después, + › Nueva cuenta.',
  'exportApps.step.outlook.address': 'Escribe {address} y selecciona Continuar.',
  'exportApps.step.classic.address': 'Escribe {address} y selecciona Conectar.',
  'exportApps.step.outlook.sign-in': 'Inicia sesión en la página de Microsoft. Outlook encuentra los servidores por sí solo; selecciona Listo.',
  // Outlook, other mailbox: by hand.
  'exportApps.step.classic.manual': 'Selecciona Opciones avanzadas, marca «Permitirme configurar manualmente mi cuenta», selecciona Conectar y elige {protocol}.',
  'exportApps.step.outlook.manual-servers': 'Si Outlook pregunta qué tipo de cuenta es, elige {protocol} y escribe los servidores, los puertos y el cifrado de la configuración que se muestra aquí.',
  'exportApps.step.outlook.password': 'Escribe tu contraseña cuando Outlook te la pida. Se queda en Outlook; no está en ningún archivo.',
  'exportApps.step.classic.prf': 'O bien: guarda el archivo de configuración, cierra Outlook y haz doble clic en el archivo .cmd guardado a su lado.',

  // Apple Mail on a Mac, other mailbox.
  'exportApps.step.mac-mail.manual': 'En Mail, selecciona Mail › Añadir cuenta › Otra cuenta de Mail, escribe tu nombre, {address} y tu contraseña, y selecciona Iniciar sesión.',
  'exportApps.step.mac-mail.manual-servers': 'Si Mail te pide los servidores, elige {protocol} y escribe los servidores de la configuración que se muestra aquí.',
  'exportApps.step.mac.profile-open': 'Haz doble clic en el perfil guardado. macOS indica que se ha descargado y que hay que revisarlo.',
  'exportApps.step.mac.profile-install': 'Abre Ajustes del Sistema › General › Gestión de dispositivos (Privacidad y seguridad › Perfiles en macOS 14), selecciona el perfil y, después, Instalar. Mail te pedirá la contraseña.',

  // iPhone and iPad.
  'exportApps.step.ios.send': 'Pasa el perfil guardado al iPhone o al iPad: envíalo por AirDrop desde un Mac, o envíatelo por correo y abre el archivo adjunto en Mail en el dispositivo. No lo comprimas ni le cambies el nombre.',
  'exportApps.step.ios.install': 'Abre Ajustes, toca Perfil descargado y después Instalar, y sigue las indicaciones en un plazo de {minutes, plural, one {# minuto} other {# minutos}} (después, iOS lo elimina).',
  'exportApps.step.ios.sign-in': 'Inicia sesión con Microsoft cuando se te pida. Se agregan el correo, el calendario y los contactos.',
  'exportApps.step.ios.password': 'Escribe tu contraseña cuando se te pida; no está en el perfil.',
  'exportApps.step.ios.manual-exchange': 'Sin el archivo: Ajustes › Apps › Mail › Cuentas de Mail › Añadir cuenta › Microsoft Exchange, escribe {address} y toca Iniciar sesión.',
  'exportApps.step.ios.manual-other': 'Sin el archivo: Ajustes › Apps › Mail › Cuentas de Mail › Añadir cuenta › Otra › Añadir cuenta de Mail; elige {protocol} y escribe los servidores que se muestran aquí.',

  // Thunderbird.
  'exportApps.step.thunderbird.open': 'En Thunderbird, abre el menú › Configuración de la cuenta › Operaciones sobre la cuenta › Añadir cuenta de correo.',
  'exportApps.step.thunderbird.address': 'Escribe tu nombre y {address}, y selecciona Continuar.',
  'exportApps.step.thunderbird.microsoft': 'Thunderbird encuentra la configuración de Microsoft. Selecciona Hecho e inicia sesión con Microsoft en la ventana que se abre.',
  'exportApps.step.thunderbird.password': 'Escribe tu contraseña. Si Thunderbird encuentra servidores distintos de los que se muestran aquí, selecciona Configurar manualmente y escribe estos.',

  // Devices.
  'exportApps.step.device.server': 'En la configuración de correo electrónico (SMTP) del dispositivo, escribe el servidor {host}, el puerto {port} y el cifrado {security}.',
  'exportApps.step.device.user': 'Nombre de usuario: {user}. Inicio de sesión: {auth}.',
  'exportApps.step.device.no-user': 'Inicio de sesión: ninguno. El servidor acepta el dispositivo porque el departamento de TI lo ha permitido.',
  'exportApps.step.device.test': 'Envía un mensaje de prueba desde el dispositivo a tu propia dirección.',

  // Notes: can and cannot.
  'exportApps.note.no-prf-microsoft': 'Sin archivo de configuración: en Outlook clásico para Windows, los archivos .prf no pueden iniciar sesión con Microsoft (autenticación moderna), así que nunca funcionarían con este buzón.',
  'exportApps.note.prf-password-only': 'Un archivo .prf de Outlook clásico para Windows solo puede contener IMAP o POP con contraseña, y nunca la contraseña en sí. Microsoft ya no recomienda los archivos .prf, así que los pasos son la vía segura.',
  'exportApps.note.new-outlook-no-file': 'El nuevo Outlook para Windows no tiene ningún archivo de configuración: cada cuenta se agrega escribiendo la dirección.',
  'exportApps.note.outlook-mac-no-file': 'Outlook para Mac no tiene archivo de configuración para cuentas: la cuenta se agrega escribiendo la dirección.',
  'exportApps.note.outlook-finds-it': 'Outlook encuentra el buzón mediante el servicio Autodiscover de Microsoft. La comprobación de abajo pregunta a ese servicio, desde este equipo, si conoce {address}.',
  'exportApps.note.password-tested':
    'Probaste el envío con contraseña (SMTP AUTH). Outlook y los teléfonos no la necesitan: inician sesión con Microsoft. Microsoft desactiva de forma predeterminada el inicio de sesión con contraseña para enviar a más tardar el {date}.',
  'exportApps.note.mac-mail-ews':
    'Apple Mail, Calendario y Contactos en el Mac solo llegan a Microsoft 365 a través de Exchange Web Services (EWS); Ajustes del Sistema › Cuentas de internet › Microsoft Exchange también usa EWS. Microsoft bloquea EWS desde el {blockedFrom} salvo que tu departamento de TI lo permita, y lo desactiva definitivamente el {off}.',
  'exportApps.note.mac-mail-outlook-com':
    'Apple Mail agrega Outlook.com como cuenta de Microsoft Exchange (EWS). Microsoft está retirando EWS (bloqueado desde el {blockedFrom} salvo que un administrador lo permita, desactivado el {off}); no ha dicho si afecta a las cuentas personales de Outlook.com (no se ha encontrado ninguna indicación). Outlook para Mac funciona en cualquier caso.',
  'exportApps.note.ews-allowed': 'Tu departamento de TI permite EWS, así que se ofrece un perfil para Mac. Dejará de funcionar el {off}, cuando Microsoft desactive EWS para todos.',
  'exportApps.note.ews-not-allowed': 'Sin perfil para Mac: la configuración predeterminada de tu organización no indica que EWS esté permitido, y sin eso el perfil no puede iniciar sesión.',
  'exportApps.note.ios-activesync': 'El iPhone y el iPad usan Exchange ActiveSync, al que no afecta la retirada de EWS.',
  'exportApps.note.signed': 'Firmado por tu organización: el iPhone, el iPad o el Mac lo muestran como «Verificado».',
  'exportApps.note.unsigned':
    'Sin firmar (tu departamento de TI no ha configurado un certificado de firma): el dispositivo lo muestra como «Sin firmar» o «No verificado» y te pide que confirmes una vez más. Es lo normal con un archivo de esta aplicación.',
  'exportApps.note.no-password-profile-outlook-com': 'No hay perfil de correo con contraseña: Outlook.com solo acepta el inicio de sesión con Microsoft.',
  'exportApps.note.thunderbird-builtin': 'Thunderbird ya conoce la configuración de Microsoft e inicia sesión con Microsoft por sí solo; no hace falta ningún archivo.',
  'exportApps.note.thunderbird-guesses': 'Thunderbird no tiene un comando para «abrir un archivo de configuración»; busca la configuración o la deduce. El departamento de TI puede publicarla para todo el dominio (consulta «Para administradores de TI»).',
  'exportApps.note.not-a-mailbox': 'Las configuraciones de retransmisión, Envío directo y servidor inteligente (smart host) no tienen un buzón del que leer correo.',
  'exportApps.note.incoming-needed': 'Para guardar un archivo de configuración, indica el servidor de correo entrante (IMAP o POP) que da tu proveedor.',
  'exportApps.note.device.basic-auth':
    'Un dispositivo que inicia sesión con contraseña usa SMTP AUTH, que Microsoft desactiva de forma predeterminada en las organizaciones existentes a más tardar el {date}; por ahora, el departamento de TI puede volver a activarlo. Los dispositivos que pueden iniciar sesión con Microsoft (OAuth) siguen funcionando.',
  'exportApps.note.device.alternatives':
    'Un dispositivo que no puede iniciar sesión puede usar Envío directo (solo a tu organización) o un conector de retransmisión SMTP que el departamento de TI configure para su dirección IP. Pregunta al departamento de TI.',
  'exportApps.note.device.outlook-com': 'Outlook.com solo acepta el inicio de sesión con Microsoft desde el {date}: un dispositivo que no puede iniciar sesión con Microsoft no puede enviar a través de Outlook.com.',
  'exportApps.note.device.relay':
    'Sin inicio de sesión: el departamento de TI tiene que permitir el dispositivo en Microsoft 365 (un conector para su dirección IP pública o su certificado). Envío directo solo entrega a tu propia organización.',
  'exportApps.note.device.password': 'La contraseña la guarda el dispositivo; la hoja nunca la contiene.',
  'exportApps.note.report-none': 'Un informe de diagnóstico describe una prueba hecha desde que se abrió la aplicación. Prueba esta configuración (o selecciona Volver a probar en Configuraciones guardadas) para agregar uno.',

  // Files.
  'exportApps.file.mobileconfig-ios.title': 'Perfil para iPhone y iPad (.mobileconfig)',
  'exportApps.file.mobileconfig-ios.what.microsoft': 'Agrega {address} como cuenta de Microsoft Exchange que inicia sesión con Microsoft. No contiene ninguna contraseña.',
  'exportApps.file.mobileconfig-ios.what.password': 'Agrega {address} con sus servidores de entrada y de salida. El dispositivo pide la contraseña.',
  'exportApps.file.mobileconfig-macos.title': 'Perfil para Apple Mail en el Mac (.mobileconfig)',
  'exportApps.file.mobileconfig-macos.what': 'Agrega {address} con sus servidores de entrada y de salida. Mail pide la contraseña.',
  'exportApps.file.mobileconfig-ews.title': 'Perfil para Mac, EWS (.mobileconfig)',
  'exportApps.file.mobileconfig-ews.what': 'Agrega {address} a Apple Mail como cuenta de Microsoft Exchange (EWS) que inicia sesión con Microsoft.',
  'exportApps.file.prf.title': 'Archivo de configuración de Outlook clásico para Windows (.prf y .cmd)',
  'exportApps.file.prf.what': 'Agrega {address} a Outlook clásico para Windows cuando haces doble clic en el archivo .cmd. Outlook pide la contraseña.',
  'exportApps.file.autoconfig.title': 'Archivo autoconfig de Thunderbird (config-v1.1.xml)',
  'exportApps.file.autoconfig.what': 'Para que el departamento de TI lo publique en https://autoconfig.{domain}/mail/config-v1.1.xml y Thunderbird encuentre esta configuración para todas las personas de {domain}.',
  'exportApps.file.sheet-pdf.title': 'Hoja de configuración (PDF)',
  'exportApps.file.sheet-pdf.what': 'La configuración y los pasos para {app}, para imprimirlos o guardarlos.',
  'exportApps.file.sheet.title': 'Hoja de configuración para todas las aplicaciones (página web)',
  'exportApps.file.sheet.what': 'Configuración y pasos para cada aplicación de correo, para enviarlos a un compañero o al servicio de asistencia.',
  'exportApps.file.report.title': 'Informe de diagnóstico (página web y JSON)',
  'exportApps.file.report.what': 'Lo que encontró la última prueba, con detalles técnicos y sin contraseñas, para el departamento de TI.',

  // `mail-setup export --app` as text (electron/cli/export-app.ts): one message per line kind.
  'exportApps.cli.headline': '{app}: {headline}',
  'exportApps.cli.steps': '{title}:',
  'exportApps.cli.file': 'archivo: {title}',
  'exportApps.cli.file-saved': 'archivo: {title} -> {paths}',
  'exportApps.cli.for-it': 'para el departamento de TI: {title}',
  'exportApps.cli.for-it-saved': 'para el departamento de TI: {title} -> {paths}',
  'exportApps.cli.check': 'comprobación: {words}',
  'exportApps.cli.note': 'nota: {note}',
  'exportApps.cli.error.app': '--app debe ser uno de estos valores: {choices}.',
};
