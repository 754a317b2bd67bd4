import type { signin as source } from '../en/signin';
import type { Translation } from '../translation';

/**
 * Italian: the wizard's “Accedi con Microsoft” panel (renderer/wizard/signin/).
 * Shared sign-in sentences (progress, account, failures, IT help) live in oauth.ts.
 */
export const signin: Translation<typeof source> = {
  'signin.lead.oauth':
    'Accedi sulla pagina di Microsoft. Questa app non vede mai la tua password e usa l’accesso solo per provare l’invio da questo computer.',
  'signin.panel.title': 'Accedi con Microsoft',
  'signin.loading': 'Verifico se hai già effettuato l’accesso…',
  'signin.password.microsoft-note':
    'Alla fine di {basicOffMonth} Microsoft 365 disattiva per impostazione predefinita l’accesso con password per l’invio della posta, e Outlook e Apple Mail accedono con Microsoft: un test con la password potrebbe quindi non mostrare come si comporteranno.',

  'signin.not-configured.title': 'L’accesso con Microsoft non è configurato in questa copia dell’app',
  'signin.not-configured.help': 'Cosa deve fare il tuo reparto IT',
  'signin.not-configured.meanwhile.password': 'Nel frattempo puoi scegliere “Con la mia password” qui sopra, oppure provare senza accedere.',
  'signin.not-configured.meanwhile.none': 'Nel frattempo puoi provare senza accedere: così si controlla la connessione, non il tuo account.',

  'signin.ready.button': 'Accedi con Microsoft',
  'signin.ready.hint':
    'Il browser apre la pagina di accesso di Microsoft per {address}. Torna qui quando la pagina ti dice che hai effettuato l’accesso.',
  'signin.ready.code': 'Accedi invece con un codice',
  'signin.ready.code.hint':
    'Per quando questo computer non può aprire un browser: digiti un codice su un altro dispositivo. Molte organizzazioni non lo consentono (quelle create dal {deviceCodeBlockedFrom} in poi lo bloccano per impostazione predefinita).',

  'signin.waiting.hint': 'Completa l’accesso nella finestra del browser che si è aperta. Se la chiudi, premi Annulla.',
  'signin.code.waiting': 'Sto chiedendo a Microsoft un codice di accesso…',
  'signin.code.instructions': 'Su un dispositivo qualsiasi, apri questa pagina:',
  'signin.code.enter': 'Poi inserisci questo codice:',
  'signin.code.copy': 'Copia il codice',
  'signin.code.copy-url': 'Copia l’indirizzo',
  'signin.code.expires': 'Il codice vale {minutes, plural, one {# minuto} other {# minuti}}. Questa pagina va avanti da sola appena hai effettuato l’accesso.',

  'signin.signed-in.display-name': 'Nome dell’account: {name}',
  'signin.remembered':
    'L’accesso è conservato nel portachiavi di questo computer, quindi per ripetere il test non serve accedere di nuovo.',
  'signin.saved.not-signed-in':
    'Le impostazioni sono salvate, ma su questo computer non c’è più quell’accesso Microsoft: accedi di nuovo prima del test.',
  'signin.mismatch.title': 'Non è l’indirizzo che stai provando',

  'signin.failed.title': 'L’accesso non è riuscito',
  'signin.failed.details': 'Dettagli per il tuo reparto IT',
  'signin.failed.copy': 'Copia i dettagli',
  'signin.failed.try-again': 'Riprova',
  'signin.failed.use-browser': 'Accedi invece nel browser',
  'signin.failed.message-for-it': 'L’accesso con Microsoft per {address} non è riuscito in Mail Setup Assistant: {code}{aadsts}. {message}',

  'signin.help.back': 'Torna all’accesso',
  'signin.help.now': 'Perché ora non è disponibile: {reason}',
  'signin.help.reason.no-client-id': 'in questa copia non è configurata nessuna registrazione dell’app (ID client).',
  'signin.help.reason.invalid-client-id': 'l’ID client configurato non è un ID applicazione (client).',
  'signin.help.reason.cloud-not-supported':
    'questo tipo di account (un cloud per enti pubblici o un cloud nazionale) non è supportato in questa versione.',
  'signin.help.reason.invalid-authority': 'il tenant configurato non è un ID o un dominio di tenant.',
  'signin.help.org-defaults': 'Il file delle impostazioni dell’organizzazione (org-defaults.json) con il tuo ID client:',
  'signin.help.admin-consent': 'Per approvare l’app per tutti in una volta, un amministratore apre:',
  'signin.help.copy': 'Copia',
  // Placeholders inside the org-defaults.json and admin-consent samples (the samples themselves are built in code).
  'signin.help.placeholder.client-id': '<ID applicazione (client)>',
  'signin.help.placeholder.tenant': '<ID o dominio del tuo tenant>',

  'signin.result.title': 'L’accesso con Microsoft non è riuscito',
  'signin.result.again': 'Accedi di nuovo',
};
