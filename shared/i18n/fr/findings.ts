import type { findings as source } from '../en/findings';
import type { Translation } from '../translation';
import { findingsAuth } from './findings-auth';
import { findingsConnection } from './findings-connection';
import { findingsOAuth } from './findings-oauth';
import { findingsPaste } from './findings-paste';
import { findingsSending } from './findings-sending';
import { findingsVariants } from './findings-variants';
import { findingsVerdict } from './findings-verdict';

/** Labels shared by every finding (checked against the English keys, so a misspelt key fails). */
const findingLabels = {
  'finding.severity.error': 'Problème',
  'finding.severity.warning': 'Avertissement',
  'finding.severity.info': 'Remarque',
  'finding.who.you': 'Vous',
  'finding.who.it-admin': 'Votre administrateur informatique',
  'finding.who.network': 'Votre réseau ou votre fournisseur d’accès à Internet',
  'finding.who.microsoft': 'Microsoft',
  'finding.who.wait': 'Personne : cela se règle avec le temps',
  'finding.label.who': 'Qui peut régler le problème',
  'finding.label.steps': 'Ce que vous pouvez faire',
  'finding.label.admin': 'Message pour votre administrateur informatique',
  'finding.label.source': 'Source des informations',
  'finding.label.as-of': 'Informations vérifiées le {date}',
  'finding.label.also-possible': 'Également possible',
  'finding.label.other-causes': 'Autres causes possibles',
  'finding.label.most-likely': 'Le plus probable',
  'finding.label.recognised': 'Reconnu',
  'finding.label.nothing-to-fix': 'C’est une réponse de réussite du serveur : il n’y a rien à corriger.',
  'finding.admin.greeting': 'Bonjour,',
  'finding.admin.closing': 'Merci d’avance !',
  'finding.admin.portal': 'Où modifier ce réglage : {portal}',
  'finding.admin.powershell': 'Exchange Online PowerShell :\n{powershell}',
  'finding.admin.server': 'Serveur : {host}, port {port}.',
  // A pasted text may be a library’s error rather than the server’s reply.
  'finding.admin.quote': 'Le message d’erreur exact était :\n{quote}',
  'finding.param.address': '<mon adresse e-mail>',
  'finding.param.interceptor': 'un logiciel de sécurité',
  // Who sends the mail, mid-sentence; no form starts with “le”/“les”, so “de {sender}” and “à {sender}” stay correct.
  'finding.sender.this-app': 'l’application Mail Setup Assistant',
  'finding.sender.website': 'notre site web ou notre script',
  'finding.sender.website.named': 'notre site web ou notre script ({product})',
  'finding.sender.device': 'notre imprimante ou notre scanner',
  'finding.sender.device.named': 'notre imprimante ou notre scanner ({product})',
  'finding.sender.mail-app': 'mon application de messagerie',
  'finding.sender.mail-app.named': 'mon application de messagerie ({product})',
  'finding.sender.unknown': 'l’application ou l’appareil qui envoie mes e-mails',
  // How far this computer’s clock is off; fills “a {clockOffset} par rapport à…”.
  'finding.clock.behind': 'environ {amount} de retard',
  'finding.clock.ahead': 'environ {amount} d’avance',
  'finding.clock.minute': '1 minute',
  'finding.clock.minutes': '{n} minutes',
  'finding.clock.hour': '1 heure',
  'finding.clock.hours': '{n} heures',
  'finding.clock.day': '1 jour',
  'finding.clock.days': '{n} jours',
  // Dates taken from the facts table (“1er” for the first day of a month).
  'finding.date.day': '{day, plural, =1 {1er} other {#}} {month} {year}',
  'finding.date.month': '{month} {year}',
  'finding.date.first-half': 'premier semestre {year}',
  'finding.date.second-half': 'second semestre {year}',
  'finding.month.1': 'janvier',
  'finding.month.2': 'février',
  'finding.month.3': 'mars',
  'finding.month.4': 'avril',
  'finding.month.5': 'mai',
  'finding.month.6': 'juin',
  'finding.month.7': 'juillet',
  'finding.month.8': 'août',
  'finding.month.9': 'septembre',
  'finding.month.10': 'octobre',
  'finding.month.11': 'novembre',
  'finding.month.12': 'décembre',
} satisfies Partial<Translation<typeof source>>;

/** French: findings (labels here; each area in its own file, spread as in the English). */
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
