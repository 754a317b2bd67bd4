import type { verdicts as source } from '../en/verdicts';
import type { Translation } from '../translation';

/** French: what a test proved (shared/proven.ts), for the result heading and the CLI. */
export const verdicts: Translation<typeof source> = {
  // « L’envoi fonctionne », its warning and « joignable et sécurisé, compte non vérifié » are the diagnosis's (findings-verdict.ts).
  'verdict.heading.accepted-without-sign-in': 'Le serveur a accepté un message de test sans connexion',
  'verdict.heading.reachable-plain-not-checked': 'Le serveur est joignable, mais la connexion n’est pas chiffrée et votre compte n’a pas été vérifié',
  'verdict.heading.not-working': 'L’envoi ne fonctionne pas encore',
  'verdict.heading.cancelled': 'Le test a été annulé',

  // Each line stands beside its state (« Vérifié », « Non vérifié »…), so the unchecked ones name the step as a noun.
  'verdict.checklist': 'Ce que ce test a vérifié',
  'verdict.state.checked': 'Vérifié',
  'verdict.state.not-checked': 'Non vérifié',
  'verdict.state.failed': 'Échec',
  'verdict.state.not-asked': 'Non demandé',
  'verdict.check.reach.checked': 'Cet ordinateur a joint {host} sur le port {port}.',
  'verdict.check.reach.not-checked': 'Accès à {host} sur le port {port}.',
  'verdict.check.reach.failed': 'Accès à {host} sur le port {port}.',
  'verdict.check.secure.checked': 'La connexion était chiffrée et le certificat du serveur a été vérifié.',
  'verdict.check.secure.not-checked': 'Chiffrement de la connexion.',
  'verdict.check.secure.failed': 'Chiffrement de la connexion.',
  'verdict.check.sign-in.checked': 'Connexion réussie avec le compte {user}.',
  'verdict.check.sign-in.not-checked': 'Votre compte : ce test ne s’est pas connecté, il ne peut donc pas dire si votre application de messagerie y parviendra.',
  'verdict.check.sign-in.failed': 'Connexion avec le compte {user}.',
  'verdict.check.message.checked': 'Un message de test pour l’adresse {address} a été remis au serveur.',
  'verdict.check.message.not-checked': 'Envoi d’un message de test.',
  'verdict.check.message.failed': 'Envoi d’un message de test à l’adresse {address}.',
  'verdict.check.message.not-asked': 'Envoi d’un message de test.',

  // The CLI adds one line under « Résultat : … » (electron/cli/probe-output.ts); exit codes and --json are unchanged.
  'verdict.cli.proven': 'Démontré : {heading}.',
};
