/**
 * Spanish: labels shared by every finding, plus every finding file spread in the same
 * order as the English (shared/i18n/en/findings.ts describes the keys and placeholders).
 */
import type { findings as source } from '../en/findings';
import type { Translation } from '../translation';
import { findingsAuth } from './findings-auth';
import { findingsConnection } from './findings-connection';
import { findingsOAuth } from './findings-oauth';
import { findingsPaste } from './findings-paste';
import { findingsSending } from './findings-sending';
import { findingsVariants } from './findings-variants';
import { findingsVerdict } from './findings-verdict';

/** Labels shared by every finding. */
const findingLabels = {
  'finding.severity.error': 'Problema',
  'finding.severity.warning': 'Advertencia',
  'finding.severity.info': 'Nota',
  'finding.who.you': 'Tú',
  'finding.who.it-admin': 'Tu administrador de TI',
  'finding.who.network': 'Tu red o tu proveedor de internet',
  'finding.who.microsoft': 'Microsoft',
  'finding.who.wait': 'Nadie: se resuelve solo con el tiempo',
  'finding.label.who': 'Quién lo resuelve',
  'finding.label.steps': 'Qué puedes hacer',
  'finding.label.admin': 'Mensaje para tu administrador de TI',
  'finding.label.source': 'Fuente',
  'finding.label.as-of': 'Datos a fecha de {date}',
  'finding.label.also-possible': 'También es posible',
  'finding.label.other-causes': 'Otras causas posibles',
  'finding.label.most-likely': 'Lo más probable',
  'finding.label.recognised': 'Reconocido',
  'finding.label.nothing-to-fix': 'Es una respuesta del servidor que indica que todo ha ido bien: no hay nada que corregir.',
  'finding.admin.greeting': 'Hola:',
  'finding.admin.closing': '¡Gracias!',
  'finding.admin.portal': 'Dónde se cambia: {portal}',
  'finding.admin.powershell': 'Exchange Online PowerShell:\n{powershell}',
  'finding.admin.server': 'Servidor: {host}, puerto {port}.',
  // A pasted text may be a library's error rather than the server's reply.
  'finding.admin.quote': 'El mensaje de error exacto era:\n{quote}',
  'finding.param.address': '<mi dirección de correo>',
  'finding.param.interceptor': 'un programa de seguridad',
  // Who sends the mail, as the person would name it to IT (mid-sentence; never starts with «el», so «de {sender}» and «a {sender}» stay correct).
  'finding.sender.this-app': 'la aplicación Mail Setup Assistant',
  'finding.sender.website': 'nuestro sitio web o script',
  'finding.sender.website.named': 'nuestro sitio web o script ({product})',
  'finding.sender.device': 'nuestra impresora o escáner',
  'finding.sender.device.named': 'nuestra impresora o escáner ({product})',
  'finding.sender.mail-app': 'mi aplicación de correo',
  'finding.sender.mail-app.named': 'mi aplicación de correo ({product})',
  'finding.sender.unknown': 'la aplicación o el dispositivo que envía mi correo',
  // How far this computer's clock is off («El reloj … va {clockOffset} respecto al del servidor»).
  'finding.clock.behind': 'atrasado alrededor de {amount}',
  'finding.clock.ahead': 'adelantado alrededor de {amount}',
  'finding.clock.minute': '1 minuto',
  'finding.clock.minutes': '{n} minutos',
  'finding.clock.hour': '1 hora',
  'finding.clock.hours': '{n} horas',
  'finding.clock.day': '1 día',
  'finding.clock.days': '{n} días',
  // Dates taken from the facts table; month names are lowercase in Spanish.
  'finding.date.day': '{day} de {month} de {year}',
  'finding.date.month': '{month} de {year}',
  'finding.date.first-half': 'el primer semestre de {year}',
  'finding.date.second-half': 'el segundo semestre de {year}',
  'finding.month.1': 'enero',
  'finding.month.2': 'febrero',
  'finding.month.3': 'marzo',
  'finding.month.4': 'abril',
  'finding.month.5': 'mayo',
  'finding.month.6': 'junio',
  'finding.month.7': 'julio',
  'finding.month.8': 'agosto',
  'finding.month.9': 'septiembre',
  'finding.month.10': 'octubre',
  'finding.month.11': 'noviembre',
  'finding.month.12': 'diciembre',
} satisfies Partial<Translation<typeof source>>;

export const findings: Translation<typeof source> = {
  ...findingLabels,
  ...findingsConnection,
  ...findingsAuth,
  ...findingsOAuth,
  ...findingsSending,
  ...findingsVariants,
  ...findingsPaste,
  ...findingsVerdict,
};
