import type { verdicts as source } from '../en/verdicts';
import type { Translation } from '../translation';

/** German: what a test proved (shared/proven.ts), for the result heading and the CLI. */
export const verdicts: Translation<typeof source> = {
  // „Das Senden funktioniert“, its warning and „erreichbar und sicher – nicht geprüft“ are the diagnosis's (findings-verdict.ts).
  'verdict.heading.accepted-without-sign-in': 'Der Server hat eine Testnachricht ohne Anmeldung angenommen',
  'verdict.heading.reachable-plain-not-checked': 'Der Server ist erreichbar, aber nicht verschlüsselt – Ihr Konto wurde nicht geprüft',
  'verdict.heading.not-working': 'Das Senden funktioniert noch nicht',
  'verdict.heading.cancelled': 'Der Test wurde abgebrochen',

  // Each line stands beside its state („Geprüft“, „Nicht geprüft“ …), so the unchecked ones name the step as a noun.
  'verdict.checklist': 'Was dieser Test geprüft hat',
  'verdict.state.checked': 'Geprüft',
  'verdict.state.not-checked': 'Nicht geprüft',
  'verdict.state.failed': 'Hat nicht funktioniert',
  'verdict.state.not-asked': 'Nicht angefordert',
  'verdict.check.reach.checked': 'Dieser Computer hat {host} auf Port {port} erreicht.',
  'verdict.check.reach.not-checked': 'Verbindung zu {host} auf Port {port}.',
  'verdict.check.reach.failed': 'Verbindung zu {host} auf Port {port}.',
  'verdict.check.secure.checked': 'Die Verbindung war verschlüsselt, und das Zertifikat des Servers wurde geprüft.',
  'verdict.check.secure.not-checked': 'Verschlüsselung der Verbindung.',
  'verdict.check.secure.failed': 'Verschlüsselung der Verbindung.',
  'verdict.check.sign-in.checked': 'Angemeldet als {user}.',
  'verdict.check.sign-in.not-checked': 'Ihr Konto: Dieser Test hat sich nicht angemeldet und kann daher nicht zeigen, ob sich Ihre E-Mail-App anmelden kann.',
  'verdict.check.sign-in.failed': 'Anmeldung als {user}.',
  'verdict.check.message.checked': 'Eine Testnachricht an {address} wurde dem Server übergeben.',
  'verdict.check.message.not-checked': 'Senden einer Testnachricht.',
  'verdict.check.message.failed': 'Senden einer Testnachricht an {address}.',
  'verdict.check.message.not-asked': 'Senden einer Testnachricht.',

  // The CLI adds one line under „Ergebnis: …“ (electron/cli/probe-output.ts); exit codes and --json are unchanged.
  'verdict.cli.proven': 'Nachgewiesen: {heading}.',
};
