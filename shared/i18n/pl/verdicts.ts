import type { verdicts as source } from '../en/verdicts';
import type { Translation } from '../translation';

/** Polish: what a test proved (shared/proven.ts), for the result heading and the CLI. */
export const verdicts: Translation<typeof source> = {
  // „Wysyłanie działa”, its warning and „osiągalny i bezpieczny — konta nie sprawdzono” are the diagnosis’s (findings-verdict.ts).
  'verdict.heading.accepted-without-sign-in': 'Serwer przyjął wiadomość testową bez logowania',
  'verdict.heading.reachable-plain-not-checked': 'Serwer jest osiągalny, ale połączenie nie jest szyfrowane — konta nie sprawdzono',
  'verdict.heading.not-working': 'Wysyłanie jeszcze nie działa',
  'verdict.heading.cancelled': 'Test został przerwany',

  'verdict.checklist': 'Co sprawdził ten test',
  'verdict.state.checked': 'Sprawdzono',
  'verdict.state.not-checked': 'Nie sprawdzono',
  'verdict.state.failed': 'Nie powiodło się',
  'verdict.state.not-asked': 'Nie zlecono',
  'verdict.check.reach.checked': 'Ten komputer połączył się z serwerem {host} na porcie {port}.',
  'verdict.check.reach.not-checked': 'Połączenie z serwerem {host} na porcie {port}.',
  'verdict.check.reach.failed': 'Połączenie z serwerem {host} na porcie {port}.',
  'verdict.check.secure.checked': 'Połączenie było szyfrowane, a certyfikat serwera został sprawdzony.',
  'verdict.check.secure.not-checked': 'Szyfrowanie połączenia.',
  'verdict.check.secure.failed': 'Szyfrowanie połączenia.',
  'verdict.check.sign-in.checked': 'Zalogowano jako {user}.',
  'verdict.check.sign-in.not-checked':
    'Twoje konto: ten test się nie logował, więc nie może stwierdzić, czy Twoja aplikacja pocztowa zdoła się zalogować.',
  'verdict.check.sign-in.failed': 'Logowanie jako {user}.',
  'verdict.check.message.checked': 'Wiadomość testowa do {address} została przekazana serwerowi.',
  'verdict.check.message.not-checked': 'Wysłanie wiadomości testowej.',
  'verdict.check.message.failed': 'Wysłanie wiadomości testowej do {address}.',
  'verdict.check.message.not-asked': 'Wysłanie wiadomości testowej.',

  // The CLI adds one line under „Wynik: …” (electron/cli/probe-output.ts); exit codes and --json are unchanged.
  'verdict.cli.proven': 'Potwierdzono: {heading}.',
};
