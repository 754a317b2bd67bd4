import type { exportMessages as source } from '../en/export-messages';
import type { Translation } from '../translation';

/** Spanish: export validation, setting values, Apple and Outlook files, the instruction sheet and the diagnostic report. */
export const exportMessages: Translation<typeof source> = {
  // Input validation (shared/export/export-validation.ts)
  'export.invalid.control-characters': '{field} contiene un salto de línea, un carácter NUL u otro carácter de control.',
  'export.invalid.address': '«{value}» no es una dirección de correo electrónico como nombre@example.com.',
  'export.invalid.host': '«{value}» no es un nombre de servidor como smtp.example.com.',
  'export.invalid.port': 'El puerto debe ser un número entero entre 1 y 65535.',
  'export.invalid.text-too-long': '{field} tiene más de {max, plural, one {# carácter} other {# caracteres}}.',
  'export.invalid.field': '{field} tiene un valor no válido: {reason}',
  'export.invalid.preset': 'Configuración predefinida desconocida: «{value}». Usa una de estas: {list}.',
  'export.invalid.host-required': 'Esta configuración predefinida no tiene un servidor fijo; indica el nombre del servidor saliente.',
  'export.invalid.incoming-required':
    'Esta exportación necesita un servidor de correo entrante (IMAP o POP). Esta configuración predefinida no tiene ninguno; indícalo a mano.',
  'export.invalid.relay-not-for-mail-apps':
    'La configuración de retransmisión es para impresoras y aplicaciones que solo envían correo; las aplicaciones de correo no pueden usarla. Exporta en su lugar la hoja de instrucciones.',
  'export.invalid.not-windows-1252': '{field} tiene caracteres que los archivos de perfil de Outlook clásico para Windows (.prf) no admiten. Usa letras latinas sencillas.',
  'export.invalid.prf-incoming-starttls': 'Los archivos de perfil de Outlook clásico para Windows solo pueden indicar SSL/TLS o sin cifrado para el correo entrante, no STARTTLS.',
  'export.invalid.probe-result': 'El archivo no es un resultado de prueba guardado por esta aplicación: {reason}',

  // Field names used in messages (they start a sentence)
  'export.field.address': 'La dirección de correo electrónico',
  'export.field.displayName': 'El nombre',
  'export.field.organization': 'La organización',
  'export.field.description': 'La descripción de la cuenta',
  'export.field.host': 'El servidor saliente',
  'export.field.port': 'El puerto saliente',
  'export.field.username': 'El nombre de usuario',
  'export.field.incomingHost': 'El servidor entrante',
  'export.field.incomingPort': 'El puerto entrante',
  'export.field.incomingUsername': 'El nombre de usuario entrante',

  // Words for settings values
  'export.value.security.starttls': 'STARTTLS',
  'export.value.security.tls': 'SSL/TLS',
  'export.value.security.none': 'Ninguno (sin cifrar)',
  'export.value.auth.oauth2': 'Iniciar sesión con Microsoft (autenticación moderna, OAuth2)',
  'export.value.auth.password': 'Contraseña',
  'export.value.auth.none': 'Sin inicio de sesión (el servidor confía en tu red o en tu dispositivo)',
  'export.value.protocol.imap': 'IMAP',
  'export.value.protocol.pop3': 'POP',

  // Apple configuration profile
  'export.mobileconfig.display-name': 'Correo: {address}',
  'export.mobileconfig.description.password':
    'Agrega la cuenta de correo {address} a Mail ({protocol} para el correo entrante, SMTP para el saliente). La contraseña se pide una vez durante la instalación; no está en este archivo.',
  'export.mobileconfig.description.eas':
    'Agrega {address} a Mail en el iPhone o el iPad como cuenta de Microsoft Exchange que inicia sesión con Microsoft. Este archivo no contiene ninguna contraseña.',
  'export.mobileconfig.description.ews':
    'Agrega {address} a Mail en el Mac como cuenta de Microsoft Exchange (EWS) que inicia sesión con Microsoft. Exchange Online bloquea EWS desde el {blockedFrom} salvo que tu departamento de TI lo permita, y lo desactiva el {off}; a partir de entonces, usa Outlook para Mac.',
  'export.mobileconfig.payload.mail': 'Cuenta {protocol} y SMTP',
  'export.mobileconfig.payload.exchange': 'Cuenta de Microsoft Exchange',
  'export.note.mobileconfig.no-oauth':
    'La carga útil de correo de Apple (IMAP/POP y SMTP) no puede iniciar sesión con Microsoft (OAuth), así que crearía una cuenta que nunca inicia sesión. Por eso este perfil agrega el buzón como cuenta de Microsoft Exchange con inicio de sesión con Microsoft.',
  'export.note.mobileconfig.ews-retiring':
    'Este perfil para Mac usa Exchange Web Services (EWS), la única forma que tiene Apple Mail en el Mac de llegar a Exchange Online (Cuentas de internet › Microsoft Exchange también es EWS). Exchange Online bloquea EWS desde el {blockedFrom} salvo que el inquilino lo permita, y lo desactiva el {off}. La aplicación recomendada es Outlook para Mac.',
  'export.note.mobileconfig.ios-only': 'Este perfil es solo para iPhone y iPad (los Mac no pueden instalar perfiles de Exchange ActiveSync).',
  'export.note.mobileconfig.password-prompt':
    'El perfil no contiene ninguna contraseña: Mail la pide una vez mientras se instala el perfil.',
  'export.note.mobileconfig.ssl-587':
    'Apple no indica si «Usar SSL» en el puerto 587 significa STARTTLS; prueba el envío después de instalarlo.',

  // Outlook classic .prf
  'export.prf.comment': 'Mail Setup Assistant: cuenta de Outlook clásico para {address}. Este archivo no contiene ninguna contraseña.',
  'export.note.prf.caveat':
    'Microsoft no recomienda los archivos .prf para Outlook 2016 y versiones posteriores (KB 4046818). Siguen agregando cuentas IMAP y POP, pero no pueden iniciar sesión con Microsoft (OAuth) ni contienen la contraseña: Outlook la pide.',
  'export.note.prf.microsoft': 'Este es un buzón de Microsoft. Un archivo .prf no puede iniciar sesión con Microsoft, así que no funcionará con él. En Outlook clásico para Windows, usa Archivo › Agregar cuenta, escribe la dirección e inicia sesión.',
  'export.note.prf.run-cmd':
    'Deja el archivo .cmd junto al archivo .prf, cierra Outlook y haz doble clic en el archivo .cmd.',

  // Thunderbird autoconfig
  'export.note.autoconfig.hosting':
    'Thunderbird no tiene un comando para «abrir este archivo». Publica el archivo en https://autoconfig.{domain}/mail/config-v1.1.xml, o cópialo como {domain}.xml en la carpeta «isp» de la instalación de Thunderbird.',
  'export.note.autoconfig.builtin-microsoft':
    'Thunderbird ya conoce la configuración de Microsoft 365 y Outlook.com, incluido el inicio de sesión con Microsoft; solo necesitas este archivo para sustituirla.',
  'export.note.autoconfig.no-builtin-oauth':
    'Thunderbird solo inicia sesión con OAuth2 en los servidores que conoce; puede que no conozca {host}, y en ese caso muestra «Lacking OAuth2 config».',
  'export.autoconfig.display-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.display-name.outlook-com': 'Outlook.com (Microsoft)',
  'export.autoconfig.display-name.microsoft365-gcc-high': 'Microsoft 365 GCC High',
  'export.autoconfig.short-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.short-name.outlook-com': 'Outlook',
  'export.autoconfig.short-name.microsoft365-gcc-high': 'M365 GCC',

  // Instruction sheet
  'export.sheet.title': 'Configuración de correo de {address}',
  'export.sheet.app-title': '{app}: configuración de correo de {address}',
  'export.sheet.no-password': 'Esta hoja no contiene ninguna contraseña.',
  'export.sheet.intro':
    'Guarda esta hoja. Contiene la configuración de tu buzón y los pasos para cada aplicación de correo. No contiene ninguna contraseña.',
  'export.sheet.created': 'Creada el {date}',
  'export.sheet.settings.heading': 'Tu configuración',
  'export.sheet.settings.address': 'Dirección de correo electrónico',
  'export.sheet.settings.username': 'Nombre de usuario',
  'export.sheet.settings.sign-in': 'Inicio de sesión',
  'export.sheet.settings.outgoing': 'Correo saliente (SMTP)',
  'export.sheet.settings.incoming': 'Correo entrante ({protocol})',
  'export.sheet.settings.server': 'Servidor {host}, puerto {port}, cifrado {security}',
  'export.sheet.notes.heading': 'Conviene saber',
  'export.sheet.note.microsoft-sign-in':
    'Tu buzón inicia sesión con Microsoft. En cualquier aplicación, elige «agregar cuenta», escribe tu dirección e inicia sesión en la página de Microsoft. La tabla de servidores es solo una alternativa para las aplicaciones que la pidan.',
  'export.sheet.note.outlook-com-imap':
    'Outlook.com desactiva POP e IMAP de forma predeterminada. Solo si una aplicación te pide la configuración IMAP o POP: actívalos en outlook.com › Configuración › Correo › Reenvío e IMAP.',
  'export.sheet.note.basic-auth-2026': 'Microsoft desactiva de forma predeterminada el inicio de sesión con contraseña para enviar (SMTP AUTH) a finales de {basicOffMonth}; tu administrador puede volver a activarlo. Las aplicaciones que inician sesión con Microsoft siguen funcionando.',
  'export.sheet.note.relay':
    'Esta configuración es para impresoras, escáneres y aplicaciones que envían correo sin iniciar sesión. Tu administrador de TI tiene que permitir el dispositivo en Microsoft 365 (un conector para su dirección IP pública o su certificado). Entrega estos valores a quien configure el dispositivo.',
  'export.sheet.note.send-only':
    'Esta configuración es para impresoras, escáneres y aplicaciones que solo envían correo. Entrégasela a quien configure el dispositivo.',
  'export.sheet.note.no-password': 'La aplicación te pedirá tu contraseña. Nadie del departamento de TI te pedirá que la escribas en ningún sitio.',
  'export.sheet.steps.heading': 'Paso a paso',

  'export.sheet.step.new-outlook.open': 'Abre Outlook y selecciona Configuración (el engranaje) › Cuentas › Cuentas de correo electrónico › Agregar cuenta.',
  'export.sheet.step.new-outlook.address': 'Escribe {address} y selecciona Continuar.',
  'export.sheet.step.new-outlook.sign-in': 'Inicia sesión en la página de Microsoft. Outlook encuentra los servidores por sí solo.',
  'export.sheet.step.new-outlook.manual':
    'Si Outlook pregunta qué tipo de cuenta es, elige {protocol}. Escribe los servidores de entrada y de salida, los puertos y el cifrado de la tabla de arriba.',
  'export.sheet.step.new-outlook.password': 'Escribe tu contraseña cuando Outlook te la pida y selecciona Continuar.',

  'export.sheet.step.classic-outlook.open': 'Abre Outlook y selecciona Archivo › Agregar cuenta.',
  'export.sheet.step.classic-outlook.address': 'Escribe {address} y selecciona Conectar.',
  'export.sheet.step.classic-outlook.sign-in': 'Inicia sesión en la página de Microsoft y selecciona Listo.',
  'export.sheet.step.classic-outlook.advanced':
    'Selecciona Opciones avanzadas, marca «Permitirme configurar manualmente mi cuenta», selecciona Conectar y elige {protocol}.',
  'export.sheet.step.classic-outlook.servers':
    'Escribe los servidores de entrada y de salida, los puertos y el método de cifrado de la tabla de arriba y selecciona Siguiente.',
  'export.sheet.step.classic-outlook.password': 'Escribe tu contraseña y selecciona Conectar.',
  'export.sheet.step.classic-outlook.prf':
    'Si el departamento de TI te dio un archivo .cmd con un archivo .prf al lado: cierra Outlook y haz doble clic en el archivo .cmd. Microsoft ya no recomienda los archivos .prf, así que, si no funciona, sigue los pasos de arriba.',

  'export.sheet.step.outlook-mac.open': 'Abre Outlook y selecciona Outlook › Configuración › Cuentas y, después, el botón + › Nueva cuenta.',
  'export.sheet.step.outlook-mac.address': 'Escribe {address} y selecciona Continuar.',
  'export.sheet.step.outlook-mac.sign-in': 'Inicia sesión en la página de Microsoft y selecciona Listo.',
  'export.sheet.step.outlook-mac.manual':
    'Si Outlook te pregunta por el proveedor, elige {protocol} y escribe los servidores, los puertos y el nombre de usuario de la tabla de arriba.',
  'export.sheet.step.outlook-mac.password': 'Escribe tu contraseña y selecciona Agregar cuenta.',

  'export.sheet.step.apple-mail.microsoft-ews':
    'Apple Mail en el Mac solo llega a Microsoft 365 a través de Exchange Web Services (EWS), también desde Ajustes del Sistema › Cuentas de internet › Microsoft Exchange. Microsoft bloquea EWS desde el {blockedFrom} salvo que tu departamento de TI lo permita, y lo desactiva el {off}.',
  'export.sheet.step.apple-mail.use-outlook': 'Usa Outlook para Mac en su lugar (pasos de arriba), salvo que tu departamento de TI te diga que EWS está permitido en tu organización.',
  'export.sheet.step.apple-mail.other': 'Abre Mail y selecciona Mail › Añadir cuenta › Otra cuenta de Mail y, después, Continuar.',
  'export.sheet.step.apple-mail.other-details': 'Escribe tu nombre, {address} y tu contraseña, y selecciona Iniciar sesión.',
  'export.sheet.step.apple-mail.other-servers':
    'Si Mail te pide los servidores, elige {protocol} y escribe los servidores de entrada y de salida de la tabla de arriba.',
  'export.sheet.step.apple-mail.profile':
    'Si el departamento de TI te dio un archivo .mobileconfig: haz doble clic en él, abre Ajustes del Sistema › General › Gestión de dispositivos (Privacidad y seguridad › Perfiles en macOS 14) y selecciona Instalar.',

  'export.sheet.step.iphone.exchange': 'Abre Ajustes › Apps › Mail › Cuentas de Mail › Añadir cuenta y elige Microsoft Exchange.',
  'export.sheet.step.iphone.exchange-sign-in': 'Escribe {address}, toca Siguiente, después Iniciar sesión, e inicia sesión con Microsoft.',
  'export.sheet.step.iphone.other': 'Abre Ajustes › Apps › Mail › Cuentas de Mail › Añadir cuenta › Otra › Añadir cuenta de Mail.',
  'export.sheet.step.iphone.other-details':
    'Escribe tu nombre, {address} y tu contraseña, elige {protocol} y escribe los servidores de la tabla de arriba.',
  'export.sheet.step.iphone.profile': 'Si el departamento de TI te dio un archivo .mobileconfig: ábrelo, ve a Ajustes › Perfil descargado y toca Instalar en un plazo de {duration}.',

  'export.sheet.source': 'Fuente de estos valores: {source}',

  // Diagnostic report
  'export.report.title': 'Informe de prueba de la conexión de correo',
  'export.report.intro':
    'Este informe muestra lo que pasó cuando la aplicación probó el servidor de correo. Se han quitado las contraseñas, los tokens y los datos de inicio de sesión. Envíalo a tu administrador de TI.',
  'export.report.created': 'Creado el {date}',
  'export.report.summary.heading': 'Resumen',
  'export.report.summary.verdict': 'Resultado',
  'export.report.summary.server': 'Servidor',
  'export.report.summary.security': 'Cifrado',
  'export.report.summary.sign-in': 'Inicio de sesión',
  'export.report.summary.user': 'Nombre de usuario',
  'export.report.summary.started': 'Fecha de la prueba',
  'export.report.summary.duration': 'Duración',
  'export.report.verdict.pass': 'Funciona',
  'export.report.verdict.warn': 'Funciona, con advertencias',
  'export.report.verdict.fail': 'No funciona',
  'export.report.verdict.cancelled': 'Cancelado',
  'export.report.findings.heading': 'Qué se encontró',
  'export.report.findings.none': 'No se encontró ningún problema.',
  'export.report.stages.heading': 'Pasos de la prueba',
  'export.report.stages.step': 'Paso',
  'export.report.stages.status': 'Resultado',
  'export.report.stages.time': 'Tiempo',
  'export.report.stages.detail': 'Detalle',
  'export.report.status.pass': 'correcto',
  'export.report.status.warn': 'advertencia',
  'export.report.status.fail': 'error',
  'export.report.status.skipped': 'omitido',
  'export.report.tls.heading': 'Cifrado y certificado',
  'export.report.tls.none': 'No se estableció ninguna conexión cifrada.',
  'export.report.tls.protocol': 'Protocolo',
  'export.report.tls.cipher': 'Conjunto de cifrado',
  'export.report.tls.verified': 'Certificado de confianza',
  'export.report.tls.diagnosis': 'Diagnóstico',
  'export.report.tls.verify-error': 'Error de verificación',
  'export.report.tls.system-store': 'De confianza solo a través del almacén de certificados del sistema operativo',
  'export.report.tls.interceptor': 'Interceptado por',
  'export.report.tls.chain': 'Certificado {n} de la cadena',
  'export.report.seconds': '{seconds} s',
  'export.report.tls.cert': '{subject}, emitido por {issuer}, válido del {from} al {to}, nombres: {sans}, SHA-256 {fingerprint}',
  'export.report.capabilities.heading': 'Qué ofreció el servidor',
  'export.report.capabilities.extensions': 'Extensiones',
  'export.report.capabilities.auth': 'Métodos de inicio de sesión',
  'export.report.transcript.heading': 'Conversación con el servidor (sin secretos)',
  'export.report.yes': 'sí',
  'export.report.no': 'no',
  'export.report.stage.resolve': 'Buscar el nombre del servidor',
  'export.report.stage.connect': 'Conectar',
  'export.report.stage.greeting': 'Saludo del servidor',
  'export.report.stage.ehlo': 'Presentarse (EHLO)',
  'export.report.stage.starttls': 'Iniciar el cifrado (STARTTLS)',
  'export.report.stage.tls': 'Conexión cifrada (TLS)',
  'export.report.stage.ehlo-tls': 'Volver a presentarse, con cifrado',
  'export.report.stage.auth': 'Iniciar sesión',
  'export.report.stage.mail-from': 'Remitente aceptado',
  'export.report.stage.rcpt-to': 'Destinatario aceptado',
  'export.report.stage.data': 'Mensaje de prueba enviado',
  'export.report.stage.quit': 'Despedirse',

  // Writer / CLI
  'export.cli.password-refused':
    'Las exportaciones nunca contienen una contraseña ni un token, así que este comando no acepta ninguno. Quita {flag}.',
  'export.write.failed': 'No se pudo escribir {path}: {reason}',
};
