import type { findingsSending as source } from '../en/findings-sending';
import type { Translation } from '../translation';

/** Italian: findings about sending, relay, the tenant and unknown replies. */
export const findingsSending: Translation<typeof source> = {
  'finding.unknown.quoted': 'Testo ricevuto: “{quote}”',

  // send
  'finding.send.send-as-denied.title': 'Non hai l’autorizzazione a inviare da questo indirizzo',
  'finding.send.send-as-denied.explanation': 'L’indirizzo del mittente (Da) è diverso dalla cassetta postale con cui hai effettuato l’accesso, e non hai l’autorizzazione “Invia come” per quell’indirizzo.',
  'finding.send.send-as-denied.steps.1': 'Invia dall’indirizzo con cui accedi e ripeti il test.',
  'finding.send.send-as-denied.steps.2': 'Per inviare come un altro indirizzo (per esempio una cassetta postale condivisa), chiedi al reparto IT l’autorizzazione “Invia come”.',
  'finding.send.send-as-denied.admin': 'Potreste concedere al mio account {address} l’autorizzazione “Invia come” sulla cassetta postale da cui devo inviare? Exchange Online lo rifiuta con 5.7.60 o 5.2.252 SendAsDenied.',

  'finding.send.outbound-spam.title': 'Microsoft ha bloccato la tua posta come possibile spam',
  'finding.send.outbound-spam.explanation': 'La protezione antispam di Microsoft ha impedito a questo account di inviare. Succede spesso con account nuovi o non verificati, oppure dopo molti invii.',
  'finding.send.outbound-spam.steps.1': 'Accedi a outlook.com (o outlook.office.com) in un browser e completa le verifiche richieste.',
  'finding.send.outbound-spam.steps.2': 'Aspetta qualche ora e invia meno messaggi alla volta.',
  'finding.send.outbound-spam.steps.3': 'Se succede di nuovo, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.send.outbound-spam.admin': 'La posta da {address} viene rifiutata con “OutboundSpamException” (classificata come spam in uscita). Potreste verificare se l’account è limitato o compromesso, oppure se richiede una verifica?',

  'finding.send.quota-exceeded.title': 'Hai raggiunto il limite di invio di oggi',
  'finding.send.quota-exceeded.explanation': 'Microsoft consente fino a {recipientsPerDay} destinatari al giorno per cassetta postale, e questa cassetta postale ha raggiunto il limite. Il limite si azzera entro {quotaWindow}.',
  'finding.send.quota-exceeded.steps.1': 'Aspetta fino a {quotaWindow}, poi invia di nuovo.',
  'finding.send.quota-exceeded.steps.2': 'Se non hai inviato così tanta posta, avvisa subito il reparto IT: qualcuno potrebbe usare il tuo account in modo improprio.',
  'finding.send.quota-exceeded.admin': 'La mia cassetta postale {address} ha raggiunto il limite di invio di Exchange Online (SubmissionQuotaExceededException o “5.2.2 Submission quota exceeded”; {recipientsPerDay} destinatari al giorno). Potreste verificare se quel volume è previsto o se l’account potrebbe essere compromesso?',

  'finding.send.mailbox-full.title': 'La tua cassetta postale è piena',
  'finding.send.mailbox-full.explanation': 'La posta inviata viene salvata in Posta inviata, e la tua cassetta postale non ha più spazio. Il server rifiuta l’invio finché non si libera spazio.',
  'finding.send.mailbox-full.steps.1': 'Elimina la posta vecchia, soprattutto gli elementi grandi in Posta inviata, poi svuota Posta eliminata.',
  'finding.send.mailbox-full.steps.2': 'Ripeti il test.',
  'finding.send.mailbox-full.steps.3': 'Chiedi al reparto IT più spazio o una pulizia automatica di Posta inviata.',
  'finding.send.mailbox-full.admin': 'La mia cassetta postale {address} è piena, quindi l’invio non riesce (554 5.2.2 mailbox full; STOREDRV.Submission QuotaExceededException). Potreste aiutarmi a liberare spazio, o applicare un criterio di conservazione a Posta inviata?',

  'finding.send.recipient-mailbox-full.title': 'La cassetta postale del destinatario è piena',
  'finding.send.recipient-mailbox-full.explanation': 'La persona a cui hai scritto non ha più spazio nella sua cassetta postale, quindi il suo server di posta ha rifiutato il messaggio. Il tuo account e le tue impostazioni non hanno nessun problema.',
  'finding.send.recipient-mailbox-full.steps.1': 'Riprova più tardi, o contatta la persona in un altro modo.',
  'finding.send.recipient-mailbox-full.steps.2': 'Non c’è niente da cambiare nelle tue impostazioni.',
  'finding.send.recipient-mailbox-full.admin': 'Un messaggio da {address} è tornato indietro perché la cassetta postale del destinatario è piena (5.2.2 dal server ricevente). Per quanto ne so, da parte nostra non serve cambiare nulla; fatemi sapere se vedete qualcosa di diverso.',

  'finding.send.message-too-large.title': 'Il messaggio è troppo grande',
  'finding.send.message-too-large.explanation': 'Il server ha rifiutato il messaggio perché supera le dimensioni che accetta, di solito a causa di allegati o scansioni grandi.',
  'finding.send.message-too-large.steps.1': 'Invia allegati più piccoli, oppure condividi un link al file.',
  'finding.send.message-too-large.steps.2': 'Per uno scanner, scansiona a una risoluzione più bassa o in bianco e nero.',
  'finding.send.message-too-large.admin': 'La posta inviata con {sender} viene rifiutata perché troppo grande (risposta 5.2.3 o 5.3.4 sulle dimensioni del messaggio). Potreste dirmi qual è il limite di dimensioni per la mia cassetta postale e per il destinatario, o aumentarlo se è il caso?',

  'finding.send.concurrency-limit.title': 'Troppe connessioni contemporanee',
  'finding.send.concurrency-limit.explanation': 'Microsoft consente al massimo {concurrentConnections} connessioni di invio contemporanee da una cassetta postale. Probabilmente un’altra app o un altro dispositivo sta inviando dalla tua cassetta postale proprio ora.',
  'finding.send.concurrency-limit.steps.1': 'Aspetta un momento e ripeti il test.',
  'finding.send.concurrency-limit.steps.2': 'Chiudi le altre app o gli altri dispositivi che inviano contemporaneamente da questa cassetta postale.',
  'finding.send.concurrency-limit.admin': 'La mia cassetta postale {address} riceve “432 4.3.2 Concurrent connections limit exceeded” (Exchange Online consente {concurrentConnections} connessioni di invio per cassetta postale). Potreste verificare quali app o dispositivi inviano contemporaneamente da questa cassetta postale?',

  'finding.send.throttled.title': 'L’invio è sospeso per questa cassetta postale dopo errori ripetuti',
  'finding.send.throttled.explanation': 'Microsoft ha sospeso l’invio dalle app per questa cassetta postale perché lo stesso errore si ripeteva. Risolvi l’errore precedente; poi la sospensione termina da sola.',
  'finding.send.throttled.steps.1': 'Trova e risolvi l’errore precedente, per esempio una cassetta postale piena o un indirizzo del mittente sbagliato.',
  'finding.send.throttled.steps.2': 'Ferma qualsiasi app che continua a riprovare.',
  'finding.send.throttled.steps.3': 'Aspetta. Se è urgente, chiedi al reparto IT se puoi inviare da un’altra cassetta postale.',
  'finding.send.throttled.admin': 'Exchange Online ha limitato SMTP AUTH per {address} dopo errori continui (da 550 5.2.251 a 5.2.255). Il supporto Microsoft non può rimuovere il limite: termina quando la causa (cassetta postale piena, Invia come negato, licenza non valida, destinatari troppi o non validi) è stata risolta e il periodo di limitazione è scaduto. Potreste aiutarmi a trovare la causa?',

  'finding.send.restricted-sender.title': 'Il tuo account non può più inviare posta',
  'finding.send.restricted-sender.explanation': 'Microsoft ha bloccato l’invio da questo account, di solito perché ha inviato spam: spesso significa che qualcun altro lo ha usato. Il tuo amministratore IT deve sbloccarlo.',
  'finding.send.restricted-sender.steps.1': 'Cambia subito la password.',
  'finding.send.restricted-sender.steps.2': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.send.restricted-sender.admin': 'Il mio account {address} non può più inviare (550 5.1.8 Access denied, bad outbound sender), quindi probabilmente si trova nell’elenco delle entità con restrizioni. Potreste controllare se l’account è compromesso, reimpostarne la password e sbloccarlo?',

  'finding.send.spam-blocked.title': 'Microsoft ha rifiutato questa posta come spam',
  'finding.send.spam-blocked.explanation': 'Il sistema antispam di Microsoft ha rifiutato questo messaggio o l’indirizzo da cui proveniva. Il tuo amministratore IT può vedere il motivo e chiederne la rimozione.',
  'finding.send.spam-blocked.steps.1': 'Non inviare lo stesso messaggio più e più volte.',
  'finding.send.spam-blocked.steps.2': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.send.spam-blocked.admin': 'La posta da {address} viene rifiutata da Exchange Online con una risposta antispam “Access denied” (da 5.7.501 a 5.7.511). Potreste cercare il codice nella documentazione Microsoft sui rapporti di mancato recapito (NDR) e, se il nostro indirizzo IP o dominio è bloccato, chiederne la rimozione dall’elenco?',

  'finding.send.ip-blocklisted.title': 'L’indirizzo da cui parte la tua posta è in un elenco di blocco',
  'finding.send.ip-blocklisted.explanation': 'Il servizio di posta del destinatario blocca l’indirizzo internet (IP) da cui viene inviata la tua posta, perché compare in un elenco di blocco antispam. Solo il reparto IT, o il fornitore di quell’indirizzo, può farlo rimuovere.',
  'finding.send.ip-blocklisted.steps.1': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.send.ip-blocklisted.steps.2': 'Non inviare lo stesso messaggio più e più volte.',
  'finding.send.ip-blocklisted.admin': 'La posta inviata con {sender} viene rifiutata perché il nostro indirizzo IP di invio è in un elenco di blocco (per esempio 5.7.606–5.7.649 “banned sending IP”, o un elenco di blocco DNS). Potreste scoprire perché l’indirizzo è in elenco, risolverne la causa e chiederne la rimozione? Il portale di rimozione di Microsoft è {delistPortal}.',

  'finding.send.from-rejected.title': 'L’indirizzo del mittente del messaggio è stato rifiutato',
  'finding.send.from-rejected.explanation': 'Il campo Da del messaggio manca, non è valido o non ha superato il controllo del dominio del mittente (DMARC). Vanno corrette l’app o le impostazioni del tuo dominio.',
  'finding.send.from-rejected.steps.1': 'Assicurati che l’app invii con il tuo indirizzo email come indirizzo del mittente.',
  'finding.send.from-rejected.steps.2': 'Se usi il dominio della tua organizzazione, chiedi al reparto IT di controllarne i record SPF, DKIM e DMARC.',
  'finding.send.from-rejected.admin': 'La posta da {address} viene rifiutata con 5.7.509 (DMARC) o 5.7.512 (From header not RFC 5322 compliant). Potreste controllare le impostazioni SPF, DKIM e DMARC del nostro dominio e l’intestazione From usata dall’app che invia?',

  'finding.send.temporary-restriction.title': 'Per ora Microsoft sta trattenendo la posta',
  'finding.send.temporary-restriction.explanation': 'Microsoft ha limitato temporaneamente l’invio da questa connessione, spesso dopo un aumento improvviso della posta. Di solito si risolve da solo.',
  'finding.send.temporary-restriction.steps.1': 'Aspetta e riprova più tardi.',
  'finding.send.temporary-restriction.steps.2': 'Se dura più di un giorno, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.send.temporary-restriction.admin': 'L’invio da {address} riceve “451 4.7.500-699 Access denied, please try again later”. Potreste verificare se il nostro indirizzo IP è limitato, e se inviamo da un indirizzo onmicrosoft.com (che ha dei limiti) oppure ci serve un connettore?',

  'finding.send.recipient-rejected.title': 'L’indirizzo del destinatario è stato rifiutato',
  'finding.send.recipient-rejected.explanation': 'Il server ha rifiutato l’indirizzo a cui stavi inviando. Potrebbe essere scritto male, oppure non esiste.',
  'finding.send.recipient-rejected.steps.1': 'Controlla che l’indirizzo del destinatario non abbia errori di battitura.',
  'finding.send.recipient-rejected.steps.2': 'Per il messaggio di prova, invialo al tuo indirizzo.',
  'finding.send.recipient-rejected.admin': 'Exchange Online rifiuta il destinatario quando invio da {address}. Potreste verificare se il destinatario esiste e se una regola del flusso di posta lo blocca?',

  'finding.send.forwarding-blocked.title': 'La tua organizzazione non consente l’inoltro all’esterno',
  'finding.send.forwarding-blocked.explanation': 'Un messaggio inoltrato automaticamente (da una regola di inoltro) a un indirizzo esterno è stato bloccato dalle impostazioni di sicurezza della tua organizzazione.',
  'finding.send.forwarding-blocked.steps.1': 'Se hai impostato una regola di inoltro, rimuovila o chiedi al reparto IT se è consentita.',
  'finding.send.forwarding-blocked.steps.2': 'Se l’inoltro ti serve per lavoro, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.send.forwarding-blocked.admin': 'L’inoltro automatico da {address} a un indirizzo esterno è bloccato (550 5.7.520 “Your organization does not allow external forwarding”). Potreste controllare il criterio antispam in uscita (impostazione indicata sotto) e dirmi se questo inoltro può essere consentito?',

  'finding.send.smtputf8-unsupported.title': 'Il server non gestisce questo indirizzo',
  'finding.send.smtputf8-unsupported.explanation': 'Prima della @ l’indirizzo contiene lettere che non fanno parte dell’alfabeto inglese di base (per esempio ü o é), e il server non supporta questo tipo di indirizzi.',
  'finding.send.smtputf8-unsupported.steps.1': 'Se la cassetta postale ha un indirizzo con lettere semplici (un alias), invia da quello.',
  'finding.send.smtputf8-unsupported.steps.2': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.send.smtputf8-unsupported.admin': 'L’invio con l’indirizzo {address} non riesce perché contiene caratteri non ASCII prima della @ e {host} non offre SMTPUTF8. Potreste dare alla cassetta postale un alias in ASCII semplice da usare per l’invio, o dirmi quale server accetta indirizzi internazionalizzati?',

  'finding.send.failed-no-detail.title': 'La tua app di posta non è riuscita a inviare e non ha detto perché',
  'finding.send.failed-no-detail.explanation': 'L’app di posta ha segnalato che l’invio non è riuscito, ma non ha mostrato la risposta del server. Il test qui mostra esattamente quale passaggio non riesce.',
  'finding.send.failed-no-detail.steps.1': 'Prova le tue impostazioni con questa app: scegli il tipo di account e avvia il test.',
  'finding.send.failed-no-detail.steps.2': 'Controlla il server della posta in uscita: per Microsoft 365 è {m365Host}, porta {m365Port}, STARTTLS, con il tuo indirizzo completo come nome utente.',
  'finding.send.failed-no-detail.steps.3': 'Se qui il test riesce, rimuovi l’account dall’app di posta e aggiungilo di nuovo.',
  'finding.send.failed-no-detail.admin': 'L’invio con {sender} non riesce con un messaggio che non indica il motivo (la risposta del server non viene mostrata). Potreste controllare il log di accesso di Entra e la traccia dei messaggi per {address}, o dirmi quali dettagli vi servono?',

  // tenant / relay / server
  'finding.tenant.blocked.title': 'Microsoft ha bloccato l’invio per la tua organizzazione',
  'finding.tenant.blocked.explanation': 'Microsoft ha limitato l’invio per tutta la tua organizzazione, per esempio per un abbonamento nuovo o di prova o per domini non verificati. Solo il tuo amministratore IT e Microsoft possono rimuovere il blocco.',
  'finding.tenant.blocked.steps.1': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.tenant.blocked.admin': 'Exchange Online rifiuta la nostra posta con un blocco a livello di tenant (5.7.705 tenant has exceeded threshold, 5.7.708 traffic not accepted from this IP o 5.7.750 unregistered domains). Potreste verificare i nostri domini (indicazioni sotto) e contattare il supporto Microsoft per rimuovere la limitazione?',

  'finding.relay.tenant-attribution.title': 'Il connettore di inoltro non riconosce questo mittente',
  'finding.relay.tenant-attribution.explanation': 'La posta inviata tramite l’inoltro della tua organizzazione non viene associata al suo connettore. Di solito è cambiato l’indirizzo IP di invio o il certificato.',
  'finding.relay.tenant-attribution.steps.1': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.relay.tenant-attribution.admin': 'L’inoltro non riesce con “5.7.64 TenantAttribution; Relay Access Denied”: il connettore in ingresso non corrisponde al nostro indirizzo IP di invio o al nostro certificato. Potreste aggiornare il connettore?',

  'finding.relay.direct-send-rejected.title': 'La tua organizzazione non consente Direct Send',
  'finding.relay.direct-send-rejected.explanation': 'Questo dispositivo invia senza accedere (“Direct Send”), e la tua organizzazione lo ha disattivato. Deve accedere oppure usare un connettore.',
  'finding.relay.direct-send-rejected.steps.1': 'Se il dispositivo può accedere, usa {m365Host}, porta {m365Port}, STARTTLS con accesso.',
  'finding.relay.direct-send-rejected.steps.2': 'Altrimenti invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.relay.direct-send-rejected.admin': 'Direct Send dal nostro dispositivo viene rifiutato (550 5.7.68 TenantInboundAttribution; Direct Send not allowed), quindi RejectDirectSend è attivo per la nostra organizzazione. Potreste configurare un connettore in ingresso da partner per l’indirizzo IP o il certificato del dispositivo, oppure dargli invece credenziali SMTP AUTH?',

  'finding.relay.external-recipients-not-allowed.title': 'Questa strada non può inviare a indirizzi esterni',
  'finding.relay.external-recipients-not-allowed.explanation': 'Con Direct Send (invio senza accesso verso il server di posta della tua organizzazione) la posta arriva solo all’interno dell’organizzazione. Per gli indirizzi esterni servono l’accesso o un connettore.',
  'finding.relay.external-recipients-not-allowed.steps.1': 'Fai il test con un indirizzo interno alla tua organizzazione.',
  'finding.relay.external-recipients-not-allowed.steps.2': 'Per inviare all’esterno, usa {m365Host}, porta {m365Port}, STARTTLS con accesso, oppure chiedi un connettore al reparto IT.',
  'finding.relay.external-recipients-not-allowed.admin': 'L’invio con {sender} a un destinatario esterno viene rifiutato (550 5.4.1 Relay Access Denied, o 550 5.7.54 Unable to relay recipient in non-accepted domain), perché Direct Send recapita solo ai destinatari interni. Potreste configurare un connettore in ingresso (impostazione indicata sotto) o fornire credenziali SMTP AUTH per questo invio?',

  'finding.server.temporary-failure.title': 'Il server ha avuto un problema temporaneo',
  'finding.server.temporary-failure.explanation': 'Il server di posta ha detto che in questo momento non può gestire la richiesta. Di solito questi problemi si risolvono da soli nel giro di pochi minuti.',
  'finding.server.temporary-failure.steps.1': 'Aspetta qualche minuto e ripeti il test.',
  'finding.server.temporary-failure.steps.2': 'Se dura più di un’ora, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.server.temporary-failure.admin': '{host} continua a restituire un errore temporaneo quando invio. Potreste controllare l’integrità del servizio Exchange Online in Microsoft 365?',

  'finding.unknown.title': 'Non riconosciamo questo errore',
  'finding.unknown.explanation': 'Il server o l’app ha segnalato un problema che questa app non conosce ancora. Le sue parole esatte vengono conservate, così il tuo amministratore IT può cercarle.',
  'finding.unknown.steps.1': 'Controlla nome del server, porta e sicurezza. Per Microsoft 365: {m365Host}, {m365Port}, STARTTLS.',
  'finding.unknown.steps.2': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.unknown.admin': 'L’invio come {address} con {sender} tramite {host} non riesce con un errore che Mail Setup Assistant non riconosce. Potreste darci un’occhiata?',
};
