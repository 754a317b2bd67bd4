import type { oauth as source } from '../en/oauth';
import type { Translation } from '../translation';

/** Spanish: Microsoft sign-in (browser pages, CLI lines, help page for IT). */
export const oauth: Translation<typeof source> = {
  // The pages the person's browser shows after signing in (electron/oauth/browser-pages.ts).
  'oauth.page.success.title': 'Has iniciado sesión',
  'oauth.page.success.body': 'Puedes cerrar esta pestaña y volver a Mail Setup Assistant.',
  'oauth.page.error.title': 'El inicio de sesión no terminó',
  'oauth.page.error.body': 'No se ha cambiado nada. Cierra esta pestaña, vuelve a Mail Setup Assistant e inténtalo de nuevo.',
  'oauth.page.app-name': 'Mail Setup Assistant',

  // Progress and account, for the wizard and the CLI.
  'oauth.progress.browser': 'Esperando a que inicies sesión en el navegador…',
  'oauth.progress.device-code': 'Para iniciar sesión, abre {url} y escribe el código {code}',
  'oauth.progress.cancel': 'Cancelar',
  'oauth.account.signed-in': 'Has iniciado sesión con Microsoft como {username}.',
  'oauth.account.use-different': 'Usar otra cuenta',
  'oauth.account.mismatch':
    'Has iniciado sesión como {username}, pero la dirección que se va a probar es {address}. La prueba inicia sesión como {username}: solo funciona si {username} puede enviar como {address} (por ejemplo, un buzón compartido). Si no es la cuenta correcta, cierra sesión y vuelve a iniciarla.',
  'oauth.account.not-remembered': 'Tu inicio de sesión funciona por ahora, pero no se puede recordar en este equipo: {reason}',
  'oauth.cli.browser-hint': 'Si no se abrió ninguna ventana del navegador, abre esta dirección manualmente: {url}',
  'oauth.cli.signed-out': 'Se cerró la sesión de {username}: el inicio de sesión se quitó del almacén de contraseñas de este equipo.',
  'oauth.cli.not-signed-in': 'En este equipo no hay guardado ningún inicio de sesión con Microsoft para {username}.',
  'oauth.cli.sign-in-failed': 'Error al iniciar sesión con Microsoft: {words}',

  // One plain sentence per failure (shared/oauth.ts OAuthFailureCode); the catalogue adds IT messages.
  'oauth.failure.not-configured':
    'El inicio de sesión con Microsoft no está configurado en esta copia de la aplicación. Tu departamento de TI puede activarlo: consulta «Inicio de sesión con Microsoft para administradores de TI».',
  'oauth.failure.cloud-not-supported': 'Esta versión de la aplicación no admite el inicio de sesión con Microsoft para este tipo de cuenta.',
  'oauth.failure.cancelled': 'El inicio de sesión se detuvo antes de terminar. No se ha cambiado nada.',
  'oauth.failure.timed-out': 'El inicio de sesión se detuvo porque no terminó en {timeout}. Vuelve a intentarlo cuando quieras.',
  'oauth.failure.consent-required': 'Esta aplicación todavía no tiene permiso para enviar correo desde tu cuenta. Vuelve a iniciar sesión y acepta la solicitud, o pregunta a tu departamento de TI.',
  'oauth.failure.admin-consent-required': 'En tu organización, un administrador tiene que aprobar esta aplicación antes de que puedas iniciar sesión. Pregunta a tu departamento de TI.',
  'oauth.failure.conditional-access': 'Las reglas de inicio de sesión de tu organización no permiten este inicio de sesión desde aquí. Pregunta a tu departamento de TI.',
  'oauth.failure.mfa-required': 'Tu organización pide una comprobación adicional al iniciar sesión (por ejemplo, un código en tu teléfono). Vuelve a iniciar sesión para completarla.',
  'oauth.failure.sign-in-again': 'Tu inicio de sesión con Microsoft guardado ha caducado o se ha quitado. Vuelve a iniciar sesión.',
  'oauth.failure.device-code-blocked': 'Tu organización no permite iniciar sesión con un código. Inicia sesión en el navegador en su lugar (la mayoría de las organizaciones creadas desde el {deviceCodeBlockedFrom} bloquean los códigos de inicio de sesión).',
  'oauth.failure.unreachable': 'Este equipo no puede conectar con el servicio de inicio de sesión de Microsoft. Comprueba la conexión a internet y vuelve a intentarlo.',
  'oauth.failure.server-error': 'El servicio de inicio de sesión de Microsoft respondió con un error. Vuelve a intentarlo; si sigue pasando, envía los detalles a tu departamento de TI.',

  // In-app help page for IT (wired with the wizard); docs/microsoft-sign-in.md has the same steps.
  'oauth.help.title': 'Inicio de sesión con Microsoft para administradores de TI',
  'oauth.help.intro':
    'Mail Setup Assistant inicia sesión con Microsoft mediante el registro de aplicación propio de tu organización. Nunca se usa el id. de cliente de otro producto. Registra la aplicación una vez y después da su id. de cliente al personal.',
  'oauth.help.step.register': 'En el Centro de administración de Microsoft Entra, abre Registros de aplicaciones y elige Nuevo registro.',
  'oauth.help.step.account-types':
    'Tipos de cuenta admitidos: «Solo las cuentas de este directorio organizativo» o «…cualquier directorio organizativo» para Microsoft 365; elige «…y cuentas personales de Microsoft» si el personal también prueba direcciones de Outlook.com.',
  'oauth.help.step.platform': 'Agrega la plataforma «Aplicaciones móviles y de escritorio» con el URI de redirección http://localhost.',
  'oauth.help.step.public-client': 'Activa «Permitir flujos de cliente público» solo si quieres la alternativa de inicio de sesión con código (código de dispositivo).',
  'oauth.help.step.permission':
    'Permisos de API: agrega el permiso delegado SMTP.Send de «Office 365 Exchange Online» (offline_access se solicita junto con él).',
  'oauth.help.step.consent': 'Concede el consentimiento de administrador para tu organización si el personal no puede dar su consentimiento a las aplicaciones por sí mismo.',
  'oauth.help.step.deploy':
    'Pon el «Id. de aplicación (cliente)» en org-defaults.json, dentro de "oauth", como "clientId" (y el id. o el dominio de tu inquilino como "tenant"), o compila la aplicación con MSA_OAUTH_CLIENT_ID definido.',
  'oauth.help.step.smtp-auth': 'SMTP AUTH tiene que seguir permitido en cada buzón que envíe de esta forma.',
  'oauth.help.browser-closed': 'Si alguien cierra la pestaña del navegador sin iniciar sesión, la aplicación no puede saberlo: el inicio de sesión se detiene al cabo de {timeout}, o al momento si pulsa Cancelar.',
};
