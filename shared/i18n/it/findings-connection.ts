import type { findingsConnection as source } from '../en/findings-connection';
import type { Translation } from '../translation';

/** Italian: findings about the network, TLS and the SMTP protocol. */
export const findingsConnection: Translation<typeof source> = {
  // network
  'finding.network.offline.title': 'Questo computer non è connesso a internet',
  'finding.network.offline.explanation': 'Il test non ha raggiunto nessun server, quindi il problema è la connessione, non le impostazioni della posta. Tutto il resto di questa app funziona anche offline.',
  'finding.network.offline.steps.1': 'Controlla che il Wi-Fi o il cavo di rete siano collegati.',
  'finding.network.offline.steps.2': 'Apri un sito web qualsiasi per verificare che internet funzioni, poi ripeti il test.',
  'finding.network.offline.steps.3': 'Se usi una VPN, connettila o disconnettila e ripeti il test.',
  'finding.network.offline.admin': 'Il mio computer non riesce a raggiungere internet, quindi non posso provare le impostazioni della posta. Potreste controllare la mia connessione di rete?',

  'finding.network.dns-failure.title': 'Impossibile trovare il nome del server di posta',
  'finding.network.dns-failure.explanation': 'Il computer non è riuscito a cercare il nome {host}. Il nome potrebbe essere scritto male, oppure il servizio dei nomi della rete (DNS) non funziona.',
  'finding.network.dns-failure.steps.1': 'Controlla il nome del server: per Microsoft 365 è {m365Host}.',
  'finding.network.dns-failure.steps.2': 'I vecchi nomi regionali come {obsoleteHost} non funzionano più. Usa {m365Host}.',
  'finding.network.dns-failure.steps.3': 'Se non si aprono neanche i siti web, il problema è la rete: prova un’altra rete.',
  'finding.network.dns-failure.admin': 'Il mio computer non riesce a risolvere il nome del server di posta {host} (la ricerca DNS non riesce). Potreste controllare le nostre impostazioni DNS, o se un filtro blocca questo nome?',

  'finding.network.port-blocked.title': 'Qualcosa nella rete blocca la porta della posta',
  'finding.network.port-blocked.explanation': 'La connessione a {host} sulla porta {port} non ha ricevuto risposta. Di solito la blocca un firewall, un programma di sicurezza o il tuo provider internet.',
  'finding.network.port-blocked.steps.1': 'Ripeti il test su un’altra rete, per esempio l’hotspot del tuo telefono. Se lì funziona, è questa rete a bloccare la porta.',
  'finding.network.port-blocked.steps.2': 'Assicurati che la porta sia {m365Port} con STARTTLS, l’impostazione consigliata da Microsoft.',
  'finding.network.port-blocked.steps.3': 'Chiedi al tuo reparto IT di consentire le connessioni in uscita verso {host} sulla porta {port}.',
  'finding.network.port-blocked.admin': 'Le connessioni in uscita dal mio computer verso {host} sulla porta TCP {port} vanno in timeout. Potreste consentire nel firewall il traffico TCP {port} in uscita verso {host}? Microsoft 365 usa la porta {m365Port} con STARTTLS per l’invio della posta.',

  'finding.network.port-25-blocked.title': 'Il tuo provider internet blocca la porta 25',
  'finding.network.port-25-blocked.explanation': 'I provider internet domestici e mobili di solito bloccano la porta 25 in uscita per fermare lo spam. Non è un problema di Microsoft: usa invece la porta {m365Port}.',
  'finding.network.port-25-blocked.steps.1': 'Cambia la porta in {m365Port} con STARTTLS e ripeti il test.',
  'finding.network.port-25-blocked.steps.2': 'Se devi usare la porta 25 (per esempio per uno scanner che invia tramite un relay), l’invio deve partire dalla rete dell’ufficio.',
  'finding.network.port-25-blocked.admin': 'Dalla rete a cui sono connesso la porta 25 verso {host} è bloccata (i provider internet domestici di solito la bloccano). Potreste confermarmi che devo inviare tramite {m365Host} sulla porta {m365Port} con STARTTLS, oppure dirmi quale relay usare fuori dall’ufficio?',

  'finding.network.connection-refused.title': 'Il server ha rifiutato la connessione',
  'finding.network.connection-refused.explanation': 'Il computer all’indirizzo {host} ha risposto, ma non accetta connessioni sulla porta {port}. Probabilmente la porta o il nome del server sono sbagliati.',
  'finding.network.connection-refused.steps.1': 'Controlla nome del server e porta: Microsoft 365 usa {m365Host}, porta {m365Port}, STARTTLS.',
  'finding.network.connection-refused.steps.2': 'Se le impostazioni sono giuste, potrebbe essere un firewall o un proxy a rifiutare la connessione: prova su un’altra rete.',
  'finding.network.connection-refused.admin': 'Le connessioni dal mio computer a {host} sulla porta {port} vengono rifiutate. Potreste verificare se un firewall o un proxy rifiuta le connessioni in uscita verso questa porta?',

  'finding.network.connect-failed.title': 'L’app non è riuscita a connettersi al server di posta',
  'finding.network.connect-failed.explanation': 'L’app non è riuscita ad aprire una connessione con il server della posta in uscita, e il suo messaggio non dice perché. Di solito il nome del server o la porta sono sbagliati, oppure un firewall o un programma di sicurezza blocca la connessione.',
  'finding.network.connect-failed.steps.1': 'Controlla il server della posta in uscita: per Microsoft 365 è {m365Host}, porta {m365Port}, STARTTLS (alcune app lo chiamano “TLS”).',
  'finding.network.connect-failed.steps.2': 'La porta {port465} non funziona con Microsoft: cambiala in {m365Port}.',
  'finding.network.connect-failed.steps.3': 'Fai il test qui con questa app: mostra esattamente dove si ferma la connessione.',
  'finding.network.connect-failed.admin': 'Non riesco a inviare con {sender} perché non si connette al server della posta in uscita (segnala soltanto che non riesce a connettersi). Potreste verificare che dalla nostra rete sia consentito il traffico TCP {m365Port} in uscita verso {m365Host} e che nessun prodotto di sicurezza lo blocchi?',

  'finding.network.connection-reset.title': 'La connessione si è interrotta',
  'finding.network.connection-reset.explanation': 'La connessione al server di posta si è aperta, ma poi si è chiusa all’improvviso. Spesso la causa è un firewall, un programma di sicurezza o una rete instabile.',
  'finding.network.connection-reset.steps.1': 'Ripeti il test: un breve problema di rete passa da solo.',
  'finding.network.connection-reset.steps.2': 'Se succede di nuovo, fai il test su un’altra rete.',
  'finding.network.connection-reset.steps.3': 'Se il tuo antivirus controlla la posta, sospendi per poco quel controllo, ripeti il test e poi riattivalo.',
  'finding.network.connection-reset.admin': 'La mia connessione a {host} sulla porta {port} si interrompe a metà della sessione di posta. Potreste verificare se un firewall, un proxy o uno scanner della posta interrompe il traffico SMTP verso questo server?',

  'finding.network.greeting-timeout.title': 'Il server si è connesso ma non ha mai risposto',
  'finding.network.greeting-timeout.explanation': 'La connessione è stata stabilita, ma il server di posta non ha mai inviato il suo messaggio di benvenuto. Di solito l’impostazione di sicurezza non corrisponde alla porta, oppure qualcosa nel mezzo trattiene la connessione.',
  'finding.network.greeting-timeout.steps.1': 'Usa la porta {m365Port} con STARTTLS.',
  'finding.network.greeting-timeout.steps.2': 'Se hai scelto SSL/TLS, passa a STARTTLS. Se hai scelto la porta {port465}, passa alla {m365Port}.',
  'finding.network.greeting-timeout.steps.3': 'Fai il test su un’altra rete per escludere un firewall.',
  'finding.network.greeting-timeout.admin': 'Il mio computer si connette a {host} sulla porta {port}, ma il messaggio di benvenuto SMTP del server non arriva mai. Potreste verificare se un firewall o un proxy trattiene le connessioni SMTP su questa porta?',

  // tls
  'finding.tls.mode-mismatch.title': 'L’impostazione di sicurezza non corrisponde alla porta',
  'finding.tls.mode-mismatch.explanation': 'L’app ha avviato la crittografia in modo diverso da come se lo aspetta il server. La porta {m365Port} richiede STARTTLS; SSL/TLS fin dal primo momento corrisponde alla porta {port465}.',
  'finding.tls.mode-mismatch.steps.1': 'Imposta la porta su {m365Port} e la sicurezza su STARTTLS.',
  'finding.tls.mode-mismatch.steps.2': 'Alcune app chiamano STARTTLS “TLS” e chiamano “SSL” il TLS implicito. Per la porta {m365Port}, scegli STARTTLS (o “TLS”).',
  'finding.tls.mode-mismatch.steps.3': 'Ripeti il test.',
  'finding.tls.mode-mismatch.admin': 'L’impostazione di sicurezza che usa {sender} non corrispondeva al server {host} sulla porta {port} (confusione tra STARTTLS e SSL/TLS). Passo alla porta {m365Port} con STARTTLS. Fatemi sapere se la nostra organizzazione usa impostazioni diverse.',

  'finding.tls.port-465-unsupported.title': 'Microsoft non offre la porta 465',
  'finding.tls.port-465-unsupported.explanation': '{host} è un server Microsoft, e Microsoft non accetta posta dalle app sulla porta {port465}. Non è un guasto di rete: usa la porta {m365Port} con STARTTLS.',
  'finding.tls.port-465-unsupported.steps.1': 'Cambia la porta in {m365Port} e la sicurezza in STARTTLS.',
  'finding.tls.port-465-unsupported.steps.2': 'Se il tuo dispositivo può usare solo la porta {port465}, non può inviare direttamente tramite Microsoft 365: chiedi al reparto IT un relay.',
  'finding.tls.port-465-unsupported.admin': 'Avevo impostato {sender} sulla porta {port465} per {host}, che Microsoft 365 non supporta per l’invio. Passo alla porta {m365Port} con STARTTLS. Potreste dirmi se la nostra organizzazione usa impostazioni diverse? Un dispositivo che può usare solo la porta {port465} ha bisogno di un’altra strada, per esempio un inoltro tramite connettore.',

  'finding.tls.starttls-unavailable.title': 'Il server non offre la crittografia',
  'finding.tls.starttls-unavailable.explanation': 'Il server non ha offerto STARTTLS, quindi la tua password non può essere inviata in modo sicuro. I server Microsoft lo offrono sempre: il nome del server è sbagliato, oppure qualcosa nella rete lo rimuove.',
  'finding.tls.starttls-unavailable.steps.1': 'Controlla il nome del server: {m365Host} per Microsoft 365.',
  'finding.tls.starttls-unavailable.steps.2': 'Fai il test su un’altra rete: alcuni firewall rimuovono STARTTLS dalle connessioni di posta.',
  'finding.tls.starttls-unavailable.steps.3': 'Non disattivare la crittografia per farlo funzionare.',
  'finding.tls.starttls-unavailable.admin': 'Il server SMTP {host} sulla porta {port} non offre STARTTLS al mio computer. Potreste verificare se un firewall o una funzione di ispezione SMTP rimuove STARTTLS dalle connessioni SMTP?',

  'finding.tls.version-too-old.title': 'La tua app usa una versione di crittografia vecchia e bloccata',
  'finding.tls.version-too-old.explanation': 'Microsoft accetta solo {tlsMinimum} o versioni successive, e questa app o questo dispositivo ha proposto una versione più vecchia. Di solito basta aggiornare l’app o il sistema operativo.',
  'finding.tls.version-too-old.steps.1': 'Installa gli aggiornamenti della tua app di posta e del sistema operativo, poi ripeti il test.',
  'finding.tls.version-too-old.steps.2': 'Se è un vecchio dispositivo che non si può aggiornare, chiedi al reparto IT: Microsoft offre un’opzione legacy da attivare su richiesta.',
  'finding.tls.version-too-old.admin': 'Quando invio con {sender} tramite {host} viene usato TLS 1.0 o 1.1, che Exchange Online rifiuta (421 4.7.66). Potreste aiutarmi ad aggiornarne il software? Se il dispositivo non si può aggiornare, Microsoft offre un endpoint legacy da attivare su richiesta, {legacyHost}, con l’impostazione indicata sotto (non disponibile in GCC, GCC High o DoD).',

  'finding.tls.handshake-failed.title': 'Non è stato possibile stabilire la connessione protetta',
  'finding.tls.handshake-failed.explanation': 'Il server di posta è stato raggiunto, ma l’attivazione della crittografia non è riuscita e il messaggio non dice perché. Spesso l’app o il dispositivo conosce solo una crittografia vecchia (Microsoft richiede {tlsMinimum}), oppure interferisce un programma di sicurezza.',
  'finding.tls.handshake-failed.steps.1': 'Installa gli aggiornamenti dell’app o del dispositivo (il firmware, per una stampante o uno scanner), poi ripeti il test.',
  'finding.tls.handshake-failed.steps.2': 'Fai il test qui con questa app: indica il problema esatto di certificato o di versione.',
  'finding.tls.handshake-failed.steps.3': 'Se il tuo antivirus controlla la posta, chiedi al reparto IT se ispeziona le connessioni di posta.',
  'finding.tls.handshake-failed.admin': 'Quando invio con {sender} tramite {host}, l’invio non riesce durante l’attivazione di TLS (dopo STARTTLS), senza altri dettagli. Potreste verificare che supporti {tlsMinimum} e consideri attendibile {g2Root}, e se l’ispezione SSL/TLS nella nostra rete intercetta la connessione?',

  'finding.tls.certificate-untrusted.title': 'Questo computer non considera attendibile il certificato del server',
  'finding.tls.certificate-untrusted.explanation': 'Il certificato del server porta a un certificato radice che questo computer non ha o non considera più attendibile. Per i server Microsoft di solito si tratta di un archivio certificati non aggiornato, non di un attacco.',
  'finding.tls.certificate-untrusted.steps.1': 'Installa gli aggiornamenti del sistema operativo: aggiornano i certificati attendibili.',
  'finding.tls.certificate-untrusted.steps.2': 'Aggiorna questa app all’ultima versione.',
  'finding.tls.certificate-untrusted.steps.3': 'Se non basta, chiedi al reparto IT di aggiungere il certificato radice mancante.',
  'finding.tls.certificate-untrusted.admin': 'Il certificato di {host} non è considerato attendibile sul mio computer (per esempio “unable to get local issuer certificate”). Microsoft chiede ai client di considerare attendibile {g2Root}, e gli archivi certificati più recenti non includono più DigiCert Global Root CA (G1), che alcuni server Microsoft usano ancora. Potreste aggiornare i certificati radice attendibili sul mio computer?',

  'finding.tls.intercepted.title': 'Un programma di sicurezza intercetta la tua connessione di posta',
  'finding.tls.intercepted.explanation': 'Il certificato proviene da {interceptor}, non dalla vera autorità di certificazione del server di posta. Antivirus, firewall e proxy lo fanno per controllare il traffico, e così la connessione protetta della posta non funziona più.',
  'finding.tls.intercepted.steps.1': 'Nelle impostazioni dell’antivirus disattiva il controllo della posta o la scansione SSL per la posta in uscita, oppure aggiungi un’eccezione per {host}.',
  'finding.tls.intercepted.steps.2': 'Se quel prodotto è gestito dalla tua azienda, chiedi al reparto IT di aggiungere l’eccezione.',
  'finding.tls.intercepted.steps.3': 'Non accettare comunque il certificato: la tua password passerebbe attraverso quel programma.',
  'finding.tls.intercepted.admin': 'La mia connessione a {host} sulla porta {port} viene intercettata: il certificato è emesso da {interceptor} invece che dall’autorità di certificazione pubblica del server. Potreste escludere {host} porta {port} dall’ispezione SSL/TLS e dal controllo della posta in quel prodotto?',

  'finding.tls.hostname-mismatch.title': 'Il certificato appartiene a un altro server',
  'finding.tls.hostname-mismatch.explanation': 'Il server ha mostrato un certificato per un nome diverso da {host}. Il nome del server potrebbe essere sbagliato, oppure ha risposto al suo posto una pagina di accesso o un proxy di questa rete.',
  'finding.tls.hostname-mismatch.steps.1': 'Controlla il nome del server: per Microsoft 365 è {m365Host}, mai un indirizzo IP.',
  'finding.tls.hostname-mismatch.steps.2': 'Sul Wi-Fi di un hotel o per gli ospiti, accedi prima alla rete dal browser, poi ripeti il test.',
  'finding.tls.hostname-mismatch.admin': 'Il certificato TLS presentato per {host} sulla porta {port} non corrisponde a quel nome. Potreste verificare se un proxy o un captive portal nella nostra rete risponde al posto del server vero?',

  'finding.tls.certificate-expired.title': 'Il certificato del server è scaduto',
  'finding.tls.certificate-expired.explanation': 'Il certificato mostrato dal server ha superato la data di scadenza. Se la data di questo computer è giusta, il problema è del server o di qualcosa nel mezzo.',
  'finding.tls.certificate-expired.steps.1': 'Controlla data e ora su questo computer.',
  'finding.tls.certificate-expired.steps.2': 'Se la data è giusta, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.tls.certificate-expired.admin': 'Secondo il mio computer il certificato presentato da {host} sulla porta {port} è scaduto, e il mio orologio è corretto. Potreste controllare il certificato del server, o se un proxy ne presenta uno vecchio?',

  'finding.tls.certificate-not-yet-valid.title': 'Il certificato del server non è ancora valido',
  'finding.tls.certificate-not-yet-valid.explanation': 'Il server ha mostrato un certificato la cui data di inizio è ancora nel futuro. L’orologio di questo computer coincide con quello del server, quindi il problema è del certificato o di qualcosa nel mezzo.',
  'finding.tls.certificate-not-yet-valid.steps.1': 'Non cambiare l’orologio del computer: è giusto.',
  'finding.tls.certificate-not-yet-valid.steps.2': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.tls.certificate-not-yet-valid.admin': 'Il certificato presentato da {host} sulla porta {port} non è ancora valido (la data di inizio è nel futuro), anche se l’orologio del mio computer coincide con l’ora indicata dal server nel suo messaggio di benvenuto. Potreste controllare il certificato su quel server, o se un proxy nella nostra rete ne presenta uno proprio?',

  'finding.tls.clock-skew.title': 'L’orologio di questo computer è sbagliato',
  'finding.tls.clock-skew.explanation': 'Le connessioni protette controllano le date, e la data o l’ora di questo computer non sono giuste. Così i certificati sembrano scaduti o non ancora validi.',
  'finding.tls.clock-skew.steps.1': 'Imposta correttamente data, ora e fuso orario, possibilmente con “Imposta automaticamente l’ora”.',
  'finding.tls.clock-skew.steps.2': 'Ripeti il test.',
  'finding.tls.clock-skew.admin': 'L’orologio del mio computer sembra sbagliato, e questo impedisce il controllo del certificato di {host}. Potreste aiutarmi a sistemare la sincronizzazione dell’ora su questo computer?',

  'finding.tls.revocation-unreachable.title': 'Il servizio di controllo dei certificati non è raggiungibile',
  'finding.tls.revocation-unreachable.explanation': 'Per controllare il certificato del server, questo computer deve raggiungere l’elenco di revoca dell’autorità di certificazione. La rete lo blocca.',
  'finding.tls.revocation-unreachable.steps.1': 'Fai il test su un’altra rete.',
  'finding.tls.revocation-unreachable.steps.2': 'Chiedi al reparto IT di consentire gli indirizzi di revoca dell’autorità di certificazione (CRL e OCSP).',
  'finding.tls.revocation-unreachable.admin': 'Il controllo del certificato di {host} non riesce con “unable to get certificate CRL”, quindi gli indirizzi di revoca dei certificati sembrano bloccati nella nostra rete. Potreste consentire il traffico HTTP in uscita verso gli indirizzi CRL e OCSP indicati nella catena di certificati del server?',

  // protocol
  'finding.protocol.ehlo-required.title': 'L’app ha saltato un passaggio obbligatorio dopo la crittografia',
  'finding.protocol.ehlo-required.explanation': 'Dopo aver attivato la crittografia, l’app deve ripresentarsi al server (EHLO), e non l’ha fatto. È un problema dell’app di posta, non del tuo account.',
  'finding.protocol.ehlo-required.steps.1': 'Aggiorna l’app di posta o il dispositivo.',
  'finding.protocol.ehlo-required.steps.2': 'Se succede ancora con STARTTLS sulla porta {m365Port}, solo il produttore dell’app può risolverlo.',
  'finding.protocol.ehlo-required.admin': 'Dopo STARTTLS, {sender} non ripete EHLO, quindi {host} risponde “503 5.5.2 Send hello first”. Potreste aiutarmi con un aggiornamento o una sostituzione?',

  'finding.protocol.starttls-required.title': 'Il server richiede prima la crittografia',
  'finding.protocol.starttls-required.explanation': 'L’app ha provato ad accedere o a inviare prima di attivare la crittografia, e il server ha rifiutato. Si risolve attivando STARTTLS.',
  'finding.protocol.starttls-required.steps.1': 'Imposta la sicurezza su STARTTLS sulla porta {m365Port}.',
  'finding.protocol.starttls-required.steps.2': 'Ripeti il test.',
  'finding.protocol.starttls-required.admin': 'Con {sender} l’invio tramite {host} è avvenuto senza STARTTLS ed è stato rifiutato. Attivo STARTTLS sulla porta {m365Port}. Fatemi sapere se le nostre impostazioni sono diverse.',

  'finding.protocol.command-unrecognized.title': 'Il server non ha capito l’app',
  'finding.protocol.command-unrecognized.explanation': 'Il server ha ricevuto qualcosa che non è riuscito a leggere come comando di posta. Di solito l’impostazione di sicurezza o la porta sono sbagliate, oppure qualcosa nel mezzo modifica la connessione.',
  'finding.protocol.command-unrecognized.steps.1': 'Usa la porta {m365Port} con STARTTLS.',
  'finding.protocol.command-unrecognized.steps.2': 'Fai il test su un’altra rete per escludere un proxy.',
  'finding.protocol.command-unrecognized.admin': 'Quando {sender} si connette, {host} risponde “500 5.3.3 Unrecognized command”. Potreste verificare se un proxy o un’ispezione SMTP modifica la connessione?',
};
