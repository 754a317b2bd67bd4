import type { signin as source } from '../en/signin';
import type { Translation } from '../translation';

/**
 * Spanish: the wizard's «Iniciar sesión con Microsoft» panel (renderer/wizard/signin/).
 * Shared sign-in sentences (progress, account, failures, IT help) live in oauth.ts.
 */
export const signin: Translation<typeof source> = {
  'signin.lead.oauth': 'Inicias sesión en la propia página de Microsoft. Esta aplicación nunca ve tu contraseña y solo usa el inicio de sesión para probar el envío desde este equipo.',
  'signin.panel.title': 'Iniciar sesión con Microsoft',
  'signin.loading': 'Comprobando si ya has iniciado sesión…',
  'signin.password.microsoft-note': 'A finales de {basicOffMonth}, Microsoft 365 desactiva de forma predeterminada el inicio de sesión con contraseña para enviar correo, y Outlook y Apple Mail inician sesión con Microsoft, así que una prueba con contraseña puede no reflejar lo que harán esas aplicaciones.',

  'signin.not-configured.title': 'El inicio de sesión con Microsoft no está configurado en esta copia',
  'signin.not-configured.help': 'Qué tiene que hacer tu departamento de TI',
  'signin.not-configured.meanwhile.password': 'Mientras tanto, puedes elegir «Con mi contraseña» arriba o probar sin iniciar sesión.',
  'signin.not-configured.meanwhile.none': 'Mientras tanto, puedes probar sin iniciar sesión: así se comprueba la conexión, no tu cuenta.',

  'signin.ready.button': 'Iniciar sesión con Microsoft',
  'signin.ready.hint': 'El navegador abre la página de inicio de sesión de Microsoft para {address}. Vuelve aquí cuando indique que has iniciado sesión.',
  'signin.ready.code': 'Iniciar sesión con un código',
  'signin.ready.code.hint': 'Para cuando este equipo no puede abrir un navegador: escribes un código en cualquier dispositivo. Muchas organizaciones no lo permiten (las creadas desde el {deviceCodeBlockedFrom} lo bloquean de forma predeterminada).',

  'signin.waiting.hint': 'Termina de iniciar sesión en la ventana del navegador que se abrió. Si la cierras, pulsa Cancelar.',
  'signin.code.waiting': 'Obteniendo un código de inicio de sesión de Microsoft…',
  'signin.code.instructions': 'En cualquier dispositivo, abre esta página:',
  'signin.code.enter': 'Después escribe este código:',
  'signin.code.copy': 'Copiar el código',
  'signin.code.copy-url': 'Copiar la dirección',
  'signin.code.expires': 'El código sirve durante {minutes, plural, one {# minuto} other {# minutos}}. Esta página avanza sola en cuanto inicies sesión.',

  'signin.signed-in.display-name': 'Nombre de la cuenta: {name}',
  'signin.remembered': 'Tu inicio de sesión se guarda en el almacén de contraseñas de este equipo, así que para volver a probar no hace falta iniciar sesión de nuevo.',
  'signin.saved.not-signed-in': 'La configuración está guardada, pero este equipo ya no tiene ese inicio de sesión con Microsoft: vuelve a iniciar sesión antes de probar.',
  'signin.mismatch.title': 'Esta no es la dirección que estás probando',

  'signin.failed.title': 'No se pudo iniciar sesión',
  'signin.failed.details': 'Detalles para tu departamento de TI',
  'signin.failed.copy': 'Copiar los detalles',
  'signin.failed.try-again': 'Volver a intentarlo',
  'signin.failed.use-browser': 'Iniciar sesión en el navegador',
  'signin.failed.message-for-it': 'El inicio de sesión con Microsoft de {address} falló en Mail Setup Assistant: {code}{aadsts}. {message}',

  'signin.help.back': 'Volver al inicio de sesión',
  'signin.help.now': 'Por qué no está disponible ahora: {reason}',
  'signin.help.reason.no-client-id': 'no hay ningún registro de aplicación (id. de cliente) configurado en esta copia.',
  'signin.help.reason.invalid-client-id': 'el id. de cliente configurado no es un id. de aplicación (cliente).',
  'signin.help.reason.cloud-not-supported': 'este tipo de cuenta (una nube gubernamental o nacional) no es compatible con esta versión.',
  'signin.help.reason.invalid-authority': 'el inquilino configurado no es un id. de inquilino ni un dominio.',
  'signin.help.org-defaults': 'El archivo de configuración predeterminada de la organización (org-defaults.json) con tu id. de cliente:',
  'signin.help.admin-consent': 'Para aprobar la aplicación para todos a la vez, un administrador abre:',
  'signin.help.copy': 'Copiar',
  // Placeholders inside the org-defaults.json and admin-consent samples (the samples themselves are built in code).
  'signin.help.placeholder.client-id': '<Id. de aplicación (cliente)>',
  'signin.help.placeholder.tenant': '<id. o dominio de tu inquilino>',

  'signin.result.title': 'No se pudo iniciar sesión con Microsoft',
  'signin.result.again': 'Volver a iniciar sesión',
};
