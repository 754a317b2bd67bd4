import type { exportScreen as source } from '../en/export-screen';
import type { Translation } from '../translation';

/** Spanish: the export screen («Configurar una aplicación de correo»). */
export const exportScreen: Translation<typeof source> = {
  'nav.mailApp': 'Aplicación de correo',
  'exportScreen.title': 'Configura tu aplicación de correo',
  'exportScreen.lead': 'Elige la aplicación que usas. Obtendrás lo que funciona en esa aplicación para {address}: un archivo, unos pasos que seguir o una comprobación.',
  'exportScreen.lead.noAccount': 'Indica tu dirección y el tipo de cuenta, y después elige la aplicación que usas.',
  'exportScreen.offline': 'No tienes conexión, pero todos los archivos y pasos de aquí siguen funcionando. Solo la comprobación de Outlook necesita conexión.',

  'exportScreen.account.heading': 'Tu cuenta',
  'exportScreen.account.address': 'Dirección de correo electrónico',
  'exportScreen.account.kind': 'Tipo de cuenta',
  'exportScreen.account.kind.microsoft365': 'Cuenta profesional o educativa de Microsoft 365',
  'exportScreen.account.kind.outlook-com': 'Outlook.com o Hotmail',
  'exportScreen.account.kind.imap': 'Otro proveedor (IMAP o POP con contraseña)',
  'exportScreen.account.kind.relay': 'Una impresora o aplicación que envía a través de Microsoft 365 (sin buzón)',
  'exportScreen.account.kindHint': 'Las direcciones profesionales o educativas de Microsoft 365 inician sesión con Microsoft. Elige «Otro proveedor» para cualquier otro servicio de correo.',
  'exportScreen.account.outgoingHost': 'Servidor de correo saliente (SMTP)',
  'exportScreen.account.incomingProtocol': 'Correo entrante',
  'exportScreen.account.incomingHost': 'Servidor de correo entrante',
  'exportScreen.account.incomingHint': 'Tu proveedor lo indica, por ejemplo imap.example.com. Hace falta para los archivos de configuración.',
  'exportScreen.account.summary': '{address} · {kind}',
  'exportScreen.account.change': 'Cambiar de cuenta',
  'exportScreen.account.invalid': 'Revisa la cuenta: {message}',

  'exportScreen.apps.heading': '¿Qué aplicación usas?',
  'exportScreen.apps.hint': 'Elige una; luego puedes volver para otra.',
  'exportScreen.plan.heading.outlook-classic': 'Qué funciona en Outlook clásico para Windows',
  'exportScreen.plan.heading.outlook-new': 'Qué funciona en el nuevo Outlook para Windows',
  'exportScreen.plan.heading.outlook-mac': 'Qué funciona en Outlook para Mac',
  'exportScreen.plan.heading.apple-mail-mac': 'Qué funciona en Apple Mail en el Mac',
  'exportScreen.plan.heading.ios': 'Qué funciona en Mail en el iPhone o el iPad',
  'exportScreen.plan.heading.thunderbird': 'Qué funciona en Thunderbird',
  'exportScreen.plan.heading.device': 'Qué funciona con una impresora, un escáner o una aplicación',

  'exportScreen.files.heading': 'Archivos',
  'exportScreen.steps.print': 'Imprimir los pasos',
  'exportScreen.steps.pdf': 'Guardar los pasos como PDF…',
  'exportScreen.save': 'Guardar…',
  'exportScreen.saving': 'Guardando…',
  'exportScreen.saved': 'Guardado: {path}',
  'exportScreen.saved.signed': 'Firmado por tu organización.',
  'exportScreen.saved.unsigned': 'Sin firmar.',
  'exportScreen.failed': 'No se pudo guardar: {message}',
  'exportScreen.showInFolder': 'Mostrar en la carpeta',
  'exportScreen.open': 'Abrir',
  'exportScreen.openFailed': 'No se pudo hacer: {message}',
  'exportScreen.notes.heading': 'Conviene saber',

  'exportScreen.check.heading': '¿Encontrará Outlook tu buzón?',
  'exportScreen.check.run': 'Comprobar ahora',
  'exportScreen.check.again': 'Volver a comprobar',
  'exportScreen.check.notRun': 'La aplicación puede preguntar a Microsoft, desde este equipo, si Outlook encontrará tu buzón.',

  'exportScreen.signing.ready': 'Los perfiles de Apple se firman como «{signer}», así que los dispositivos los muestran como «Verificado».',
  'exportScreen.signing.problem': 'Los perfiles de Apple se guardan sin firmar: {problem}',

  'exportScreen.forIt.heading': 'Para administradores de TI',
  'exportScreen.forIt.lead': 'Archivos para la persona que gestiona tu servicio de correo. No los necesitas para configurar tu aplicación.',
};
