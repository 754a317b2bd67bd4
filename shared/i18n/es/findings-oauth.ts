import type { findingsOAuth as source } from '../en/findings-oauth';
import type { Translation } from '../translation';

/** Spanish: findings about «Iniciar sesión con Microsoft» (OAuth 2.0), scheme in shared/i18n/en/findings.ts. */
export const findingsOAuth: Translation<typeof source> = {
  'finding.auth.oauth-required.title': 'Outlook.com necesita «Iniciar sesión con Microsoft»',
  'finding.auth.oauth-required.explanation': 'Las cuentas de Outlook.com, Hotmail y Live dejaron de aceptar contraseñas en las aplicaciones de correo el {outlookComEnded}. Las contraseñas de aplicación tampoco funcionan: solo funciona «Iniciar sesión con Microsoft».',
  'finding.auth.oauth-required.steps.1': 'Elige «Iniciar sesión con Microsoft» e inicia sesión con tu cuenta de Outlook.com.',
  'finding.auth.oauth-required.steps.2': 'Vuelve a probar.',
  'finding.auth.oauth-required.admin': 'Mi cuenta personal de Outlook.com {address} ya no acepta el inicio de sesión con contraseña para enviar (Microsoft lo retiró el {outlookComEnded}, y las contraseñas de aplicación también fallan). Voy a pasar al inicio de sesión con Microsoft (OAuth 2.0). ¿Se podría comprobar que nuestra red no bloquea {loginHost}? No hace falta cambiar nada más en la configuración de la organización.',

  'finding.auth.oauth-token-rejected.title': 'El inicio de sesión con Microsoft funcionó, pero el servidor de correo lo rechazó',
  'finding.auth.oauth-token-rejected.explanation': 'Iniciaste sesión con Microsoft, pero el servidor de correo no lo aceptó para este buzón. Normalmente la cuenta con la que iniciaste sesión no es la del buzón desde el que envías, o el envío desde aplicaciones está desactivado para ella.',
  'finding.auth.oauth-token-rejected.steps.1': 'Vuelve a iniciar sesión exactamente con la cuenta del buzón desde el que envías.',
  'finding.auth.oauth-token-rejected.steps.2': 'Si envías desde un buzón compartido, asegúrate de tener permiso para usarlo.',
  'finding.auth.oauth-token-rejected.steps.3': 'Si sigue fallando, envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.oauth-token-rejected.admin': 'Exchange Online rechaza el inicio de sesión OAuth 2.0 (XOAUTH2) de {sender} para {address} con «535 5.7.3 Authentication unsuccessful». ¿Se podrían comprobar tres cosas: que la cuenta con la que inicio sesión es {address} o tiene permisos sobre ella (buzón compartido), que la aplicación tiene consentimiento para {smtpSendScope} en nuestro inquilino, y que SMTP autenticado está activado en el buzón (SMTP AUTH también hace falta con OAuth)?',

  'finding.auth.oauth-account-mismatch.title': 'Iniciaste sesión con otra cuenta',
  'finding.auth.oauth-account-mismatch.explanation': 'La cuenta de Microsoft con la que iniciaste sesión no es {address}. Eso está bien si es un buzón compartido desde el que puedes enviar; si no, inicia sesión con la cuenta del propio buzón.',
  'finding.auth.oauth-account-mismatch.steps.1': 'Si {address} es tu propio buzón, vuelve a iniciar sesión con esa cuenta.',
  'finding.auth.oauth-account-mismatch.steps.2': 'Si es un buzón compartido, asegúrate de que el departamento de TI te ha dado permiso para enviar desde él.',
  'finding.auth.oauth-account-mismatch.admin': 'Inicié sesión en Microsoft con una cuenta distinta de {address} para enviar desde ese buzón a través de {m365Host}. ¿Se podría confirmar que mi cuenta puede enviar desde {address} (Enviar como, o acceso total a un buzón compartido)?',

  'finding.auth.oauth-consent-required.title': 'La aplicación necesita tu permiso para enviar correo',
  'finding.auth.oauth-consent-required.explanation': 'Microsoft pidió permiso para que la aplicación envíe correo en tu nombre, y no se ha concedido. Puede que puedas aceptarlo al iniciar sesión; si no, tu administrador de TI tiene que permitirlo.',
  'finding.auth.oauth-consent-required.steps.1': 'Vuelve a iniciar sesión y acepta la solicitud de permiso si aparece.',
  'finding.auth.oauth-consent-required.steps.2': 'Si no aparece ninguna solicitud, envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.oauth-consent-required.admin': 'El inicio de sesión con Microsoft de {sender} falla con AADSTS65001 (el usuario o el administrador no ha dado su consentimiento para usar la aplicación). ¿Se podría conceder el consentimiento en nuestro inquilino para su permiso delegado {smtpSendScope} (y offline_access)?',

  'finding.auth.oauth-admin-consent-required.title': 'Tu administrador de TI tiene que aprobar primero la aplicación',
  'finding.auth.oauth-admin-consent-required.explanation': 'En tu organización, solo los administradores de TI pueden aprobar las aplicaciones que usan tu buzón. Hasta que un administrador apruebe esta, «Iniciar sesión con Microsoft» no puede terminar.',
  'finding.auth.oauth-admin-consent-required.steps.1': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.oauth-admin-consent-required.steps.2': 'Cuando te lo confirmen, vuelve a iniciar sesión.',
  'finding.auth.oauth-admin-consent-required.admin': 'El inicio de sesión con Microsoft de {sender} se detiene en «Se necesita la aprobación del administrador» («Need admin approval», AADSTS90094). ¿Se podría revisar y conceder el consentimiento del administrador para sus permisos delegados {smtpSendScope} y offline_access (configuración más abajo)?',

  'finding.auth.oauth-conditional-access.title': 'Una regla de inicio de sesión de tu organización bloqueó el inicio de sesión con Microsoft',
  'finding.auth.oauth-conditional-access.explanation': 'Las reglas de acceso condicional de tu organización bloquearon este inicio de sesión, por ejemplo por el dispositivo, la ubicación o la aplicación. Tu administrador de TI puede ver qué regla fue en el registro de inicio de sesión.',
  'finding.auth.oauth-conditional-access.steps.1': 'Si tienes un equipo o una red de la empresa, inténtalo desde allí.',
  'finding.auth.oauth-conditional-access.steps.2': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.oauth-conditional-access.admin': 'El inicio de sesión con Microsoft como {address} para {sender} lo bloquea el acceso condicional (AADSTS53003). ¿Se podría buscar en el registro de inicio de sesión de Entra (abajo) la directiva que lo bloqueó, y ver si se puede permitir la aplicación para enviar correo?',

  'finding.auth.oauth-mfa-required.title': 'Microsoft pide un segundo paso de inicio de sesión',
  'finding.auth.oauth-mfa-required.explanation': 'Tu cuenta necesita autenticación multifactor (por ejemplo, un código o una aplicación de autenticación), y el inicio de sesión no la completó. Si vuelves a iniciar sesión en la ventana del navegador, podrás terminarla.',
  'finding.auth.oauth-mfa-required.steps.1': 'Vuelve a elegir «Iniciar sesión con Microsoft» y completa el paso adicional.',
  'finding.auth.oauth-mfa-required.steps.2': 'Si todavía no has configurado un paso adicional de inicio de sesión, pregunta al departamento de TI cómo hacerlo.',
  'finding.auth.oauth-mfa-required.admin': 'El inicio de sesión con Microsoft como {address} requiere autenticación multifactor (AADSTS50076 o AADSTS50079), que {sender} no completó. ¿Se podría comprobar que mi cuenta tiene registrado un método de MFA que funcione?',

  'finding.auth.oauth-device-code-blocked.title': 'En tu organización está bloqueado iniciar sesión con un código',
  'finding.auth.oauth-device-code-blocked.explanation': 'La configuración de seguridad de tu organización (valores predeterminados de seguridad o una regla de acceso condicional) bloquea el inicio de sesión escribiendo un código en otro dispositivo. Inicia sesión en la ventana del navegador en su lugar.',
  'finding.auth.oauth-device-code-blocked.steps.1': 'Elige «Iniciar sesión con Microsoft» y usa la ventana del navegador que se abre, no un código.',
  'finding.auth.oauth-device-code-blocked.steps.2': 'Si eso no es posible en este equipo, envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.oauth-device-code-blocked.admin': 'El inicio de sesión con Microsoft mediante código de dispositivo está bloqueado para {address}: los valores predeterminados de seguridad y las directivas de acceso condicional sobre flujos de autenticación bloquean el inicio de sesión con código de dispositivo. Usaré en su lugar el inicio de sesión en el navegador (código de autorización con PKCE). ¿Se podría confirmar si también está bloqueado, o excluir {sender} del bloqueo de código de dispositivo si tiene que usarlo?',

  'finding.auth.oauth-sign-in-again.title': 'Vuelve a iniciar sesión con Microsoft',
  'finding.auth.oauth-sign-in-again.explanation': 'El inicio de sesión con Microsoft guardado ha caducado o se revocó, por ejemplo después de un cambio de contraseña. Se soluciona volviendo a iniciar sesión.',
  'finding.auth.oauth-sign-in-again.steps.1': 'Elige «Iniciar sesión con Microsoft» y vuelve a iniciar sesión.',
  'finding.auth.oauth-sign-in-again.steps.2': 'Vuelve a probar.',
  'finding.auth.oauth-sign-in-again.admin': 'El inicio de sesión con Microsoft guardado para {address} en {sender} dejó de funcionar (el token de actualización caducó o se revocó, por ejemplo AADSTS700082 o AADSTS50173). Ya he vuelto a iniciar sesión. Si alguna directiva acorta la duración de los inicios de sesión en las aplicaciones de correo, agradecería saberlo.',

  'finding.auth.oauth-unreachable.title': 'No se puede acceder a la página de inicio de sesión de Microsoft',
  'finding.auth.oauth-unreachable.explanation': 'Este equipo no pudo conectar con el servicio de inicio de sesión de Microsoft ({loginHost}), así que «Iniciar sesión con Microsoft» no puede empezar. Normalmente la causa es la conexión a internet, un proxy o un firewall.',
  'finding.auth.oauth-unreachable.steps.1': 'Comprueba que se abren los sitios web y vuelve a intentarlo.',
  'finding.auth.oauth-unreachable.steps.2': 'Si usas una VPN o un proxy, prueba sin usarlos.',
  'finding.auth.oauth-unreachable.steps.3': 'Si sigue fallando, envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.oauth-unreachable.admin': 'Mi equipo no puede acceder a {loginHost} por HTTPS, así que el inicio de sesión con Microsoft de {sender} no puede empezar. ¿Se podría comprobar si nuestro firewall o nuestro proxy lo bloquea?',

  'finding.auth.oauth-not-configured.title': 'El inicio de sesión con Microsoft no está configurado en esta aplicación',
  'finding.auth.oauth-not-configured.explanation': 'La aplicación no tiene un registro de aplicación de Microsoft que funcione para tu organización, así que no se puede usar «Iniciar sesión con Microsoft». Tu administrador de TI lo configura una sola vez para todos.',
  'finding.auth.oauth-not-configured.steps.1': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.oauth-not-configured.steps.2': 'Mientras tanto, puede que una contraseña siga funcionando si tu organización lo permite.',
  'finding.auth.oauth-not-configured.admin': 'La aplicación Mail Setup Assistant que uso no tiene configurado el inicio de sesión con Microsoft. ¿Se podría registrar en Microsoft Entra ID (plataforma «Aplicaciones móviles y de escritorio», redirección http://localhost, permisos delegados {smtpSendScope} y offline_access) y poner su id. de cliente y su inquilino en el archivo de configuración predeterminada de la organización de la aplicación?',

  'finding.auth.oauth-cancelled.title': 'Se canceló el inicio de sesión',
  'finding.auth.oauth-cancelled.explanation': 'La ventana de inicio de sesión de Microsoft se cerró, o se rechazó la solicitud, antes de terminar. No se ha cambiado nada.',
  'finding.auth.oauth-cancelled.steps.1': 'Vuelve a elegir «Iniciar sesión con Microsoft» y termina el inicio de sesión en el navegador.',
  'finding.auth.oauth-cancelled.steps.2': 'Si la ventana del navegador no se abrió, comprueba que hay un navegador predeterminado configurado.',
  'finding.auth.oauth-cancelled.admin': 'El inicio de sesión con Microsoft de {address} se canceló antes de terminar. Se puede ignorar este mensaje salvo que siga pasando; en ese caso enviaré los detalles.',
};
