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
  'finding.label.also-possible': 'Également possible',
  'finding.cli.headline': '{title}  [{severity} · Qui peut régler le problème : {who}]',
  'finding.cli.most-likely': 'Cause la plus probable : {headline}',
  'finding.cli.recognised': 'Éléments reconnus : {items}',
  'finding.cli.recognised.phrase': '« {text} »',
  'finding.cli.steps': 'Ce que vous pouvez faire :',
  'finding.cli.admin': 'Message pour votre administrateur informatique :',
  'finding.cli.source': 'Source : {source}',
  'finding.cli.source-as-of': 'Source : {source} (informations à jour au {date})',
  'finding.cli.other-causes': 'Autres causes possibles :',
  'finding.cli.error.preset': 'Préréglage inconnu : « {value} ». Consultez --help pour la liste.',
  'finding.cli.error.port': '--port doit être un nombre de 1 à 65535, et non « {value} ».',
  'finding.cli.error.auth': '--auth doit valoir {choices}.',
  'finding.cli.error.network': '--network doit valoir {choices}.',
  'finding.cli.error.no-text': 'Indiquez le texte de l’erreur en argument, ou transmettez-le sur l’entrée standard.',
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
  'finding.param.send-from-mailbox': '<boîte aux lettres d’envoi>',
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
  'finding.clock.minutes': '{n, plural, one {# minute} other {# minutes}}',
  'finding.clock.hours': '{n, plural, one {# heure} other {# heures}}',
  'finding.clock.days': '{n, plural, one {# jour} other {# jours}}',
  'finding.date.first-half': 'premier semestre {year}',
  'finding.date.second-half': 'second semestre {year}',
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
  ...findingsAdmin,
};
