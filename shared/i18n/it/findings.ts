import type { findings as source } from '../en/findings';
import type { Translation } from '../translation';
import { findingsAuth } from './findings-auth';
import { findingsConnection } from './findings-connection';
import { findingsOAuth } from './findings-oauth';
import { findingsPaste } from './findings-paste';
import { findingsSending } from './findings-sending';
import { findingsVariants } from './findings-variants';
import { findingsVerdict } from './findings-verdict';

// The sender phrases ({sender}) start with an article (“l’app…”, “la nostra stampante…”), so the
// finding texts place {sender} only where no preposition joins it (never “di/a/da/in/su {sender}”;
// “con/per {sender}”, subject and object position are fine).

/** Italian: findings, with the labels shared by every finding; each area keeps its own file. */
export const findings: Translation<typeof source> = {
  'finding.severity.error': 'Problema',
  'finding.severity.warning': 'Avviso',
  'finding.severity.info': 'Nota',
  'finding.who.you': 'Tu',
  'finding.who.it-admin': 'Il tuo amministratore IT',
  'finding.who.network': 'La tua rete o il tuo provider internet',
  'finding.who.microsoft': 'Microsoft',
  'finding.who.wait': 'Nessuno: si risolve da sé con il tempo',
  'finding.label.who': 'Chi lo risolve',
  'finding.label.steps': 'Cosa puoi fare',
  'finding.label.admin': 'Messaggio per il tuo amministratore IT',
  'finding.label.source': 'Fonte',
  'finding.label.as-of': 'Dati aggiornati al {date}',
  'finding.label.also-possible': 'Possibile anche',
  'finding.label.other-causes': 'Altre cause possibili',
  'finding.label.most-likely': 'Causa più probabile',
  'finding.label.recognised': 'Riconosciuto',
  'finding.label.nothing-to-fix': 'È una risposta positiva del server: non c’è nulla da correggere.',
  'finding.admin.greeting': 'Buongiorno,',
  'finding.admin.closing': 'Grazie mille!',
  'finding.admin.portal': 'Dove si modifica: {portal}',
  'finding.admin.powershell': 'Exchange Online PowerShell:\n{powershell}',
  'finding.admin.server': 'Server: {host}, porta {port}.',
  'finding.admin.quote': 'Il messaggio di errore esatto era:\n{quote}',
  'finding.param.address': '<il mio indirizzo email>',
  'finding.param.interceptor': 'un programma di sicurezza',
  'finding.sender.this-app': 'l’app Mail Setup Assistant',
  'finding.sender.website': 'il nostro sito web o script',
  'finding.sender.website.named': 'il nostro sito web o script ({product})',
  'finding.sender.device': 'la nostra stampante o il nostro scanner',
  'finding.sender.device.named': 'la nostra stampante o il nostro scanner ({product})',
  'finding.sender.mail-app': 'la mia app di posta',
  'finding.sender.mail-app.named': 'la mia app di posta ({product})',
  'finding.sender.unknown': 'l’app o il dispositivo che invia la mia posta',
  'finding.clock.behind': 'indietro di circa {amount}',
  'finding.clock.ahead': 'avanti di circa {amount}',
  'finding.clock.minute': '1 minuto',
  'finding.clock.minutes': '{n} minuti',
  'finding.clock.hour': '1 ora',
  'finding.clock.hours': '{n} ore',
  'finding.clock.day': '1 giorno',
  'finding.clock.days': '{n} giorni',
  'finding.date.day': '{day, plural, =1 {1°} other {#}} {month} {year}',
  'finding.date.month': '{month} {year}',
  'finding.date.first-half': 'la prima metà del {year}',
  'finding.date.second-half': 'la seconda metà del {year}',
  'finding.month.1': 'gennaio',
  'finding.month.2': 'febbraio',
  'finding.month.3': 'marzo',
  'finding.month.4': 'aprile',
  'finding.month.5': 'maggio',
  'finding.month.6': 'giugno',
  'finding.month.7': 'luglio',
  'finding.month.8': 'agosto',
  'finding.month.9': 'settembre',
  'finding.month.10': 'ottobre',
  'finding.month.11': 'novembre',
  'finding.month.12': 'dicembre',
  ...findingsConnection,
  ...findingsAuth,
  ...findingsOAuth,
  ...findingsSending,
  ...findingsVariants,
  ...findingsPaste,
  ...findingsVerdict,
};
