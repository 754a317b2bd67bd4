import type { exportApps as source } from '../en/export-apps';
import type { Translation } from '../translation';

/** Italian: what works in each mail app (per-app plan, steps, notes, files). */
export const exportApps: Translation<typeof source> = {
  'exportApps.app.outlook-classic': 'Outlook classico per Windows',
  'exportApps.app.outlook-new': 'Nuovo Outlook per Windows',
  'exportApps.app.outlook-mac': 'Outlook per Mac',
  'exportApps.app.apple-mail-mac': 'Apple Mail su Mac',
  'exportApps.app.ios': 'Mail su iPhone o iPad',
  'exportApps.app.thunderbird': 'Thunderbird',
  'exportApps.app.device': 'Una stampante, uno scanner o un’app che invia posta',

  // Headlines: what the person gets, one sentence.
  'exportApps.headline.add-by-address': '{app} si configura automaticamente a partire dal tuo indirizzo: segui i tre passaggi qui sotto e accedi con Microsoft.',
  'exportApps.headline.manual': '{app} non ha un file di impostazioni per questo account: segui i passaggi qui sotto con le impostazioni indicate.',
  'exportApps.headline.prf': 'Salva il file delle impostazioni per {app}, oppure segui i passaggi qui sotto.',
  'exportApps.headline.profile': 'Salva il profilo e aprilo sul dispositivo, oppure segui i passaggi qui sotto.',
  'exportApps.headline.mac-mail-microsoft': 'Su Mac, Apple Mail non è affidabile per questa cassetta postale: usa Outlook per Mac (passaggi qui sotto).',
  'exportApps.headline.thunderbird': 'Thunderbird trova da solo le impostazioni: segui i passaggi qui sotto.',
  'exportApps.headline.device': 'Salva o stampa la scheda delle impostazioni e inserisci i valori nel dispositivo.',
  'exportApps.headline.not-a-mailbox': 'Queste impostazioni servono solo a inviare posta, quindi {app} non può usarle. Scegli invece “Una stampante, uno scanner o un’app”, oppure torna indietro e inserisci la tua cassetta postale.',
  'exportApps.steps.title.outlook-classic': 'Configura Outlook classico per Windows',
  'exportApps.steps.title.outlook-new': 'Configura il nuovo Outlook per Windows',
  'exportApps.steps.title.outlook-mac': 'Configura Outlook per Mac',
  'exportApps.steps.title.apple-mail-mac': 'Configura Apple Mail su Mac',
  'exportApps.steps.title.ios': 'Configura Mail su iPhone o iPad',
  'exportApps.steps.title.thunderbird': 'Configura Thunderbird',
  'exportApps.steps.title.outlook-mac-instead': 'Consigliato: configura Outlook per Mac',
  'exportApps.steps.title.profile': 'Installa il profilo',
  'exportApps.steps.title.device': 'Inserisci queste impostazioni nel dispositivo',

  // Outlook, Microsoft mailbox: three steps.
  'exportApps.step.classic.open': 'In Outlook seleziona File › Aggiungi account.',
  'exportApps.step.new.open': 'In Outlook seleziona Impostazioni (l’ingranaggio) › Account › Account di posta elettronica › Aggiungi account.',
  'exportApps.step.mac.open': 'In Outlook seleziona Outlook › Impostazioni › Account, poi + › Nuovo account.',
  'exportApps.step.outlook.address': 'Digita {address} e seleziona Continua.',
  'exportApps.step.classic.address': 'Digita {address} e seleziona Connetti.',
  'exportApps.step.outlook.sign-in': 'Accedi sulla pagina di Microsoft. Outlook trova da solo i server; seleziona Fatto.',
  // Outlook, other mailbox: by hand.
  'exportApps.step.classic.manual': 'Seleziona Opzioni avanzate, spunta “Configura manualmente l’account”, seleziona Connetti e scegli {protocol}.',
  'exportApps.step.outlook.manual-servers': 'Se Outlook chiede il tipo di account, scegli {protocol}, poi inserisci server, porte e crittografia indicati qui.',
  'exportApps.step.outlook.password': 'Digita la password quando Outlook la chiede. Resta in Outlook; nessun file la contiene.',
  'exportApps.step.classic.prf': 'Oppure: salva il file delle impostazioni, chiudi Outlook e fai doppio clic sul file .cmd salvato accanto.',

  // Apple Mail on a Mac, other mailbox.
  'exportApps.step.mac-mail.manual': 'In Mail seleziona Mail › Aggiungi account › Altro account Mail, digita il tuo nome, {address} e la password, poi Accedi.',
  'exportApps.step.mac-mail.manual-servers': 'Se Mail chiede i server, scegli {protocol} e inserisci i server indicati qui.',
  'exportApps.step.mac.profile-open': 'Fai doppio clic sul profilo salvato. macOS avvisa che è stato scaricato e che va esaminato.',
  'exportApps.step.mac.profile-install': 'Apri Impostazioni di Sistema › Generali › Gestione dispositivi (su macOS 14: Privacy e sicurezza › Profili), seleziona il profilo, poi Installa. Mail ti chiede la password.',

  // iPhone and iPad.
  'exportApps.step.ios.send': 'Porta il profilo salvato su iPhone o iPad: invialo con AirDrop da un Mac, oppure mandalo a te stesso via email e apri l’allegato in Mail sul dispositivo. Non comprimerlo e non rinominarlo.',
  'exportApps.step.ios.install': 'Apri Impostazioni, tocca Profilo scaricato, poi Installa, e segui le istruzioni entro {minutes, plural, one {# minuto} other {# minuti}} (dopo, iOS lo elimina).',
  'exportApps.step.ios.sign-in': 'Quando richiesto, accedi con Microsoft. Vengono aggiunti Mail, Calendario e Contatti.',
  'exportApps.step.ios.password': 'Quando richiesto, digita la password; non è nel profilo.',
  'exportApps.step.ios.manual-exchange': 'Senza il file: Impostazioni › App › Mail › Account Mail › Aggiungi account › Microsoft Exchange, digita {address}, poi Accedi.',
  'exportApps.step.ios.manual-other': 'Senza il file: Impostazioni › App › Mail › Account Mail › Aggiungi account › Altro › Aggiungi account Mail; scegli {protocol} e inserisci i server indicati qui.',

  // Thunderbird.
  'exportApps.step.thunderbird.open': 'In Thunderbird apri il menu › Impostazioni account › Azioni account › Aggiungi account di posta.',
  'exportApps.step.thunderbird.address': 'Digita il tuo nome e {address}, poi seleziona Continua.',
  'exportApps.step.thunderbird.microsoft': 'Thunderbird trova le impostazioni di Microsoft. Seleziona Fatto e accedi con Microsoft nella finestra che si apre.',
  'exportApps.step.thunderbird.password': 'Digita la password. Se Thunderbird trova server diversi da quelli indicati qui, seleziona Configura manualmente e inserisci questi.',

  // Devices.
  'exportApps.step.device.server': 'Nelle impostazioni email (SMTP) del dispositivo inserisci server {host}, porta {port}, crittografia {security}.',
  'exportApps.step.device.user': 'Nome utente: {user}. Accesso: {auth}.',
  'exportApps.step.device.no-user': 'Accesso: nessuno. Il server accetta il dispositivo perché il reparto IT lo ha autorizzato.',
  'exportApps.step.device.test': 'Invia un messaggio di prova dal dispositivo al tuo indirizzo.',

  // Notes: can and cannot.
  'exportApps.note.no-prf-microsoft': 'Nessun file di impostazioni: in Outlook classico per Windows i file .prf non possono accedere con Microsoft (autenticazione moderna), quindi per questa cassetta postale non funzionerebbero mai.',
  'exportApps.note.prf-password-only': 'Il file .prf di Outlook classico per Windows può contenere IMAP o POP solo con password, mai la password stessa. Microsoft non consiglia più i file .prf, quindi la strada sicura sono i passaggi.',
  'exportApps.note.new-outlook-no-file': 'Il nuovo Outlook per Windows non ha alcun file di impostazioni: ogni account si aggiunge digitando l’indirizzo.',
  'exportApps.note.outlook-mac-no-file': 'Outlook per Mac non ha file di impostazioni per gli account: l’account si aggiunge digitando l’indirizzo.',
  'exportApps.note.outlook-finds-it': 'Outlook trova la cassetta postale tramite il servizio di individuazione automatica (Autodiscover) di Microsoft. Il controllo qui sotto chiede a quel servizio, da questo computer, se conosce {address}.',
  'exportApps.note.password-tested':
    'Hai provato l’invio con una password (SMTP AUTH). Outlook e i telefoni non ne hanno bisogno: accedono con Microsoft. Entro il {date} Microsoft disattiva per impostazione predefinita l’accesso con password per l’invio.',
  'exportApps.note.mac-mail-ews':
    'Su Mac, Apple Mail, Calendario e Contatti raggiungono Microsoft 365 solo tramite Exchange Web Services (EWS); anche Impostazioni di Sistema › Account Internet › Microsoft Exchange usa EWS. Microsoft blocca EWS dal {blockedFrom}, a meno che il tuo reparto IT non lo consenta, e lo disattiva definitivamente il {off}.',
  'exportApps.note.mac-mail-outlook-com':
    'Apple Mail aggiunge Outlook.com come account Microsoft Exchange (EWS). Microsoft sta dismettendo EWS (bloccato dal {blockedFrom} se un amministratore non lo consente, disattivato il {off}); non ha detto se gli account personali Outlook.com sono interessati (non abbiamo trovato indicazioni). Outlook per Mac funziona in ogni caso.',
  'exportApps.note.ews-allowed': 'Il tuo reparto IT consente EWS, quindi viene offerto un profilo per Mac. Smetterà di funzionare il {off}, quando Microsoft disattiverà EWS per tutti.',
  'exportApps.note.ews-not-allowed': 'Nessun profilo per Mac: le impostazioni predefinite della tua organizzazione non indicano che EWS è consentito, e senza EWS il profilo non può accedere.',
  'exportApps.note.ios-activesync': 'iPhone e iPad usano Exchange ActiveSync, che non è interessato dalla dismissione di EWS.',
  'exportApps.note.signed': 'Firmato dalla tua organizzazione: iPhone, iPad o Mac lo mostrano come “Verificato”.',
  'exportApps.note.unsigned':
    'Non firmato (il tuo reparto IT non ha configurato un certificato di firma): il dispositivo lo mostra come “Non firmato” o “Non verificato” e ti chiede un’altra conferma. È normale per un file creato da questa app.',
  'exportApps.note.no-password-profile-outlook-com': 'Nessun profilo di posta con password: Outlook.com accetta solo l’accesso con Microsoft.',
  'exportApps.note.thunderbird-builtin': 'Thunderbird conosce già le impostazioni di Microsoft e accede con Microsoft da solo; non serve alcun file.',
  'exportApps.note.thunderbird-guesses': 'Thunderbird non ha un comando per aprire un file di impostazioni: cerca le impostazioni o prova a indovinarle. Il reparto IT può pubblicarle per tutto il dominio (vedi “Per l’IT”).',
  'exportApps.note.not-a-mailbox': 'Le impostazioni per relay, Direct Send e smart host non hanno una cassetta postale da cui leggere la posta.',
  'exportApps.note.incoming-needed': 'Per salvare un file di impostazioni, indica il server della posta in arrivo (IMAP o POP) fornito dal tuo provider.',
  'exportApps.note.device.basic-auth':
    'Un dispositivo che accede con una password usa SMTP AUTH, che Microsoft disattiva per impostazione predefinita nelle organizzazioni esistenti entro il {date}; per ora il reparto IT può riattivarlo. I dispositivi che possono accedere con Microsoft (OAuth) continuano a funzionare.',
  'exportApps.note.device.alternatives':
    'Un dispositivo che non può accedere può usare Direct Send (solo verso la tua organizzazione) o un connettore di inoltro SMTP che il reparto IT configura per il suo indirizzo. Chiedi al reparto IT.',
  'exportApps.note.device.outlook-com': 'Dal {date} Outlook.com accetta solo l’accesso con Microsoft: un dispositivo che non può accedere con Microsoft non può inviare tramite Outlook.com.',
  'exportApps.note.device.relay':
    'Nessun accesso: il reparto IT deve autorizzare il dispositivo in Microsoft 365 (un connettore per il suo indirizzo IP pubblico o il suo certificato). Direct Send recapita solo all’interno della tua organizzazione.',
  'exportApps.note.device.password': 'La password la conserva il dispositivo; la scheda non la contiene mai.',
  'exportApps.note.report-none': 'Un report diagnostico descrive un test eseguito dopo l’avvio dell’app. Prova queste impostazioni (oppure seleziona Ripeti il test in Impostazioni salvate) per aggiungerne uno.',

  // Files.
  'exportApps.file.mobileconfig-ios.title': 'Profilo per iPhone e iPad (.mobileconfig)',
  'exportApps.file.mobileconfig-ios.what.microsoft': 'Aggiunge {address} come account Microsoft Exchange che accede con Microsoft. Non contiene alcuna password.',
  'exportApps.file.mobileconfig-ios.what.password': 'Aggiunge {address} con i suoi server di posta in arrivo e in uscita. Il dispositivo chiede la password.',
  'exportApps.file.mobileconfig-macos.title': 'Profilo per Apple Mail su Mac (.mobileconfig)',
  'exportApps.file.mobileconfig-macos.what': 'Aggiunge {address} con i suoi server di posta in arrivo e in uscita. Mail chiede la password.',
  'exportApps.file.mobileconfig-ews.title': 'Profilo per Mac, EWS (.mobileconfig)',
  'exportApps.file.mobileconfig-ews.what': 'Aggiunge {address} ad Apple Mail come account Microsoft Exchange (EWS) che accede con Microsoft.',
  'exportApps.file.prf.title': 'File di impostazioni di Outlook classico per Windows (.prf e .cmd)',
  'exportApps.file.prf.what': 'Aggiunge {address} a Outlook classico per Windows quando fai doppio clic sul file .cmd. Outlook chiede la password.',
  'exportApps.file.autoconfig.title': 'File autoconfig di Thunderbird (config-v1.1.xml)',
  'exportApps.file.autoconfig.what': 'Il reparto IT lo pubblica su https://autoconfig.{domain}/mail/config-v1.1.xml, così Thunderbird trova queste impostazioni per tutti gli utenti di {domain}.',
  'exportApps.file.sheet-pdf.title': 'Scheda delle impostazioni (PDF)',
  'exportApps.file.sheet-pdf.what': 'Le impostazioni e i passaggi per {app}, da stampare o conservare.',
  'exportApps.file.sheet.title': 'Scheda delle impostazioni per tutte le app (pagina web)',
  'exportApps.file.sheet.what': 'Impostazioni e passaggi per ogni app di posta, da inviare a un collega o all’helpdesk.',
  'exportApps.file.report.title': 'Report diagnostico (pagina web e JSON)',
  'exportApps.file.report.what': 'Cosa ha trovato l’ultimo test, con i dettagli tecnici e senza password, per il reparto IT.',
  'exportApps.cli.headline': '{app}: {headline}',
  'exportApps.cli.steps': '{title}:',
  'exportApps.cli.file': 'file per te: {title}',
  'exportApps.cli.file-saved': 'file per te: {title} -> {paths}',
  'exportApps.cli.for-it': 'file per l’IT: {title}',
  'exportApps.cli.for-it-saved': 'file per l’IT: {title} -> {paths}',
  'exportApps.cli.check': 'controlla: {words}',
  'exportApps.cli.note': 'nota: {note}',
  'exportApps.cli.error.app': '--app deve essere uno di questi valori: {choices}.',
};
