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
  'finding.label.also-possible': 'Possibile anche',
  'finding.cli.headline': '{title}  [{severity} · Chi lo risolve: {who}]',
  'finding.cli.most-likely': 'Causa più probabile: {headline}',
  'finding.cli.recognised': 'Riconosciuto: {items}',
  'finding.cli.recognised.phrase': '“{text}”',
  'finding.cli.steps': 'Cosa puoi fare:',
  'finding.cli.admin': 'Messaggio per il tuo amministratore IT:',
  'finding.cli.source': 'Fonte: {source}',
  'finding.cli.source-as-of': 'Fonte: {source} (dati aggiornati: {date})',
  'finding.cli.other-causes': 'Altre cause possibili:',
  'finding.cli.error.preset': 'Preset “{value}” sconosciuto. L’elenco è in --help.',
  'finding.cli.error.port': '--port deve essere un numero da 1 a 65535, non “{value}”.',
  'finding.cli.error.auth': '--auth deve essere {choices}.',
  'finding.cli.error.network': '--network deve essere {choices}.',
  'finding.cli.error.no-text': 'Indica il testo dell’errore come argomento, oppure passalo sullo standard input.',
  'finding.label.nothing-to-fix': 'È una risposta positiva del server: non c’è nulla da correggere.',
  'finding.admin.greeting': 'Buongiorno,',
  'finding.admin.closing': 'Grazie mille!',
  'finding.admin.portal': 'Dove si modifica: {portal}',
  'finding.admin.powershell': 'Exchange Online PowerShell:\n{powershell}',
  'finding.admin.server': 'Server: {host}, porta {port}.',
  'finding.admin.quote': 'Il messaggio di errore esatto era:\n{quote}',
  'finding.param.address': '<il mio indirizzo email>',
  'finding.param.interceptor': 'un programma di sicurezza',
  'finding.param.send-from-mailbox': '<cassetta postale da cui inviare>',
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
  'finding.clock.minutes': '{n, plural, one {# minuto} other {# minuti}}',
  'finding.clock.hours': '{n, plural, one {# ora} other {# ore}}',
  'finding.clock.days': '{n, plural, one {# giorno} other {# giorni}}',
  'finding.date.first-half': 'la prima metà del {year}',
  'finding.date.second-half': 'la seconda metà del {year}',
  ...findingsConnection,
  ...findingsAuth,
  ...findingsOAuth,
  ...findingsSending,
  ...findingsVariants,
  ...findingsPaste,
  ...findingsVerdict,
  ...findingsAdmin,
};
