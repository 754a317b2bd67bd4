import type { findingsAuth as source } from '../en/findings-auth';
import type { Translation } from '../translation';

/** Italian: findings about signing in with a password. */
export const findingsAuth: Translation<typeof source> = {
  'finding.auth.smtp-auth-disabled-tenant.title': 'L’invio dalle app è disattivato per la tua organizzazione',
  'finding.auth.smtp-auth-disabled-tenant.explanation': 'La tua organizzazione ha disattivato per tutte le cassette postali l’accesso delle app per l’invio della posta (“SMTP AUTH”). Il problema non è la tua password: solo il tuo amministratore IT può attivarlo per la tua cassetta postale.',
  'finding.auth.smtp-auth-disabled-tenant.steps.1': 'Non cambiare la password: non è questa la causa.',
  'finding.auth.smtp-auth-disabled-tenant.steps.2': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.smtp-auth-disabled-tenant.steps.3': 'Ripeti il test quando ti confermano la modifica.',
  'finding.auth.smtp-auth-disabled-tenant.admin': 'Potreste per cortesia attivare SMTP autenticato per la mia cassetta postale {address}, così che {sender} possa inviare? SMTP AUTH è disattivato per la nostra organizzazione (SmtpClientAuthenticationDisabled) e l’impostazione della cassetta postale prevale su quella dell’organizzazione. Anche l’accesso con Microsoft (OAuth) per l’invio richiede questa impostazione.',

  'finding.auth.smtp-auth-disabled-mailbox.title': 'L’invio dalle app è disattivato per la tua cassetta postale',
  'finding.auth.smtp-auth-disabled-mailbox.explanation': 'L’impostazione “SMTP autenticato” è disattivata per la tua cassetta postale, quindi il server rifiuta ogni app che accede per inviare. Solo il tuo amministratore IT può attivarla.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.1': 'Non cambiare la password: non è questa la causa.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.2': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.3': 'Ripeti il test quando ti confermano la modifica.',
  'finding.auth.smtp-auth-disabled-mailbox.admin': 'Potreste per cortesia attivare SMTP autenticato per la mia cassetta postale {address}, così che {sender} possa inviare? Il server indica che l’autenticazione client SMTP è disattivata per la cassetta postale.',

  'finding.auth.basic-auth-disabled.title': 'L’accesso con password è bloccato',
  'finding.auth.basic-auth-disabled.explanation': 'La tua organizzazione blocca l’accesso con password (“autenticazione di base”) per l’invio dalle app: usa invece “Accedi con Microsoft”. Dalla fine di {basicOffMonth} è disattivato per impostazione predefinita nelle organizzazioni esistenti; per ora il reparto IT può riattivarlo.',
  'finding.auth.basic-auth-disabled.steps.1': 'Scegli “Accedi con Microsoft” in questa app e ripeti il test.',
  'finding.auth.basic-auth-disabled.steps.2': 'Le password per le app non servono: anche quelle sono un accesso con password.',
  'finding.auth.basic-auth-disabled.steps.3': 'Se il tuo dispositivo non può usare l’accesso con Microsoft, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.basic-auth-disabled.admin': 'L’autenticazione con password (di base) per SMTP è bloccata per la mia cassetta postale {address} (535 5.7.139 “basic authentication is disabled”). Sto configurando {sender} per l’accesso con Microsoft (OAuth 2.0). Potreste confermarmi che è consentito nel nostro tenant (potrebbe servire il consenso amministratore) e che SMTP autenticato resta attivo per la mia cassetta postale? Se per ora l’autenticazione di base deve restare, potrebbe bloccarla un criterio di autenticazione (indicato sotto; Set-AuthenticationPolicy -AllowBasicAuthSmtp). Dalla fine di {basicOffMonth} Microsoft disattiva per impostazione predefinita l’autenticazione di base per SMTP AUTH nei tenant esistenti (i tenant creati dopo non ce l’hanno); per ora gli amministratori possono riattivarla e la data di rimozione definitiva sarà annunciata durante {finalDateHalf}, quindi la soluzione duratura è OAuth.',

  'finding.auth.basic-auth-removed.title': 'Il server non accetta password per l’invio',
  'finding.auth.basic-auth-removed.explanation': 'Exchange Online ha risposto che l’accesso con password (autenticazione di base) non è accettato per l’invio dalle app su questa cassetta postale. Funziona invece “Accedi con Microsoft”.',
  'finding.auth.basic-auth-removed.steps.1': 'Scegli “Accedi con Microsoft” in questa app e ripeti il test.',
  'finding.auth.basic-auth-removed.steps.2': 'Se un dispositivo non può accedere con Microsoft, chiedi al reparto IT un altro modo per inviare, per esempio un inoltro tramite connettore.',
  'finding.auth.basic-auth-removed.admin': 'Exchange Online ha rifiutato l’accesso con password per {address} con “550 5.7.30 Basic authentication is not supported for Client Submission”. Sto configurando {sender} per l’accesso con Microsoft (OAuth 2.0). Potreste confermarmi che è consentito nel nostro tenant? I dispositivi che non possono usare OAuth hanno bisogno di un’altra strada: High Volume Email (solo destinatari interni), Azure Communication Services Email, un inoltro tramite connettore in ingresso oppure Direct Send (solo destinatari interni).',

  'finding.auth.security-defaults.title': 'Le impostazioni di sicurezza della tua organizzazione bloccano l’accesso delle app',
  'finding.auth.security-defaults.explanation': 'Per la tua organizzazione sono attive le “impostazioni predefinite per la sicurezza” di Microsoft, che bloccano l’accesso con password dalle app di posta. Usa invece “Accedi con Microsoft”.',
  'finding.auth.security-defaults.steps.1': 'Scegli “Accedi con Microsoft” in questa app e ripeti il test.',
  'finding.auth.security-defaults.steps.2': 'Se il tuo dispositivo non può usare l’accesso con Microsoft, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.security-defaults.admin': 'Il mio accesso SMTP come {address} viene rifiutato con “user is locked by your organization’s security defaults policy”. Le impostazioni predefinite per la sicurezza bloccano l’autenticazione di base per SMTP. Sto configurando {sender} per l’accesso con Microsoft (OAuth 2.0). Potreste confermarmi che è consentito nel nostro tenant e che SMTP autenticato è attivo per la mia cassetta postale? L’SMTP con autenticazione di base tornerebbe a funzionare solo sostituendo le impostazioni predefinite per la sicurezza con criteri di accesso condizionale (impostazione indicata sotto), il che riduce la sicurezza: per questo non lo consiglio.',

  'finding.auth.conditional-access.title': 'Una regola di accesso della tua organizzazione ha bloccato l’accesso',
  'finding.auth.conditional-access.explanation': 'La tua organizzazione ha delle regole di accesso (accesso condizionale o autenticazione a più fattori) e questo accesso non le rispettava. Il tuo amministratore IT può vedere il motivo esatto nel log di accesso.',
  'finding.auth.conditional-access.steps.1': 'Scegli “Accedi con Microsoft” in questa app: permette di completare l’accesso a più fattori.',
  'finding.auth.conditional-access.steps.2': 'Se ancora non funziona, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.conditional-access.admin': 'Quando {sender} accede via SMTP come {address}, l’accesso non riesce con “the request did not meet the criteria to be authenticated successfully”. Potreste controllare il log di accesso di Microsoft Entra per il mio account (indicato sotto) per vedere quale criterio di accesso condizionale o requisito MFA lo ha bloccato? Preferirei usare l’accesso con Microsoft (OAuth 2.0) piuttosto che un’esclusione per l’autenticazione legacy.',

  'finding.auth.bad-credentials.title': 'Nome utente o password errati',
  'finding.auth.bad-credentials.explanation': 'Il server non ha accettato nome utente e password. Per Microsoft 365 il nome utente è il tuo indirizzo email completo.',
  'finding.auth.bad-credentials.steps.1': 'Come nome utente scrivi il tuo indirizzo email completo.',
  'finding.auth.bad-credentials.steps.2': 'Digita di nuovo la password con attenzione (controlla il Bloc Maiusc). Accedendo a outlook.office.com vedi se è giusta.',
  'finding.auth.bad-credentials.steps.3': 'Se usi una password per le app, creane una nuova oppure, meglio ancora, scegli “Accedi con Microsoft”.',
  'finding.auth.bad-credentials.admin': 'Quando {sender} accede via SMTP come {address}, l’accesso viene rifiutato (“the user credentials were incorrect” o “535 5.7.3 Authentication unsuccessful”), anche se ho controllato la password. Potreste verificare se il mio account è bloccato o se la password è scaduta, e se SMTP autenticato è attivo per la mia cassetta postale?',

  'finding.auth.federation-failure.title': 'Il servizio di accesso della tua organizzazione non ha risposto',
  'finding.auth.federation-failure.explanation': 'La tua organizzazione ti fa accedere tramite un proprio servizio di accesso, e Microsoft non è riuscita a raggiungerlo o a usarlo. Il problema è dalla parte della tua organizzazione, non nella tua password.',
  'finding.auth.federation-failure.steps.1': 'Aspetta qualche minuto e ripeti il test.',
  'finding.auth.federation-failure.steps.2': 'Se continua a non funzionare, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.federation-failure.admin': 'L’accesso SMTP per {address} non riesce con “federated STS service was unreachable” (oppure “the federated STS URL does not support HTTPS”). Potreste verificare che il nostro servizio di federazione (AD FS o il nostro provider di identità) sia raggiungibile da Microsoft 365 tramite HTTPS?',

  'finding.auth.rejected.title': 'Il server ha rifiutato l’accesso',
  'finding.auth.rejected.explanation': 'Il server di posta ha rifiutato l’accesso per un motivo che questa app non riconosce. La sua risposta esatta viene inserita nel messaggio per il tuo amministratore IT.',
  'finding.auth.rejected.steps.1': 'Controlla il nome utente (il tuo indirizzo email completo) e la password.',
  'finding.auth.rejected.steps.2': 'Scegli “Accedi con Microsoft” se il tuo account lo supporta.',
  'finding.auth.rejected.steps.3': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.rejected.admin': 'Quando {sender} accede via SMTP a {host} come {address}, l’accesso viene rifiutato. Potreste verificare che SMTP autenticato sia attivo per la mia cassetta postale e se un criterio di accesso lo blocca (il log di accesso di Microsoft Entra indica il motivo)?',

  'finding.auth.unexpected-reply.title': 'Il server ha dato una risposta insolita all’accesso',
  'finding.auth.unexpected-reply.explanation': 'Il server di posta non ha detto né sì né no al tuo accesso: ha dato una risposta che non corrisponde a un accesso riuscito. Per questo l’app non può sapere se la tua password funziona e non la memorizza.',
  'finding.auth.unexpected-reply.steps.1': 'Non cambiare la password per questo motivo: potrebbe benissimo essere giusta.',
  'finding.auth.unexpected-reply.steps.2': 'Invia il messaggio qui sotto al tuo amministratore IT, che può controllare il server di posta.',
  'finding.auth.unexpected-reply.admin': 'Quando accedo a {host} sulla porta {port} come {address}, il server chiude lo scambio AUTH con una risposta diversa da 235, quindi il client non può considerare riuscito l’accesso (RFC 4954, sezione 6: 235 significa autenticazione riuscita). Potreste controllare il server, e qualsiasi cosa tra noi e il server che riscriva il traffico SMTP (un proxy o la protezione della posta di un antivirus), cercando la risposta riportata sotto?',

  'finding.auth.mechanism-unsupported.title': 'Il server non supporta il metodo di accesso dell’app',
  'finding.auth.mechanism-unsupported.explanation': 'L’app ha provato un metodo di accesso che il server non offre. I server Microsoft accettano solo LOGIN e l’accesso con Microsoft (XOAUTH2), mai PLAIN.',
  'finding.auth.mechanism-unsupported.steps.1': 'Invia tramite {m365Host}: l’indirizzo {mxSuffix} del tenant non prevede nessun accesso.',
  'finding.auth.mechanism-unsupported.steps.2': 'Nelle impostazioni dell’app scegli “Accedi con Microsoft” oppure il metodo con password LOGIN.',
  'finding.auth.mechanism-unsupported.admin': 'Al metodo di accesso che usa {sender}, {host} risponde “504 5.7.4 Unrecognized authentication type”. Microsoft 365 offre AUTH LOGIN e XOAUTH2 su {m365Host}, porta {m365Port}, dopo STARTTLS. Potreste aiutarmi a impostare l’invio in questo modo?',

  'finding.auth.not-offered.title': 'Il server non ha offerto l’accesso',
  'finding.auth.not-offered.explanation': 'Dopo aver protetto la connessione, il server non ha elencato nessun metodo di accesso, quindi non è stato possibile controllare il tuo account. Il server potrebbe essere un relay che non prevede l’accesso, oppure il nome è sbagliato.',
  'finding.auth.not-offered.steps.1': 'Per Microsoft 365 usa {m365Host}, porta {m365Port}, STARTTLS.',
  'finding.auth.not-offered.steps.2': 'Se invii tramite un relay (un indirizzo {mxSuffix} sulla porta 25), imposta l’invio senza accesso.',
  'finding.auth.not-offered.admin': '{host} sulla porta {port} non offre AUTH dopo STARTTLS, quindi il mio account non può accedere. Potreste dirmi se è il server giusto per l’invio autenticato o se devo usare {m365Host} sulla porta {m365Port}?',

  'finding.auth.required.title': 'Il server chiede prima l’accesso',
  'finding.auth.required.explanation': 'Il server ha rifiutato l’invio perché l’app non aveva effettuato l’accesso. Non era stato configurato nessun accesso, oppure l’accesso non era riuscito prima di questo passaggio.',
  'finding.auth.required.steps.1': 'Attiva l’accesso (“Il server della posta in uscita (SMTP) richiede l’autenticazione”) con il tuo indirizzo email completo.',
  'finding.auth.required.steps.2': 'Imposta la sicurezza su STARTTLS: Microsoft offre l’accesso solo su una connessione protetta.',
  'finding.auth.required.steps.3': 'Se prima di questo è comparso un errore di accesso, risolvi prima quello.',
  'finding.auth.required.admin': 'Quando {sender} invia, {host} risponde “530 5.7.57 Client not authenticated to send mail”. Sto attivando l’autenticazione. Se non è in grado di accedere, potreste configurare Direct Send o un inoltro tramite connettore?',
};
