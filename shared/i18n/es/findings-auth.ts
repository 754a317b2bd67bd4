import type { findingsAuth as source } from '../en/findings-auth';
import type { Translation } from '../translation';

/** Spanish: findings about signing in with a password (scheme in shared/i18n/en/findings.ts). */
export const findingsAuth: Translation<typeof source> = {
  'finding.auth.smtp-auth-disabled-tenant.title': 'El envío desde aplicaciones está desactivado en tu organización',
  'finding.auth.smtp-auth-disabled-tenant.explanation': 'Tu organización ha desactivado en todos los buzones el inicio de sesión de aplicaciones para enviar correo («SMTP AUTH»). El problema no es tu contraseña: solo tu administrador de TI puede activarlo para tu buzón.',
  'finding.auth.smtp-auth-disabled-tenant.steps.1': 'No cambies tu contraseña: no es la causa.',
  'finding.auth.smtp-auth-disabled-tenant.steps.2': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.smtp-auth-disabled-tenant.steps.3': 'Vuelve a probar cuando te confirmen el cambio.',
  'finding.auth.smtp-auth-disabled-tenant.admin': '¿Sería posible activar SMTP autenticado en mi buzón {address}, para que {sender} pueda enviar? SMTP AUTH está desactivado en nuestra organización (SmtpClientAuthenticationDisabled), y la configuración del buzón tiene prioridad sobre la de la organización. El inicio de sesión con Microsoft (OAuth) para enviar también necesita esta configuración.',

  'finding.auth.smtp-auth-disabled-mailbox.title': 'El envío desde aplicaciones está desactivado en tu buzón',
  'finding.auth.smtp-auth-disabled-mailbox.explanation': 'La opción «SMTP autenticado» está desactivada en tu buzón, así que el servidor rechaza cualquier aplicación que inicie sesión para enviar. Solo tu administrador de TI puede activarla.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.1': 'No cambies tu contraseña: no es la causa.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.2': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.3': 'Vuelve a probar cuando te confirmen el cambio.',
  'finding.auth.smtp-auth-disabled-mailbox.admin': '¿Sería posible activar SMTP autenticado en mi buzón {address}, para que {sender} pueda enviar? El servidor indica que la autenticación de cliente SMTP está deshabilitada para el buzón.',

  'finding.auth.basic-auth-disabled.title': 'El inicio de sesión con contraseña está bloqueado',
  'finding.auth.basic-auth-disabled.explanation': 'Tu organización bloquea el inicio de sesión con contraseña («autenticación básica») para enviar desde aplicaciones; usa «Iniciar sesión con Microsoft» en su lugar. A partir de finales de {basicOffMonth} queda desactivado de forma predeterminada en las organizaciones existentes; por ahora, el departamento de TI puede volver a activarlo.',
  'finding.auth.basic-auth-disabled.steps.1': 'Elige «Iniciar sesión con Microsoft» en esta aplicación y vuelve a probar.',
  'finding.auth.basic-auth-disabled.steps.2': 'Las contraseñas de aplicación no sirven: también son un inicio de sesión con contraseña.',
  'finding.auth.basic-auth-disabled.steps.3': 'Si tu dispositivo no puede iniciar sesión con Microsoft, envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.basic-auth-disabled.admin': 'La autenticación con contraseña (básica) para SMTP está bloqueada en mi buzón {address} (535 5.7.139 «basic authentication is disabled»). Voy a configurar {sender} para que inicie sesión con Microsoft (OAuth 2.0). ¿Se podría confirmar que está permitido en nuestro inquilino (puede que haga falta el consentimiento del administrador) y que SMTP autenticado sigue activado en mi buzón? Si por ahora hay que mantener la autenticación básica, puede que la bloquee una directiva de autenticación (ver abajo; Set-AuthenticationPolicy -AllowBasicAuthSmtp). A partir de finales de {basicOffMonth}, Microsoft desactiva de forma predeterminada la autenticación básica de SMTP AUTH en los inquilinos existentes (los inquilinos creados después no la tienen); por ahora los administradores pueden volver a activarla, y la fecha de retirada definitiva se anunciará en {finalDateHalf}, así que OAuth es la solución duradera.',

  'finding.auth.basic-auth-removed.title': 'El servidor no acepta contraseñas para enviar',
  'finding.auth.basic-auth-removed.explanation': 'Exchange Online ha respondido que en este buzón no se acepta el inicio de sesión con contraseña (autenticación básica) para enviar desde aplicaciones. En su lugar, funciona «Iniciar sesión con Microsoft».',
  'finding.auth.basic-auth-removed.steps.1': 'Elige «Iniciar sesión con Microsoft» en esta aplicación y vuelve a probar.',
  'finding.auth.basic-auth-removed.steps.2': 'Si un dispositivo no puede iniciar sesión con Microsoft, pide al departamento de TI otra forma de enviar, como una retransmisión mediante conector.',
  'finding.auth.basic-auth-removed.admin': 'Exchange Online ha rechazado el inicio de sesión con contraseña para {address} con «550 5.7.30 Basic authentication is not supported for Client Submission». Voy a configurar {sender} para que inicie sesión con Microsoft (OAuth 2.0). ¿Se podría confirmar que está permitido en nuestro inquilino? Los dispositivos que no pueden usar OAuth necesitan otra vía: High Volume Email (solo destinatarios internos), Azure Communication Services Email, una retransmisión mediante conector de entrada o Envío directo (Direct Send, solo destinatarios internos).',

  'finding.auth.security-defaults.title': 'La seguridad de tu organización bloquea el inicio de sesión desde aplicaciones',
  'finding.auth.security-defaults.explanation': 'Tu organización tiene activados los «valores predeterminados de seguridad» de Microsoft, que bloquean el inicio de sesión con contraseña desde aplicaciones de correo. Usa «Iniciar sesión con Microsoft» en su lugar.',
  'finding.auth.security-defaults.steps.1': 'Elige «Iniciar sesión con Microsoft» en esta aplicación y vuelve a probar.',
  'finding.auth.security-defaults.steps.2': 'Si tu dispositivo no puede iniciar sesión con Microsoft, envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.security-defaults.admin': 'Mi inicio de sesión SMTP como {address} se rechaza con «user is locked by your organization’s security defaults policy». Los valores predeterminados de seguridad bloquean la autenticación básica para SMTP. Voy a configurar {sender} para que inicie sesión con Microsoft (OAuth 2.0). ¿Se podría confirmar que está permitido en nuestro inquilino y que SMTP autenticado está activado en mi buzón? El SMTP básico solo volvería a funcionar si los valores predeterminados de seguridad se sustituyeran por directivas de acceso condicional (configuración más abajo), lo que reduce la seguridad, así que no lo recomiendo.',

  'finding.auth.conditional-access.title': 'Una regla de inicio de sesión de tu organización lo ha bloqueado',
  'finding.auth.conditional-access.explanation': 'Tu organización tiene reglas de inicio de sesión (acceso condicional o autenticación multifactor), y este inicio de sesión no las cumplió. Tu administrador de TI puede ver el motivo exacto en el registro de inicio de sesión.',
  'finding.auth.conditional-access.steps.1': 'Elige «Iniciar sesión con Microsoft» en esta aplicación: permite completar el inicio de sesión multifactor.',
  'finding.auth.conditional-access.steps.2': 'Si sigue fallando, envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.conditional-access.admin': 'El inicio de sesión SMTP de {sender} como {address} falla con «the request did not meet the criteria to be authenticated successfully». ¿Se podría revisar el registro de inicio de sesión de Microsoft Entra de mi cuenta (abajo) para ver qué directiva de acceso condicional o requisito de MFA lo bloqueó? Prefiero usar el inicio de sesión con Microsoft (OAuth 2.0) antes que una exclusión para la autenticación heredada.',

  'finding.auth.bad-credentials.title': 'El nombre de usuario o la contraseña no son correctos',
  'finding.auth.bad-credentials.explanation': 'El servidor no aceptó el nombre de usuario y la contraseña. En Microsoft 365, el nombre de usuario es tu dirección de correo electrónico completa.',
  'finding.auth.bad-credentials.steps.1': 'Escribe tu dirección de correo electrónico completa como nombre de usuario.',
  'finding.auth.bad-credentials.steps.2': 'Vuelve a escribir la contraseña con cuidado (revisa Bloq Mayús). Si inicias sesión en outlook.office.com, verás si es correcta.',
  'finding.auth.bad-credentials.steps.3': 'Si usas una contraseña de aplicación, crea una nueva o, mejor aún, elige «Iniciar sesión con Microsoft».',
  'finding.auth.bad-credentials.admin': 'El inicio de sesión SMTP de {sender} como {address} se rechaza («the user credentials were incorrect» o «535 5.7.3 Authentication unsuccessful»), aunque he comprobado mi contraseña. ¿Se podría comprobar si mi cuenta está bloqueada o mi contraseña ha caducado, y si SMTP autenticado está activado en mi buzón?',

  'finding.auth.federation-failure.title': 'El servicio de inicio de sesión de tu organización no respondió',
  'finding.auth.federation-failure.explanation': 'Tu organización usa su propio servicio para que inicies sesión, y Microsoft no pudo conectar con él ni usarlo. El problema está en tu organización, no en tu contraseña.',
  'finding.auth.federation-failure.steps.1': 'Espera unos minutos y vuelve a probar.',
  'finding.auth.federation-failure.steps.2': 'Si sigue fallando, envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.federation-failure.admin': 'El inicio de sesión SMTP de {address} falla con «federated STS service was unreachable» (o «the federated STS URL does not support HTTPS»). ¿Se podría comprobar que nuestro servicio de federación (AD FS o nuestro proveedor de identidades) es accesible desde Microsoft 365 por HTTPS?',

  'finding.auth.rejected.title': 'El servidor rechazó el inicio de sesión',
  'finding.auth.rejected.explanation': 'El servidor de correo rechazó tu inicio de sesión sin dar un motivo que esta aplicación reconozca. Su respuesta exacta se incluye en el mensaje para tu administrador de TI.',
  'finding.auth.rejected.steps.1': 'Revisa tu nombre de usuario (tu dirección de correo electrónico completa) y tu contraseña.',
  'finding.auth.rejected.steps.2': 'Elige «Iniciar sesión con Microsoft» si tu cuenta lo admite.',
  'finding.auth.rejected.steps.3': 'Envía el mensaje de abajo a tu administrador de TI.',
  'finding.auth.rejected.admin': 'El inicio de sesión SMTP de {sender} como {address} en {host} se rechaza. ¿Se podría comprobar que SMTP autenticado está activado en mi buzón y si alguna directiva de inicio de sesión lo bloquea (el registro de inicio de sesión de Microsoft Entra muestra el motivo)?',

  'finding.auth.unexpected-reply.title': 'El servidor respondió al inicio de sesión de forma extraña',
  'finding.auth.unexpected-reply.explanation': 'El servidor de correo no dijo ni sí ni no a tu inicio de sesión: dio una respuesta que no es un inicio de sesión correcto. Por eso esta aplicación no puede saber si tu contraseña funciona, y no la recordará.',
  'finding.auth.unexpected-reply.steps.1': 'No cambies tu contraseña por esto: es muy posible que sea correcta.',
  'finding.auth.unexpected-reply.steps.2': 'Envía el mensaje de abajo a tu administrador de TI, que puede revisar el servidor de correo.',
  'finding.auth.unexpected-reply.admin': 'Cuando inicio sesión en {host} por el puerto {port} como {address}, el servidor termina el intercambio AUTH con una respuesta distinta de 235, así que el cliente no puede dar el inicio de sesión por correcto (RFC 4954, sección 6: 235 significa que la autenticación se realizó correctamente). ¿Se podría revisar el servidor, y cualquier cosa intermedia que reescriba SMTP (un proxy o el escudo de correo de un antivirus), en busca de la respuesta citada abajo?',

  'finding.auth.mechanism-unsupported.title': 'El servidor no admite el método de inicio de sesión de la aplicación',
  'finding.auth.mechanism-unsupported.explanation': 'La aplicación intentó un método de inicio de sesión que el servidor no ofrece. Los servidores de Microsoft solo aceptan LOGIN y el inicio de sesión con Microsoft (XOAUTH2), nunca PLAIN.',
  'finding.auth.mechanism-unsupported.steps.1': 'Envía a través de {m365Host}: la dirección {mxSuffix} de tu organización no admite ningún inicio de sesión.',
  'finding.auth.mechanism-unsupported.steps.2': 'En la configuración de la aplicación, elige «Iniciar sesión con Microsoft» o el método de contraseña LOGIN.',
  'finding.auth.mechanism-unsupported.admin': '{host} responde «504 5.7.4 Unrecognized authentication type» al método de inicio de sesión de {sender}. Microsoft 365 ofrece AUTH LOGIN y XOAUTH2 en {m365Host}, puerto {m365Port}, después de STARTTLS. Agradecería ayuda para configurarlo así.',

  'finding.auth.not-offered.title': 'El servidor no ofreció inicio de sesión',
  'finding.auth.not-offered.explanation': 'Después de proteger la conexión, el servidor no indicó ningún método de inicio de sesión, así que no se pudo comprobar tu cuenta. Puede que el servidor sea una retransmisión que no admite inicio de sesión, o que el nombre no sea correcto.',
  'finding.auth.not-offered.steps.1': 'Para Microsoft 365, usa {m365Host}, puerto {m365Port}, STARTTLS.',
  'finding.auth.not-offered.steps.2': 'Si envías a través de una retransmisión (una dirección {mxSuffix} en el puerto 25), elige la opción sin inicio de sesión.',
  'finding.auth.not-offered.admin': '{host} en el puerto {port} no ofrece AUTH después de STARTTLS, así que mi cuenta no puede iniciar sesión. ¿Es este el servidor correcto para el envío autenticado, o debería usar {m365Host} en el puerto {m365Port}?',

  'finding.auth.required.title': 'El servidor pide que inicies sesión primero',
  'finding.auth.required.explanation': 'El servidor se negó a enviar porque la aplicación no había iniciado sesión. O no se configuró ningún inicio de sesión, o el inicio de sesión falló antes de este paso.',
  'finding.auth.required.steps.1': 'Activa el inicio de sesión («Mi servidor requiere autenticación») con tu dirección de correo electrónico completa.',
  'finding.auth.required.steps.2': 'Pon la seguridad en STARTTLS: Microsoft solo ofrece el inicio de sesión en una conexión protegida.',
  'finding.auth.required.steps.3': 'Si antes apareció un error de inicio de sesión, corrígelo primero.',
  'finding.auth.required.admin': '{host} responde «530 5.7.57 Client not authenticated to send mail» a {sender}. Voy a activar la autenticación. Si no puede iniciar sesión, ¿se podría configurar Envío directo (Direct Send) o una retransmisión mediante conector?',
};
