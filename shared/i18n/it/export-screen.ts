import type { exportScreen as source } from '../en/export-screen';
import type { Translation } from '../translation';

/** Italian: the export screen (“Configura l’app di posta”). */
export const exportScreen: Translation<typeof source> = {
  'nav.mailApp': 'Configura l’app di posta',
  'exportScreen.title': 'Configura la tua app di posta',
  'exportScreen.lead': 'Scegli l’app che usi. Otterrai ciò che funziona in quell’app per {address}: un file, dei passaggi da seguire o un controllo.',
  'exportScreen.lead.noAccount': 'Indica il tuo indirizzo e il tipo di account, poi scegli l’app che usi.',
  'exportScreen.offline': 'Sei offline: tutti i file e i passaggi qui funzionano comunque. Solo il controllo di Outlook richiede una connessione.',

  'exportScreen.account.heading': 'Il tuo account',
  'exportScreen.account.address': 'Indirizzo email',
  'exportScreen.account.kind': 'Tipo di account',
  'exportScreen.account.kind.microsoft365': 'Account Microsoft 365 aziendale o scolastico',
  'exportScreen.account.kind.outlook-com': 'Outlook.com o Hotmail',
  'exportScreen.account.kind.imap': 'Un altro provider (IMAP o POP con password)',
  'exportScreen.account.kind.relay': 'Una stampante o un’app che invia tramite Microsoft 365 (senza cassetta postale)',
  'exportScreen.account.kindHint': 'Gli indirizzi aziendali o scolastici su Microsoft 365 accedono con Microsoft. Scegli “Un altro provider” per qualsiasi altro servizio di posta.',
  'exportScreen.account.outgoingHost': 'Server della posta in uscita (SMTP)',
  'exportScreen.account.incomingProtocol': 'Posta in arrivo',
  'exportScreen.account.incomingHost': 'Server della posta in arrivo',
  'exportScreen.account.incomingHint': 'Lo indica il tuo provider, per esempio imap.example.com. Serve per i file di impostazioni.',
  'exportScreen.account.summary': '{address} · {kind}',
  'exportScreen.account.change': 'Cambia account',
  'exportScreen.account.invalid': 'Controlla l’account: {message}',

  'exportScreen.apps.heading': 'Quale app usi?',
  'exportScreen.apps.hint': 'Scegline una; potrai tornare qui per un’altra.',
  'exportScreen.plan.heading.outlook-classic': 'Cosa funziona in Outlook classico per Windows',
  'exportScreen.plan.heading.outlook-new': 'Cosa funziona nel nuovo Outlook per Windows',
  'exportScreen.plan.heading.outlook-mac': 'Cosa funziona in Outlook per Mac',
  'exportScreen.plan.heading.apple-mail-mac': 'Cosa funziona in Apple Mail su Mac',
  'exportScreen.plan.heading.ios': 'Cosa funziona in Mail su iPhone o iPad',
  'exportScreen.plan.heading.thunderbird': 'Cosa funziona in Thunderbird',
  'exportScreen.plan.heading.device': 'Cosa funziona per una stampante, uno scanner o un’app',

  'exportScreen.files.heading': 'File',
  'exportScreen.steps.print': 'Stampa i passaggi',
  'exportScreen.steps.pdf': 'Salva i passaggi in PDF…',
  'exportScreen.save': 'Salva…',
  'exportScreen.saving': 'Salvataggio…',
  'exportScreen.saved': 'Salvato: {path}',
  'exportScreen.saved.signed': 'Firmato dalla tua organizzazione.',
  'exportScreen.saved.unsigned': 'Non firmato.',
  'exportScreen.failed': 'Impossibile salvare: {message}',
  'exportScreen.showInFolder': 'Mostra nella cartella',
  'exportScreen.open': 'Apri',
  'exportScreen.openFailed': 'Impossibile completare l’operazione: {message}',
  'exportScreen.notes.heading': 'Buono a sapersi',

  'exportScreen.check.heading': 'Outlook troverà la tua cassetta postale?',
  'exportScreen.check.run': 'Controlla ora',
  'exportScreen.check.again': 'Controlla di nuovo',
  'exportScreen.check.notRun': 'L’app può chiedere a Microsoft, da questo computer, se Outlook troverà la tua cassetta postale.',

  'exportScreen.signing.ready': 'I profili Apple vengono firmati come “{signer}”, quindi i dispositivi li mostrano come “Verificato”.',
  'exportScreen.signing.problem': 'I profili Apple vengono salvati senza firma: {problem}',

  'exportScreen.forIt.heading': 'Per l’IT',
  'exportScreen.forIt.lead': 'File per chi gestisce il servizio di posta della tua organizzazione. Non ti servono per configurare la tua app.',
};
