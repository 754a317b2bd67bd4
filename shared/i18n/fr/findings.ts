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
  'finding.label.also-possible': 'Également possible',
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
};
