import type { exportSigning as source } from '../en/export-signing';
import type { Translation } from '../translation';

/** Spanish: signing Apple profiles with IT's certificate, and the Outlook set-up check. */
export const exportSigning: Translation<typeof source> = {
  'export.signing.no-password':
    'La clave privada del archivo del certificado de firma no tiene contraseña. Vuelve a exportarlo con una contraseña y pon esa contraseña en la variable de entorno indicada en la configuración predeterminada de la organización.',
  'export.signing.wrong-password': 'La contraseña del archivo del certificado de firma no es correcta. Revisa la variable de entorno indicada en la configuración predeterminada de la organización.',
  'export.signing.unreadable': 'El archivo del certificado de firma no se puede leer como archivo PKCS#12 (.p12/.pfx): {reason}',
  'export.signing.no-key': 'El archivo del certificado de firma no contiene ninguna clave privada.',
  'export.signing.no-certificate': 'El archivo del certificado de firma no contiene ningún certificado para su clave privada.',
  'export.signing.not-valid': 'El certificado de firma «{signer}» no es válido hoy (válido hasta {until}); los dispositivos tratarían los perfiles como no firmados.',
  'export.signing.missing-file': 'No se puede leer el archivo del certificado de firma {path}: {reason}',
  'export.signing.missing-password': 'No está definida la variable de entorno {name}, que debería contener la contraseña del certificado de firma.',
  'export.signing.off': 'Los perfiles no se firman: tu departamento de TI no ha configurado un certificado de firma.',
  'export.signing.ready': 'Los perfiles se firman como «{signer}».',
  'export.signing.problem': 'Los perfiles no se pueden firmar, así que se guardan sin firmar: {problem}',

  'export.outlook-check.found': 'Outlook encontrará tu buzón: el servicio de configuración de Microsoft conoce {address}.',
  'export.outlook-check.found-no-dns':
    'Outlook para Windows encontrará tu buzón a través del servicio de Microsoft, pero {domain} no tiene registro autodiscover, así que puede que otras aplicaciones no lo encuentren. Pide al departamento de TI que agregue el registro DNS autodiscover.{domain} apuntando a {target}.',
  'export.outlook-check.dns-other':
    'Nota: autodiscover.{domain} apunta a {target}, no a Microsoft 365. Si Outlook encuentra un servidor antiguo, pide al departamento de TI que lo apunte a {expected}.',
  'export.outlook-check.not-found':
    'El servicio de configuración de Microsoft no conoce {address}, así que Outlook no lo encontrará por sí solo. Revisa que la dirección no tenga errores; si es correcta, pregunta al departamento de TI si el buzón está en Microsoft 365.',
  'export.outlook-check.offline': 'Sin comprobar: este equipo no tiene conexión. Los pasos funcionarán igualmente cuando te conectes.',
  'export.outlook-check.failed': 'No se pudo comprobar desde este equipo ({reason}). Puede que los pasos funcionen igualmente; vuelve a intentar la comprobación más tarde.',
  'export.outlook-check.checking': 'Comprobando si Outlook encontrará tu buzón…',
};
