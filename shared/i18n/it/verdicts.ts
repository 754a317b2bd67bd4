import type { verdicts as source } from '../en/verdicts';
import type { Translation } from '../translation';

/** Italian: what a test proved (shared/proven.ts), for the result heading and the CLI. */
export const verdicts: Translation<typeof source> = {
  // “L’invio funziona”, its warning and “raggiungibile e sicuro — non controllato” are the diagnosis’s (findings-verdict.ts).
  'verdict.heading.accepted-without-sign-in': 'Il server ha accettato un messaggio di prova senza accesso',
  'verdict.heading.reachable-plain-not-checked': 'Il server è raggiungibile, ma senza crittografia: il tuo account non è stato controllato',
  'verdict.heading.not-working': 'L’invio non funziona ancora',
  'verdict.heading.cancelled': 'Il test è stato interrotto',

  'verdict.checklist': 'Cosa ha controllato questo test',
  'verdict.state.checked': 'Controllato',
  'verdict.state.not-checked': 'Non controllato',
  'verdict.state.failed': 'Non riuscito',
  'verdict.state.not-asked': 'Non richiesto',
  'verdict.check.reach.checked': 'Questo computer ha raggiunto {host} sulla porta {port}.',
  'verdict.check.reach.not-checked': 'Connessione a {host} sulla porta {port}.',
  'verdict.check.reach.failed': 'Connessione a {host} sulla porta {port}.',
  'verdict.check.secure.checked': 'La connessione era crittografata e il certificato del server è stato verificato.',
  'verdict.check.secure.not-checked': 'Crittografia della connessione.',
  'verdict.check.secure.failed': 'Crittografia della connessione.',
  'verdict.check.sign-in.checked': 'Accesso effettuato come {user}.',
  'verdict.check.sign-in.not-checked':
    'Il tuo account: questo test non ha effettuato l’accesso, quindi non può dire se la tua app di posta ci riuscirà.',
  'verdict.check.sign-in.failed': 'Accesso come {user}.',
  'verdict.check.message.checked': 'Un messaggio di prova per {address} è stato consegnato al server.',
  'verdict.check.message.not-checked': 'Invio di un messaggio di prova.',
  'verdict.check.message.failed': 'Invio di un messaggio di prova a {address}.',
  'verdict.check.message.not-asked': 'Invio di un messaggio di prova.',

  // The CLI adds one line under “Esito: …” (electron/cli/probe-output.ts); exit codes and --json are unchanged.
  'verdict.cli.proven': 'Dimostrato: {heading}.',
};
