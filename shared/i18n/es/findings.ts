/**
 * Spanish: labels shared by every finding, plus every finding file spread in the same
 * order as the English (shared/i18n/en/findings.ts describes the keys and placeholders).
 */
import type { findings as source } from '../en/findings';
import type { Translation } from '../translation';
import { findingsAdmin } from './findings-admin';
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
  'finding.label.also-possible': 'También es posible',
  // `mail-setup explain` as text (electron/cli/explain-command.ts): whole lines, so the colon and «…» sit where Spanish puts them.
  'finding.cli.headline': '{title}  [{severity} · Quién lo resuelve: {who}]',
  'finding.cli.most-likely': 'Lo más probable: {headline}',
  'finding.cli.recognised': 'Detectado: {items}',
  'finding.cli.recognised.phrase': '«{text}»',
  'finding.cli.steps': 'Qué puedes hacer:',
  'finding.cli.admin': 'Mensaje para tu administrador de TI:',
  'finding.cli.source': 'Fuente: {source}',
  'finding.cli.source-as-of': 'Fuente: {source} (datos del {date})',
  'finding.cli.other-causes': 'Otras causas posibles:',
  'finding.cli.error.preset': 'Tipo de cuenta desconocido: «{value}». Consulta --help para ver la lista.',
  'finding.cli.error.port': '--port debe ser un número del 1 al 65535, no «{value}».',
  'finding.cli.error.auth': '--auth debe ser {choices}.',
  'finding.cli.error.network': '--network debe ser {choices}.',
  'finding.cli.error.no-text': 'Indica el texto del error como argumento o pásalo por la entrada estándar.',
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
  'finding.param.send-from-mailbox': '<buzón desde el que se envía>',
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
  'finding.clock.minutes': '{n, plural, one {# minuto} other {# minutos}}',
  'finding.clock.hours': '{n, plural, one {# hora} other {# horas}}',
  'finding.clock.days': '{n, plural, one {# día} other {# días}}',
  'finding.date.first-half': 'el primer semestre de {year}',
  'finding.date.second-half': 'el segundo semestre de {year}',
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
  ...findingsAdmin,
};
