import type { oauth as source } from '../en/oauth';
import type { Translation } from '../translation';

/** Italian: Microsoft sign-in (browser pages, CLI lines, help page for IT). */
export const oauth: Translation<typeof source> = {
  // The pages the person’s browser shows after signing in.
  'oauth.page.success.title': 'Accesso effettuato',
  'oauth.page.success.body': 'Puoi chiudere questa scheda e tornare a Mail Setup Assistant.',
  'oauth.page.error.title': 'L’accesso non è stato completato',
  'oauth.page.error.body': 'Non è stato modificato nulla. Chiudi questa scheda, torna a Mail Setup Assistant e riprova.',
  'oauth.page.app-name': 'Mail Setup Assistant',

  // Progress and account, for the wizard and the CLI.
  'oauth.progress.browser': 'In attesa che tu acceda nel browser…',
  'oauth.progress.device-code': 'Per accedere, apri {url} e inserisci il codice {code}',
  'oauth.progress.cancel': 'Annulla',
  'oauth.account.signed-in': 'Accesso effettuato con Microsoft come {username}.',
  'oauth.account.use-different': 'Usa un altro account',
  'oauth.account.mismatch':
    'Hai effettuato l’accesso come {username}, ma l’indirizzo da provare è {address}. Il test accede come {username}: funziona solo se {username} può inviare come {address} (per esempio da una cassetta postale condivisa). Se è l’account sbagliato, esci e accedi di nuovo.',
  'oauth.account.not-remembered': 'Per ora l’accesso funziona, ma non può essere memorizzato su questo computer: {reason}',
  'oauth.cli.browser-hint': 'Se non si è aperta nessuna finestra del browser, apri tu questo indirizzo: {url}',
  'oauth.cli.signed-out': '{username} disconnesso: l’accesso è stato rimosso dal portachiavi di questo computer.',
  'oauth.cli.not-signed-in': 'Su questo computer non è memorizzato alcun accesso Microsoft per {username}.',
  'oauth.cli.sign-in-failed': 'Accesso con Microsoft non riuscito: {words}',

  // One plain sentence per failure.
  'oauth.failure.not-configured':
    'L’accesso con Microsoft non è configurato in questa copia dell’app. Il tuo reparto IT può attivarlo: vedi “Accesso con Microsoft per l’IT”.',
  'oauth.failure.cloud-not-supported': 'In questa versione dell’app l’accesso con Microsoft non è supportato per questo tipo di account.',
  'oauth.failure.cancelled': 'L’accesso è stato interrotto prima della fine. Non è stato modificato nulla.',
  'oauth.failure.timed-out': 'L’accesso è stato interrotto perché non è stato completato entro {timeout}. Riprova quando vuoi.',
  'oauth.failure.consent-required': 'Questa app non è ancora stata autorizzata a inviare posta per il tuo account. Accedi di nuovo e accetta la richiesta, oppure chiedi al tuo reparto IT.',
  'oauth.failure.admin-consent-required': 'La tua organizzazione richiede che un amministratore approvi questa app prima che tu possa accedere. Chiedi al tuo reparto IT.',
  'oauth.failure.conditional-access': 'Le regole di accesso della tua organizzazione non consentono questo accesso da qui. Chiedi al tuo reparto IT.',
  'oauth.failure.mfa-required': 'La tua organizzazione richiede un controllo di accesso aggiuntivo (per esempio un codice sul telefono). Accedi di nuovo per completarlo.',
  'oauth.failure.sign-in-again': 'L’accesso Microsoft salvato è scaduto o è stato rimosso. Accedi di nuovo.',
  'oauth.failure.device-code-blocked':
    'La tua organizzazione non consente l’accesso con un codice. Accedi invece nel browser (la maggior parte delle organizzazioni create dal {deviceCodeBlockedFrom} in poi blocca i codici di accesso).',
  'oauth.failure.unreachable': 'Questo computer non riesce a raggiungere il servizio di accesso di Microsoft. Controlla la connessione a internet e riprova.',
  'oauth.failure.server-error': 'Il servizio di accesso di Microsoft ha risposto con un errore. Riprova; se succede ancora, invia i dettagli al tuo reparto IT.',

  // In-app help page for IT.
  'oauth.help.title': 'Accesso con Microsoft per l’IT',
  'oauth.help.intro':
    'Mail Setup Assistant accede con Microsoft tramite la registrazione dell’app della tua organizzazione. Non usa mai l’ID client di un altro prodotto. Registra l’app una volta, poi comunica il suo ID client al personale.',
  'oauth.help.step.register': 'Nell’interfaccia di amministrazione di Microsoft Entra apri Registrazioni app e scegli Nuova registrazione.',
  'oauth.help.step.account-types':
    'Tipi di account supportati: “Account solo in questa directory organizzativa” o “Account in qualsiasi directory organizzativa” per Microsoft 365; scegli “…e account Microsoft personali” se il personale prova anche indirizzi Outlook.com.',
  'oauth.help.step.platform': 'Aggiungi la piattaforma “Applicazioni per dispositivi mobili e desktop” con l’URI di reindirizzamento http://localhost.',
  'oauth.help.step.public-client': 'Attiva “Consenti flussi client pubblici” solo se vuoi l’alternativa con codice di accesso (codice dispositivo).',
  'oauth.help.step.permission':
    'Autorizzazioni API: aggiungi l’autorizzazione delegata SMTP.Send da “Office 365 Exchange Online” (offline_access viene richiesta insieme).',
  'oauth.help.step.consent': 'Concedi il consenso amministratore per la tua organizzazione se il personale non può dare da solo il consenso alle app.',
  'oauth.help.step.deploy':
    'Inserisci l’ID applicazione (client) in org-defaults.json sotto "oauth" come "clientId" (e l’ID o il dominio del tenant come "tenant"), oppure compila l’app con MSA_OAUTH_CLIENT_ID impostato.',
  'oauth.help.step.smtp-auth': 'SMTP AUTH deve comunque essere consentito per ogni cassetta postale che invia in questo modo.',
  'oauth.help.browser-closed':
    'Se qualcuno chiude la scheda del browser senza accedere, l’app non può saperlo: l’accesso si interrompe dopo {timeout}, o subito quando si preme Annulla.',
};
