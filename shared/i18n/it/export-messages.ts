import type { exportMessages as source } from '../en/export-messages';
import type { Translation } from '../translation';

/**
 * Italian: export (validation, setting values, Apple profile, .prf, Thunderbird autoconfig,
 * instruction sheet, diagnostic report). Field names ({field}) are labels without an
 * article (“Indirizzo email”), so the validation messages read “{field}: …”.
 */
export const exportMessages: Translation<typeof source> = {
  // Input validation
  'export.invalid.control-characters': '{field}: contiene un a capo, un carattere NUL o un altro carattere di controllo.',
  'export.invalid.address': '“{value}” non è un indirizzo email del tipo nome@example.com.',
  'export.invalid.host': '“{value}” non è un nome di server del tipo smtp.example.com.',
  'export.invalid.port': 'La porta deve essere un numero intero da 1 a 65535.',
  'export.invalid.text-too-long': '{field}: supera il limite di {max, plural, one {# carattere} other {# caratteri}}.',
  'export.invalid.field': '{field}: valore non valido ({reason})',
  'export.invalid.preset': 'Preset sconosciuto “{value}”. Usa uno di questi: {list}.',
  'export.invalid.host-required': 'Questo preset non ha un server fisso; indica il nome del server della posta in uscita.',
  'export.invalid.incoming-required':
    'Questa esportazione richiede un server della posta in arrivo (IMAP o POP). Questo preset non ne ha; indicane uno a mano.',
  'export.invalid.relay-not-for-mail-apps':
    'L’impostazione relay è per stampanti e app che inviano soltanto posta; le app di posta non possono usarla. Esporta invece la scheda delle istruzioni.',
  'export.invalid.not-windows-1252':
    '{field}: contiene caratteri che i file di profilo di Outlook classico per Windows (.prf) non possono contenere. Usa lettere latine semplici.',
  'export.invalid.prf-incoming-starttls':
    'Per la posta in arrivo i file di profilo di Outlook classico per Windows possono impostare solo SSL/TLS o nessuna crittografia, non STARTTLS.',
  'export.invalid.probe-result': 'Il file non è un risultato di test salvato da questa app: {reason}',

  // Field names used in messages
  'export.field.address': 'Indirizzo email',
  'export.field.displayName': 'Nome',
  'export.field.organization': 'Organizzazione',
  'export.field.description': 'Descrizione dell’account',
  'export.field.host': 'Server della posta in uscita',
  'export.field.port': 'Porta in uscita',
  'export.field.username': 'Nome utente',
  'export.field.incomingHost': 'Server della posta in arrivo',
  'export.field.incomingPort': 'Porta in arrivo',
  'export.field.incomingUsername': 'Nome utente per la posta in arrivo',

  // Words for settings values
  'export.value.security.starttls': 'STARTTLS',
  'export.value.security.tls': 'SSL/TLS',
  'export.value.security.none': 'Nessuna (non crittografata)',
  'export.value.auth.oauth2': 'Con Microsoft (autenticazione moderna, OAuth2)',
  'export.value.auth.password': 'Con password',
  'export.value.auth.none': 'Nessun accesso (il server si fida della tua rete o del tuo dispositivo)',
  'export.value.protocol.imap': 'IMAP',
  'export.value.protocol.pop3': 'POP',

  // Apple configuration profile
  'export.mobileconfig.display-name': 'Mail: {address}',
  'export.mobileconfig.description.password':
    'Aggiunge l’account di posta {address} a Mail ({protocol} per la posta in arrivo, SMTP per quella in uscita). La password ti viene chiesta una volta durante l’installazione; non è in questo file.',
  'export.mobileconfig.description.eas':
    'Aggiunge {address} a Mail su iPhone o iPad come account Microsoft Exchange che accede con Microsoft. Questo file non contiene alcuna password.',
  'export.mobileconfig.description.ews':
    'Aggiunge {address} a Mail su Mac come account Microsoft Exchange (EWS) che accede con Microsoft. Exchange Online blocca EWS dal {blockedFrom} se il tuo reparto IT non lo consente, e lo disattiva il {off}; da allora usa Outlook per Mac.',
  'export.mobileconfig.payload.mail': 'Account {protocol} e SMTP',
  'export.mobileconfig.payload.exchange': 'Account Microsoft Exchange',
  'export.note.mobileconfig.no-oauth':
    'Il payload di posta di Apple (IMAP/POP e SMTP) non può accedere con Microsoft (OAuth), quindi creerebbe un account che non riesce mai ad accedere. Questo profilo aggiunge invece la cassetta postale come account Microsoft Exchange con accesso Microsoft.',
  'export.note.mobileconfig.ews-retiring':
    'Questo profilo per Mac usa Exchange Web Services (EWS), l’unico modo in cui Apple Mail su Mac raggiunge Exchange Online (anche Account Internet › Microsoft Exchange usa EWS). Exchange Online blocca EWS dal {blockedFrom} se il tenant non lo consente, e lo disattiva il {off}. L’app consigliata è Outlook per Mac.',
  'export.note.mobileconfig.ios-only': 'Questo profilo è solo per iPhone e iPad (i Mac non possono installare profili Exchange ActiveSync).',
  'export.note.mobileconfig.password-prompt':
    'Il profilo non contiene la password: Mail la chiede una volta durante l’installazione del profilo.',
  'export.note.mobileconfig.ssl-587':
    'Apple non dice se “Usa SSL” sulla porta 587 significa STARTTLS; prova l’invio dopo l’installazione.',

  // Outlook classic .prf
  'export.prf.comment': 'Mail Setup Assistant: account di Outlook classico per {address}. Questo file non contiene password.',
  'export.note.prf.caveat':
    'Microsoft non consiglia i file .prf per Outlook 2016 e versioni successive (KB 4046818). Aggiungono ancora account IMAP e POP, ma non possono accedere con Microsoft (OAuth) e non contengono la password: Outlook la chiede.',
  'export.note.prf.microsoft':
    'Questa è una cassetta postale Microsoft. Un file .prf non può accedere con Microsoft, quindi non funzionerà. In Outlook classico per Windows usa File › Aggiungi account, digita l’indirizzo e accedi.',
  'export.note.prf.run-cmd':
    'Tieni il file .cmd accanto al file .prf, chiudi Outlook, poi fai doppio clic sul file .cmd.',

  // Thunderbird autoconfig
  'export.note.autoconfig.hosting':
    'Thunderbird non ha un comando per aprire questo file. Pubblica il file su https://autoconfig.{domain}/mail/config-v1.1.xml, oppure copialo come {domain}.xml nella cartella “isp” dell’installazione di Thunderbird.',
  'export.note.autoconfig.builtin-microsoft':
    'Thunderbird conosce già le impostazioni di Microsoft 365 e Outlook.com, compreso l’accesso con Microsoft; questo file serve solo per sostituirle.',
  'export.note.autoconfig.no-builtin-oauth':
    'Thunderbird accede con OAuth2 solo per i server che conosce; potrebbe non conoscere {host} e in quel caso segnala “Lacking OAuth2 config”.',
  'export.autoconfig.display-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.display-name.outlook-com': 'Outlook.com (Microsoft)',
  'export.autoconfig.display-name.microsoft365-gcc-high': 'Microsoft 365 GCC High',
  'export.autoconfig.short-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.short-name.outlook-com': 'Outlook',
  'export.autoconfig.short-name.microsoft365-gcc-high': 'M365 GCC',

  // Instruction sheet
  'export.sheet.title': 'Impostazioni di posta per {address}',
  'export.sheet.app-title': '{app}: impostazioni di posta per {address}',
  'export.sheet.no-password': 'Questa scheda non contiene password.',
  'export.sheet.intro':
    'Conserva questa scheda. Riporta le impostazioni della tua cassetta postale e i passaggi per ogni app di posta. Non contiene password.',
  'export.sheet.created': 'Creata: {date}',
  'export.sheet.settings.heading': 'Le tue impostazioni',
  'export.sheet.settings.address': 'Indirizzo email',
  'export.sheet.settings.username': 'Nome utente',
  'export.sheet.settings.sign-in': 'Accesso',
  'export.sheet.settings.outgoing': 'Posta in uscita (SMTP)',
  'export.sheet.settings.incoming': 'Posta in arrivo ({protocol})',
  'export.sheet.settings.server': 'Server {host}, porta {port}, crittografia {security}',
  'export.sheet.notes.heading': 'Buono a sapersi',
  'export.sheet.note.microsoft-sign-in':
    'La tua cassetta postale accede con Microsoft. In ogni app scegli “Aggiungi account”, digita il tuo indirizzo e accedi sulla pagina di Microsoft. La tabella dei server serve solo come riserva per le app che la chiedono.',
  'export.sheet.note.outlook-com-imap':
    'Outlook.com disattiva POP e IMAP per impostazione predefinita. Solo se un’app chiede le impostazioni IMAP o POP: attivale su outlook.com › Impostazioni › Posta › Inoltro e IMAP.',
  'export.sheet.note.basic-auth-2026':
    'Alla fine di {basicOffMonth} Microsoft disattiva per impostazione predefinita l’accesso con password per l’invio (SMTP AUTH); il tuo amministratore può riattivarlo. Le app che accedono con Microsoft continuano a funzionare.',
  'export.sheet.note.relay':
    'Questa impostazione è per stampanti, scanner e app che inviano posta senza accedere. Il tuo amministratore IT deve autorizzare il dispositivo in Microsoft 365 (un connettore per il suo indirizzo IP pubblico o il suo certificato). Dai questi valori a chi configura il dispositivo.',
  'export.sheet.note.send-only':
    'Queste impostazioni sono per stampanti, scanner e app che inviano soltanto posta. Dalle a chi configura il dispositivo.',
  'export.sheet.note.no-password': 'L’app ti chiederà la password. Nessuno del reparto IT ti chiederà di scriverla.',
  'export.sheet.steps.heading': 'Passo per passo',

  'export.sheet.step.new-outlook.open': 'Apri Outlook e seleziona Impostazioni (l’ingranaggio) › Account › Account di posta elettronica › Aggiungi account.',
  'export.sheet.step.new-outlook.address': 'Digita {address} e seleziona Continua.',
  'export.sheet.step.new-outlook.sign-in': 'Accedi sulla pagina di Microsoft. Outlook trova da solo i server.',
  'export.sheet.step.new-outlook.manual':
    'Se Outlook chiede il tipo di account, scegli {protocol}. Inserisci server in arrivo e in uscita, porte e crittografia dalla tabella qui sopra.',
  'export.sheet.step.new-outlook.password': 'Digita la password quando richiesto e seleziona Continua.',

  'export.sheet.step.classic-outlook.open': 'Apri Outlook e seleziona File › Aggiungi account.',
  'export.sheet.step.classic-outlook.address': 'Digita {address} e seleziona Connetti.',
  'export.sheet.step.classic-outlook.sign-in': 'Accedi sulla pagina di Microsoft, poi seleziona Fatto.',
  'export.sheet.step.classic-outlook.advanced':
    'Seleziona Opzioni avanzate, spunta “Configura manualmente l’account”, seleziona Connetti e scegli {protocol}.',
  'export.sheet.step.classic-outlook.servers':
    'Inserisci server in arrivo e in uscita, porte e metodo di crittografia dalla tabella qui sopra, poi seleziona Avanti.',
  'export.sheet.step.classic-outlook.password': 'Digita la password e seleziona Connetti.',
  'export.sheet.step.classic-outlook.prf':
    'Se il reparto IT ti ha dato un file .cmd con accanto un file .prf: chiudi Outlook e fai doppio clic sul file .cmd. Microsoft non consiglia più i file .prf, quindi se non funziona usa i passaggi qui sopra.',

  'export.sheet.step.outlook-mac.open': 'Apri Outlook e seleziona Outlook › Impostazioni › Account, poi il pulsante + › Nuovo account.',
  'export.sheet.step.outlook-mac.address': 'Digita {address} e seleziona Continua.',
  'export.sheet.step.outlook-mac.sign-in': 'Accedi sulla pagina di Microsoft, poi seleziona Fatto.',
  'export.sheet.step.outlook-mac.manual':
    'Se Outlook chiede il provider, scegli {protocol} e inserisci server, porte e nome utente dalla tabella qui sopra.',
  'export.sheet.step.outlook-mac.password': 'Digita la password e seleziona Aggiungi account.',

  'export.sheet.step.apple-mail.microsoft-ews':
    'Su Mac, Apple Mail raggiunge Microsoft 365 solo tramite Exchange Web Services (EWS), anche da Impostazioni di Sistema › Account Internet › Microsoft Exchange. Microsoft blocca EWS dal {blockedFrom} se il tuo reparto IT non lo consente, e lo disattiva il {off}.',
  'export.sheet.step.apple-mail.use-outlook': 'Usa invece Outlook per Mac (passaggi qui sopra), a meno che il tuo reparto IT non ti dica che EWS è consentito per la tua organizzazione.',
  'export.sheet.step.apple-mail.other': 'Apri Mail e seleziona Mail › Aggiungi account › Altro account Mail, poi Continua.',
  'export.sheet.step.apple-mail.other-details': 'Digita il tuo nome, {address} e la password, poi seleziona Accedi.',
  'export.sheet.step.apple-mail.other-servers':
    'Se Mail chiede i server, scegli {protocol} e inserisci i server in arrivo e in uscita dalla tabella qui sopra.',
  'export.sheet.step.apple-mail.profile':
    'Se il reparto IT ti ha dato un file .mobileconfig: fai doppio clic sul file, poi apri Impostazioni di Sistema › Generali › Gestione dispositivi (su macOS 14: Privacy e sicurezza › Profili) e seleziona Installa.',

  'export.sheet.step.iphone.exchange': 'Apri Impostazioni › App › Mail › Account Mail › Aggiungi account e scegli Microsoft Exchange.',
  'export.sheet.step.iphone.exchange-sign-in': 'Digita {address}, tocca Avanti, poi Accedi, e accedi con Microsoft.',
  'export.sheet.step.iphone.other': 'Apri Impostazioni › App › Mail › Account Mail › Aggiungi account › Altro › Aggiungi account Mail.',
  'export.sheet.step.iphone.other-details':
    'Digita il tuo nome, {address} e la password, scegli {protocol} e inserisci i server dalla tabella qui sopra.',
  'export.sheet.step.iphone.profile':
    'Se il reparto IT ti ha dato un file .mobileconfig: aprilo, poi vai in Impostazioni › Profilo scaricato e tocca Installa entro {duration}.',

  'export.sheet.source': 'Fonte di questi valori: {source}',

  // Diagnostic report
  'export.report.title': 'Report del test di connessione della posta',
  'export.report.intro':
    'Questo report mostra cosa è successo quando l’app ha provato il server di posta. Password, token e dati di accesso sono stati rimossi. Invialo al tuo amministratore IT.',
  'export.report.created': 'Creato: {date}',
  'export.report.summary.heading': 'Riepilogo',
  'export.report.summary.verdict': 'Esito',
  'export.report.summary.server': 'Server di posta',
  'export.report.summary.security': 'Crittografia',
  'export.report.summary.sign-in': 'Accesso',
  'export.report.summary.user': 'Nome utente',
  'export.report.summary.started': 'Data del test',
  'export.report.summary.duration': 'Durata',
  'export.report.verdict.pass': 'Funziona',
  'export.report.verdict.warn': 'Funziona, con avvisi',
  'export.report.verdict.fail': 'Non funziona',
  'export.report.verdict.cancelled': 'Annullato',
  'export.report.findings.heading': 'Cosa è stato trovato',
  'export.report.findings.none': 'Non è stato trovato alcun problema.',
  'export.report.stages.heading': 'Fasi del test',
  'export.report.stages.step': 'Fase',
  'export.report.stages.status': 'Esito',
  'export.report.stages.time': 'Tempo',
  'export.report.stages.detail': 'Dettaglio',
  'export.report.status.pass': 'riuscita',
  'export.report.status.warn': 'avviso',
  'export.report.status.fail': 'non riuscita',
  'export.report.status.skipped': 'saltata',
  'export.report.tls.heading': 'Crittografia e certificato',
  'export.report.tls.none': 'Non è stata stabilita alcuna connessione crittografata.',
  'export.report.tls.protocol': 'Protocollo',
  'export.report.tls.cipher': 'Cifratura',
  'export.report.tls.verified': 'Certificato attendibile',
  'export.report.tls.diagnosis': 'Diagnosi',
  'export.report.tls.verify-error': 'Errore di verifica',
  'export.report.tls.system-store': 'Attendibile solo tramite l’archivio certificati del sistema operativo',
  'export.report.tls.interceptor': 'Intercettato da',
  'export.report.tls.chain': 'Certificato {n} della catena',
  'export.report.seconds': '{seconds} s',
  'export.report.tls.cert': '{subject}, emesso da {issuer}, validità {from} – {to}, nomi: {sans}, SHA-256 {fingerprint}',
  'export.report.capabilities.heading': 'Cosa ha offerto il server',
  'export.report.capabilities.extensions': 'Estensioni',
  'export.report.capabilities.auth': 'Metodi di accesso',
  'export.report.transcript.heading': 'Conversazione con il server (dati riservati rimossi)',
  'export.report.yes': 'sì',
  'export.report.no': 'no',
  'export.report.stage.resolve': 'Ricerca del nome del server',
  'export.report.stage.connect': 'Connessione',
  'export.report.stage.greeting': 'Messaggio di benvenuto del server',
  'export.report.stage.ehlo': 'Presentazione (EHLO)',
  'export.report.stage.starttls': 'Avvio della crittografia (STARTTLS)',
  'export.report.stage.tls': 'Connessione crittografata (TLS)',
  'export.report.stage.ehlo-tls': 'Nuova presentazione, crittografata',
  'export.report.stage.auth': 'Accesso',
  'export.report.stage.mail-from': 'Mittente accettato',
  'export.report.stage.rcpt-to': 'Destinatario accettato',
  'export.report.stage.data': 'Messaggio di prova inviato',
  'export.report.stage.quit': 'Chiusura della sessione',

  // Writer / CLI
  'export.cli.password-refused':
    'Le esportazioni non contengono mai password o token, quindi questo comando non ne accetta. Rimuovi {flag}.',
  'export.write.failed': 'Impossibile scrivere {path}: {reason}',
};
