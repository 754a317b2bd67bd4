import type { findingsOAuth as source } from '../en/findings-oauth';
import type { Translation } from '../translation';

/** Italian: findings about “Accedi con Microsoft” (OAuth 2.0). */
export const findingsOAuth: Translation<typeof source> = {
  'finding.auth.oauth-required.title': 'Outlook.com richiede “Accedi con Microsoft”',
  'finding.auth.oauth-required.explanation': 'Il {outlookComEnded} gli account Outlook.com, Hotmail e Live hanno smesso di accettare le password nelle app di posta. Nemmeno le password per le app funzionano: funziona solo “Accedi con Microsoft”.',
  'finding.auth.oauth-required.steps.1': 'Scegli “Accedi con Microsoft” e accedi con il tuo account Outlook.com.',
  'finding.auth.oauth-required.steps.2': 'Ripeti il test.',
  'finding.auth.oauth-required.admin': 'Il mio account personale Outlook.com {address} non accetta più l’accesso con password per l’invio (Microsoft lo ha disattivato il {outlookComEnded}, e anche le password per le app non funzionano). Passo all’accesso con Microsoft (OAuth 2.0). Potreste verificare che la nostra rete non blocchi {loginHost}? Da parte vostra non serve cambiare altro.',

  'finding.auth.oauth-token-rejected.title': 'L’accesso con Microsoft è riuscito, ma il server di posta lo ha rifiutato',
  'finding.auth.oauth-token-rejected.explanation': 'Hai effettuato l’accesso con Microsoft, ma il server di posta non lo ha accettato per questa cassetta postale. Di solito l’account usato per accedere non è quello della cassetta postale da cui invii, oppure per quella cassetta postale l’invio dalle app è disattivato.',
  'finding.auth.oauth-token-rejected.steps.1': 'Accedi di nuovo usando esattamente l’account della cassetta postale da cui invii.',
  'finding.auth.oauth-token-rejected.steps.2': 'Se invii da una cassetta postale condivisa, verifica di avere l’autorizzazione a usarla.',
  'finding.auth.oauth-token-rejected.steps.3': 'Se ancora non funziona, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.oauth-token-rejected.admin': 'Exchange Online rifiuta l’accesso OAuth 2.0 (XOAUTH2) per {address} con “535 5.7.3 Authentication unsuccessful” quando accedo con {sender}. Potreste verificare tre cose: che l’account con cui accedo sia {address} o abbia diritti su quella cassetta postale (cassetta postale condivisa), che l’app abbia il consenso per {smtpSendScope} nel nostro tenant e che SMTP autenticato sia attivo per la cassetta postale (SMTP AUTH serve anche con OAuth)?',

  'finding.auth.oauth-account-mismatch.title': 'Hai effettuato l’accesso con un altro account',
  'finding.auth.oauth-account-mismatch.explanation': 'L’account Microsoft con cui hai effettuato l’accesso non è {address}. Va bene per una cassetta postale condivisa da cui puoi inviare; altrimenti accedi con l’account della cassetta postale stessa.',
  'finding.auth.oauth-account-mismatch.steps.1': 'Se {address} è la tua cassetta postale, accedi di nuovo con quell’account.',
  'finding.auth.oauth-account-mismatch.steps.2': 'Se è una cassetta postale condivisa, verifica che il reparto IT ti abbia dato l’autorizzazione a inviare da lì.',
  'finding.auth.oauth-account-mismatch.admin': 'Ho effettuato l’accesso a Microsoft con un account diverso da {address} per inviare da quella cassetta postale tramite {m365Host}. Potreste confermarmi che il mio account può inviare da {address} (Invia come, oppure Accesso completo a una cassetta postale condivisa)?',

  'finding.auth.oauth-consent-required.title': 'L’app ha bisogno della tua autorizzazione per inviare posta',
  'finding.auth.oauth-consent-required.explanation': 'Microsoft ha chiesto l’autorizzazione perché l’app possa inviare posta per conto tuo, e l’autorizzazione non è stata concessa. Forse puoi accettarla durante l’accesso; altrimenti deve concederla il tuo amministratore IT.',
  'finding.auth.oauth-consent-required.steps.1': 'Accedi di nuovo e accetta la richiesta di autorizzazione, se compare.',
  'finding.auth.oauth-consent-required.steps.2': 'Se non compare nessuna richiesta, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.oauth-consent-required.admin': 'L’accesso con Microsoft per {sender} non riesce con AADSTS65001 (the user or administrator has not consented to use the application). Potreste concedere nel nostro tenant il consenso per la sua autorizzazione delegata {smtpSendScope} (e offline_access)?',

  'finding.auth.oauth-admin-consent-required.title': 'Il tuo amministratore IT deve prima approvare l’app',
  'finding.auth.oauth-admin-consent-required.explanation': 'La tua organizzazione permette solo agli amministratori IT di approvare le app che usano la tua cassetta postale. Finché un amministratore non approva questa app, “Accedi con Microsoft” non può essere completato.',
  'finding.auth.oauth-admin-consent-required.steps.1': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.oauth-admin-consent-required.steps.2': 'Quando ti arriva la conferma, accedi di nuovo.',
  'finding.auth.oauth-admin-consent-required.admin': 'L’accesso con Microsoft per {sender} si blocca su “Need admin approval” (AADSTS90094). Potreste esaminare la richiesta e concedere il consenso amministratore per le sue autorizzazioni delegate {smtpSendScope} e offline_access (impostazione indicata sotto)?',

  'finding.auth.oauth-conditional-access.title': 'Una regola di accesso della tua organizzazione ha bloccato l’accesso con Microsoft',
  'finding.auth.oauth-conditional-access.explanation': 'Le regole di accesso condizionale della tua organizzazione hanno bloccato questo accesso, per esempio a causa del dispositivo, del luogo o dell’app. Il tuo amministratore IT può vedere quale regola nel log di accesso.',
  'finding.auth.oauth-conditional-access.steps.1': 'Se hai un computer o una rete aziendale, prova da lì.',
  'finding.auth.oauth-conditional-access.steps.2': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.oauth-conditional-access.admin': 'L’accesso con Microsoft come {address} per {sender} è bloccato dall’accesso condizionale (AADSTS53003). Potreste controllare nel log di accesso di Entra (indicato sotto) quale criterio lo ha bloccato, e se l’app può essere consentita per l’invio della posta?',

  'finding.auth.oauth-mfa-required.title': 'Microsoft chiede un secondo passaggio di accesso',
  'finding.auth.oauth-mfa-required.explanation': 'Il tuo account richiede l’autenticazione a più fattori (per esempio un codice o un’app di autenticazione), e l’accesso non l’ha completata. Accedendo di nuovo nella finestra del browser puoi completarla.',
  'finding.auth.oauth-mfa-required.steps.1': 'Scegli di nuovo “Accedi con Microsoft” e completa il passaggio aggiuntivo.',
  'finding.auth.oauth-mfa-required.steps.2': 'Se non hai ancora configurato un passaggio di accesso aggiuntivo, chiedi al reparto IT come fare.',
  'finding.auth.oauth-mfa-required.admin': 'L’accesso con Microsoft come {address} richiede l’autenticazione a più fattori (AADSTS50076 o AADSTS50079), che {sender} non ha completato. Potreste verificare che sul mio account sia registrato un metodo MFA funzionante?',

  'finding.auth.oauth-device-code-blocked.title': 'L’accesso con un codice è bloccato nella tua organizzazione',
  'finding.auth.oauth-device-code-blocked.explanation': 'L’accesso digitando un codice su un altro dispositivo è bloccato dalle impostazioni di sicurezza della tua organizzazione (impostazioni predefinite per la sicurezza o una regola di accesso condizionale). Accedi invece nella finestra del browser.',
  'finding.auth.oauth-device-code-blocked.steps.1': 'Scegli “Accedi con Microsoft” e usa la finestra del browser che si apre, non un codice.',
  'finding.auth.oauth-device-code-blocked.steps.2': 'Se su questo computer non è possibile, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.oauth-device-code-blocked.admin': 'L’accesso con Microsoft tramite codice dispositivo è bloccato per {address}: le impostazioni predefinite per la sicurezza e i criteri di accesso condizionale sui flussi di autenticazione bloccano l’accesso con codice dispositivo. Userò invece l’accesso dal browser (codice di autorizzazione con PKCE). Potreste dirmi se è bloccato anche questo, oppure escludere {sender} dal blocco del codice dispositivo, se deve usarlo?',

  'finding.auth.oauth-sign-in-again.title': 'Accedi di nuovo con Microsoft',
  'finding.auth.oauth-sign-in-again.explanation': 'L’accesso Microsoft salvato è scaduto o è stato revocato, per esempio dopo un cambio di password. Basta accedere di nuovo.',
  'finding.auth.oauth-sign-in-again.steps.1': 'Scegli “Accedi con Microsoft” e accedi di nuovo.',
  'finding.auth.oauth-sign-in-again.steps.2': 'Ripeti il test.',
  'finding.auth.oauth-sign-in-again.admin': 'L’accesso Microsoft che {sender} aveva salvato per {address} ha smesso di funzionare (il token di aggiornamento è scaduto o è stato revocato, per esempio AADSTS700082 o AADSTS50173). Ho effettuato di nuovo l’accesso. Fatemi sapere se un criterio riduce la durata degli accessi per le app di posta.',

  'finding.auth.oauth-unreachable.title': 'La pagina di accesso di Microsoft non è raggiungibile',
  'finding.auth.oauth-unreachable.explanation': 'Questo computer non è riuscito a raggiungere il servizio di accesso di Microsoft ({loginHost}), quindi “Accedi con Microsoft” non può partire. Di solito la causa è la connessione a internet, un proxy o un firewall.',
  'finding.auth.oauth-unreachable.steps.1': 'Controlla che i siti web si aprano, poi riprova.',
  'finding.auth.oauth-unreachable.steps.2': 'Se usi una VPN o un proxy, prova senza.',
  'finding.auth.oauth-unreachable.steps.3': 'Se ancora non funziona, invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.oauth-unreachable.admin': 'Il mio computer non riesce a raggiungere {loginHost} tramite HTTPS, quindi l’accesso con Microsoft per {sender} non può partire. Potreste verificare se il nostro firewall o proxy lo blocca?',

  'finding.auth.oauth-not-configured.title': 'L’accesso con Microsoft non è configurato per questa app',
  'finding.auth.oauth-not-configured.explanation': 'L’app non ha una registrazione Microsoft funzionante per la tua organizzazione, quindi “Accedi con Microsoft” non si può usare. Il tuo amministratore IT la configura una volta sola per tutti.',
  'finding.auth.oauth-not-configured.steps.1': 'Invia il messaggio qui sotto al tuo amministratore IT.',
  'finding.auth.oauth-not-configured.steps.2': 'Nel frattempo una password potrebbe ancora funzionare, se la tua organizzazione lo consente.',
  'finding.auth.oauth-not-configured.admin': 'L’app Mail Setup Assistant che uso non ha l’accesso con Microsoft configurato. Potreste registrarla in Microsoft Entra ID (piattaforma “Applicazioni per dispositivi mobili e desktop”, URI di reindirizzamento http://localhost, autorizzazioni delegate {smtpSendScope} e offline_access) e inserire il suo ID client e il tenant nel file delle impostazioni predefinite dell’organizzazione usato dall’app?',

  'finding.auth.oauth-cancelled.title': 'L’accesso è stato annullato',
  'finding.auth.oauth-cancelled.explanation': 'La finestra di accesso di Microsoft è stata chiusa, o la richiesta è stata rifiutata, prima della fine. Non è stato modificato nulla.',
  'finding.auth.oauth-cancelled.steps.1': 'Scegli di nuovo “Accedi con Microsoft” e completa l’accesso nel browser.',
  'finding.auth.oauth-cancelled.steps.2': 'Se la finestra del browser non si è aperta, verifica che sia impostato un browser predefinito.',
  'finding.auth.oauth-cancelled.admin': 'L’accesso con Microsoft per {address} è stato annullato prima della fine. Potete ignorare questo messaggio, a meno che non succeda di nuovo; in quel caso vi manderò i dettagli.',
};
