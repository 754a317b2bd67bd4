import type { oauth as source } from '../en/oauth';
import type { Translation } from '../translation';

/** Dutch: Microsoft sign-in (browser pages, CLI lines, help page for IT). */
export const oauth: Translation<typeof source> = {
  // The pages the person's browser shows after signing in (electron/oauth/browser-pages.ts).
  'oauth.page.success.title': 'U bent aangemeld',
  'oauth.page.success.body': 'U kunt dit tabblad sluiten en teruggaan naar Mail Setup Assistant.',
  'oauth.page.error.title': 'Aanmelden is niet afgerond',
  'oauth.page.error.body': 'Er is niets gewijzigd. Sluit dit tabblad, ga terug naar Mail Setup Assistant en probeer het opnieuw.',
  'oauth.page.app-name': 'Mail Setup Assistant',

  // Progress and account, for the wizard and the CLI.
  'oauth.progress.browser': 'Wachten tot u zich in uw browser aanmeldt…',
  'oauth.progress.device-code': 'Open {url} en voer de code {code} in om u aan te melden',
  'oauth.progress.cancel': 'Annuleren',
  'oauth.account.signed-in': 'Aangemeld met Microsoft als {username}.',
  'oauth.account.use-different': 'Een ander account gebruiken',
  'oauth.account.mismatch':
    'U bent aangemeld als {username}, maar het adres dat wordt getest is {address}. De test meldt zich aan als {username}: dat werkt alleen als {username} mag verzenden als {address} (bijvoorbeeld bij een gedeeld postvak). Is dit het verkeerde account, meld u dan af en meld u opnieuw aan.',
  'oauth.account.not-remembered': 'Uw aanmelding werkt voorlopig, maar kan op deze computer niet worden onthouden: {reason}',
  'oauth.cli.browser-hint': 'Als er geen browservenster is geopend, open dit adres dan zelf: {url}',
  'oauth.cli.signed-out': '{username} is afgemeld: de aanmelding is verwijderd uit de wachtwoordopslag van deze computer.',
  'oauth.cli.not-signed-in': 'Op deze computer is geen Microsoft-aanmelding voor {username} opgeslagen.',
  'oauth.cli.sign-in-failed': 'Aanmelden bij Microsoft is mislukt: {words}',

  // One plain sentence per failure (shared/oauth.ts OAuthFailureCode); the catalogue adds IT messages.
  'oauth.failure.not-configured':
    'Aanmelden met Microsoft is in dit exemplaar van de app niet ingesteld. Uw IT-afdeling kan het inschakelen: zie “Microsoft-aanmelding voor IT”.',
  'oauth.failure.cloud-not-supported': 'Aanmelden met Microsoft wordt voor dit soort account niet ondersteund in deze versie van de app.',
  'oauth.failure.cancelled': 'Het aanmelden is gestopt voordat het klaar was. Er is niets gewijzigd.',
  'oauth.failure.timed-out': 'Het aanmelden is gestopt omdat het niet binnen {timeout} klaar was. Probeer het opnieuw als u zover bent.',
  'oauth.failure.consent-required':
    'Deze app heeft nog geen toestemming om e-mail te verzenden voor uw account. Meld u opnieuw aan en accepteer het verzoek, of vraag het uw IT-afdeling.',
  'oauth.failure.admin-consent-required': 'Een beheerder van uw organisatie moet deze app goedkeuren voordat u zich kunt aanmelden. Vraag het uw IT-afdeling.',
  'oauth.failure.conditional-access': 'De aanmeldregels van uw organisatie staan deze aanmelding vanaf hier niet toe. Vraag het uw IT-afdeling.',
  'oauth.failure.mfa-required':
    'Uw organisatie vraagt om een extra aanmeldcontrole (bijvoorbeeld een code op uw telefoon). Meld u opnieuw aan om die af te ronden.',
  'oauth.failure.sign-in-again': 'Uw opgeslagen Microsoft-aanmelding is verlopen of verwijderd. Meld u opnieuw aan.',
  'oauth.failure.device-code-blocked':
    'Uw organisatie staat aanmelden met een code niet toe. Meld u in plaats daarvan aan in uw browser (de meeste organisaties die sinds {deviceCodeBlockedFrom} zijn aangemaakt, blokkeren aanmeldcodes).',
  'oauth.failure.unreachable': 'Deze computer kan de aanmeldservice van Microsoft niet bereiken. Controleer de internetverbinding en probeer het opnieuw.',
  'oauth.failure.server-error':
    'De aanmeldservice van Microsoft gaf een foutmelding. Probeer het opnieuw; blijft het gebeuren, stuur de details dan naar uw IT-afdeling.',

  // In-app help page for IT (wired with the wizard); docs/microsoft-sign-in.md has the same steps.
  'oauth.help.title': 'Microsoft-aanmelding voor IT',
  'oauth.help.intro':
    'Mail Setup Assistant meldt zich aan bij Microsoft via de eigen app-registratie van uw organisatie. Er wordt nooit een client-id van een ander product gebruikt. Registreer de app één keer en geef medewerkers daarna de client-id.',
  'oauth.help.step.register': 'Open in het Microsoft Entra-beheercentrum App-registraties en kies Nieuwe registratie.',
  'oauth.help.step.account-types':
    'Ondersteunde accounttypen: “Alleen accounts in deze organisatiemap” of “… een willekeurige organisatiemap” voor Microsoft 365; kies “… en persoonlijke Microsoft-accounts” als medewerkers ook Outlook.com-adressen testen.',
  'oauth.help.step.platform': 'Voeg het platform “Mobiele en desktoptoepassingen” toe met de omleidings-URI http://localhost.',
  'oauth.help.step.public-client': 'Zet “Openbare clientstromen toestaan” alleen aan als u aanmelden met een code (apparaatcode) als terugvaloptie wilt.',
  'oauth.help.step.permission':
    'API-machtigingen: voeg de gedelegeerde machtiging SMTP.Send van “Office 365 Exchange Online” toe (offline_access wordt daarbij ook aangevraagd).',
  'oauth.help.step.consent': 'Verleen beheerderstoestemming voor uw organisatie als medewerkers zelf geen toestemming aan apps mogen geven.',
  'oauth.help.step.deploy':
    'Zet de Toepassings-id (client) in org-defaults.json onder "oauth" als "clientId" (en uw tenant-id of domein als "tenant"), of bouw de app terwijl MSA_OAUTH_CLIENT_ID is ingesteld.',
  'oauth.help.step.smtp-auth': 'SMTP AUTH moet nog steeds zijn toegestaan voor elk postvak dat op deze manier verzendt.',
  'oauth.help.browser-closed':
    'Als iemand het browsertabblad sluit zonder zich aan te melden, kan de app dat niet zien: het aanmelden stopt na {timeout}, of meteen als die persoon op Annuleren drukt.',
};
