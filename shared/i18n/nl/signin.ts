import type { signin as source } from '../en/signin';
import type { Translation } from '../translation';

/**
 * Dutch: the wizard's “Aanmelden met Microsoft” panel (renderer/wizard/signin/).
 * Shared sign-in sentences (progress, account, failures, IT help) live in oauth.ts.
 */
export const signin: Translation<typeof source> = {
  'signin.lead.oauth': 'U meldt zich aan op de eigen pagina van Microsoft. Deze app ziet uw wachtwoord nooit en gebruikt de aanmelding alleen om het verzenden vanaf deze computer te testen.',
  'signin.panel.title': 'Aanmelden met Microsoft',
  'signin.loading': 'Controleren of u al bent aangemeld…',
  'signin.password.microsoft-note':
    'Microsoft 365 schakelt aanmelden met een wachtwoord voor verzenden eind {basicOffMonth} standaard uit, en Outlook en Apple Mail melden zich aan met Microsoft. Een test met wachtwoord laat dus misschien niet zien wat die apps zullen doen.',

  'signin.not-configured.title': 'Aanmelden met Microsoft is in dit exemplaar niet ingesteld',
  'signin.not-configured.help': 'Wat uw IT-afdeling moet doen',
  'signin.not-configured.meanwhile.password': 'Tot die tijd kunt u hierboven “Met mijn wachtwoord” kiezen, of testen zonder aanmelden.',
  'signin.not-configured.meanwhile.none': 'Tot die tijd kunt u testen zonder aanmelden: dat controleert de verbinding, niet uw account.',

  'signin.ready.button': 'Aanmelden met Microsoft',
  'signin.ready.hint': 'Uw browser opent de aanmeldpagina van Microsoft voor {address}. Kom hier terug zodra daar staat dat u bent aangemeld.',
  'signin.ready.code': 'Liever aanmelden met een code',
  'signin.ready.code.hint':
    'Voor als deze computer geen browser kan openen: u typt een code in op een willekeurig apparaat. Veel organisaties staan dat niet toe (organisaties die sinds {deviceCodeBlockedFrom} zijn aangemaakt, blokkeren het standaard).',

  'signin.waiting.hint': 'Rond het aanmelden af in het browservenster dat is geopend. Sluit u dat venster, klik dan op Annuleren.',
  'signin.code.waiting': 'Aanmeldcode ophalen bij Microsoft…',
  'signin.code.instructions': 'Open deze pagina op een willekeurig apparaat:',
  'signin.code.enter': 'Voer daarna deze code in:',
  'signin.code.copy': 'Code kopiëren',
  'signin.code.copy-url': 'Adres kopiëren',
  'signin.code.expires': 'De code is {minutes, plural, one {# minuut} other {# minuten}} geldig. Deze pagina gaat vanzelf verder zodra u bent aangemeld.',

  'signin.signed-in.display-name': 'Accountnaam: {name}',
  'signin.remembered': 'Uw aanmelding wordt bewaard in de wachtwoordopslag van deze computer, zodat u zich voor een nieuwe test niet opnieuw hoeft aan te melden.',
  'signin.saved.not-signed-in': 'De instellingen zijn opgeslagen, maar deze computer heeft die Microsoft-aanmelding niet meer: meld u opnieuw aan voordat u test.',
  'signin.mismatch.title': 'Dit is niet het adres dat u test',

  'signin.failed.title': 'Aanmelden is niet gelukt',
  'signin.failed.details': 'Details voor uw IT-afdeling',
  'signin.failed.copy': 'Details kopiëren',
  'signin.failed.try-again': 'Opnieuw proberen',
  'signin.failed.use-browser': 'Liever aanmelden in de browser',
  'signin.failed.message-for-it': 'Microsoft-aanmelding voor {address} is mislukt in Mail Setup Assistant: {code}{aadsts}. {message}',

  'signin.help.back': 'Terug naar aanmelden',
  'signin.help.now': 'Waarom aanmelden nu niet beschikbaar is: {reason}',
  'signin.help.reason.no-client-id': 'in dit exemplaar is geen app-registratie (client-id) ingesteld.',
  'signin.help.reason.invalid-client-id': 'de ingestelde client-id is geen toepassings-id (client).',
  'signin.help.reason.cloud-not-supported': 'dit soort account (in een overheidscloud of nationale cloud) wordt in deze versie niet ondersteund.',
  'signin.help.reason.invalid-authority': 'de ingestelde tenant is geen tenant-id of domein.',
  'signin.help.org-defaults': 'Het bestand met organisatie-instellingen (org-defaults.json) met uw client-id:',
  'signin.help.admin-consent': 'Om de app in één keer voor iedereen goed te keuren, opent een beheerder:',
  'signin.help.copy': 'Kopiëren',
  // Placeholders inside the org-defaults.json and admin-consent samples (the samples themselves are built in code).
  'signin.help.placeholder.client-id': '<Toepassings-id (client)>',
  'signin.help.placeholder.tenant': '<uw tenant-id of domein>',

  'signin.result.title': 'Microsoft-aanmelding is niet gelukt',
  'signin.result.again': 'Opnieuw aanmelden',
};
