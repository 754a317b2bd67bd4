import type { verdicts as source } from '../en/verdicts';
import type { Translation } from '../translation';

/** Dutch: what a test proved (shared/proven.ts), for the result heading and the CLI. */
export const verdicts: Translation<typeof source> = {
  // “Verzenden werkt”, its warning and “bereikbaar en beveiligd — niet gecontroleerd” are the diagnosis's (findings-verdict.ts).
  'verdict.heading.accepted-without-sign-in': 'De server heeft een testbericht aangenomen zonder aanmelding',
  'verdict.heading.reachable-plain-not-checked': 'De server is bereikbaar, maar niet versleuteld — uw account is niet gecontroleerd',
  'verdict.heading.not-working': 'Verzenden werkt nog niet',
  'verdict.heading.cancelled': 'De test is geannuleerd',

  // Each line stands beside its state (“Gecontroleerd”, “Niet gecontroleerd” …), so the unchecked ones name the step.
  'verdict.checklist': 'Wat deze test heeft gecontroleerd',
  'verdict.state.checked': 'Gecontroleerd',
  'verdict.state.not-checked': 'Niet gecontroleerd',
  'verdict.state.failed': 'Niet gelukt',
  'verdict.state.not-asked': 'Niet gevraagd',
  'verdict.check.reach.checked': 'Deze computer heeft {host} bereikt op poort {port}.',
  'verdict.check.reach.not-checked': 'Verbinding met {host} op poort {port}.',
  'verdict.check.reach.failed': 'Verbinding met {host} op poort {port}.',
  'verdict.check.secure.checked': 'De verbinding was versleuteld en het certificaat van de server is gecontroleerd.',
  'verdict.check.secure.not-checked': 'Versleuteling van de verbinding.',
  'verdict.check.secure.failed': 'Versleuteling van de verbinding.',
  'verdict.check.sign-in.checked': 'Aangemeld als {user}.',
  'verdict.check.sign-in.not-checked': 'Uw account: deze test heeft zich niet aangemeld en kan dus niet zeggen of uw mail-app dat wel kan.',
  'verdict.check.sign-in.failed': 'Aanmelden als {user}.',
  'verdict.check.message.checked': 'Een testbericht voor {address} is aan de server overgedragen.',
  'verdict.check.message.not-checked': 'Een testbericht verzenden.',
  'verdict.check.message.failed': 'Een testbericht verzenden naar {address}.',
  'verdict.check.message.not-asked': 'Een testbericht verzenden.',

  // The CLI adds one line under “Resultaat: …” (electron/cli/probe-output.ts); exit codes and --json are unchanged.
  'verdict.cli.proven': 'Aangetoond: {heading}.',
};
