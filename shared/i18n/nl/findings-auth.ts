import type { findingsAuth as source } from '../en/findings-auth';
import type { Translation } from '../translation';

/** Dutch: findings about signing in with a password (scheme: see ./findings.ts). */
export const findingsAuth: Translation<typeof source> = {
  'finding.auth.smtp-auth-disabled-tenant.title': 'Verzenden vanuit apps staat uit voor uw organisatie',
  'finding.auth.smtp-auth-disabled-tenant.explanation':
    'Uw organisatie heeft het aanmelden door apps voor het verzenden van e-mail (“SMTP AUTH”) voor alle postvakken uitgeschakeld. Uw wachtwoord is niet het probleem: alleen uw IT-beheerder kan het voor uw postvak inschakelen.',
  'finding.auth.smtp-auth-disabled-tenant.steps.1': 'Wijzig uw wachtwoord niet: dat is niet de oorzaak.',
  'finding.auth.smtp-auth-disabled-tenant.steps.2': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.auth.smtp-auth-disabled-tenant.steps.3': 'Test opnieuw zodra uw beheerder laat weten dat het is aangepast.',
  'finding.auth.smtp-auth-disabled-tenant.admin':
    'Wilt u Geverifieerde SMTP inschakelen voor mijn postvak {address}, zodat {sender} kan verzenden? SMTP AUTH staat uit voor onze organisatie (SmtpClientAuthenticationDisabled), en de instelling per postvak gaat voor de instelling van de organisatie. Ook aanmelden met Microsoft (OAuth) voor verzenden heeft deze instelling nodig.',

  'finding.auth.smtp-auth-disabled-mailbox.title': 'Verzenden vanuit apps staat uit voor uw postvak',
  'finding.auth.smtp-auth-disabled-mailbox.explanation':
    'De instelling “Geverifieerde SMTP” staat uit voor uw postvak, dus de server weigert elke app die zich aanmeldt om te verzenden. Alleen uw IT-beheerder kan die inschakelen.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.1': 'Wijzig uw wachtwoord niet: dat is niet de oorzaak.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.2': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.auth.smtp-auth-disabled-mailbox.steps.3': 'Test opnieuw zodra uw beheerder laat weten dat het is aangepast.',
  'finding.auth.smtp-auth-disabled-mailbox.admin':
    'Wilt u Geverifieerde SMTP inschakelen voor mijn postvak {address}, zodat {sender} kan verzenden? De server meldt dat SMTP-clientverificatie voor het postvak is uitgeschakeld.',

  'finding.auth.basic-auth-disabled.title': 'Aanmelden met een wachtwoord is geblokkeerd',
  'finding.auth.basic-auth-disabled.explanation':
    'Uw organisatie blokkeert aanmelden met een wachtwoord (“basisverificatie”) voor verzenden vanuit apps, dus gebruik in plaats daarvan “Aanmelden met Microsoft”. Vanaf eind {basicOffMonth} staat het voor bestaande organisaties standaard uit; IT kan het voorlopig weer inschakelen.',
  'finding.auth.basic-auth-disabled.steps.1': 'Kies “Aanmelden met Microsoft” in deze app en test opnieuw.',
  'finding.auth.basic-auth-disabled.steps.2': 'App-wachtwoorden helpen niet: dat is ook aanmelden met een wachtwoord.',
  'finding.auth.basic-auth-disabled.steps.3': 'Kan uw apparaat geen Microsoft-aanmelding gebruiken, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.auth.basic-auth-disabled.admin':
    'Aanmelden met een wachtwoord (basisverificatie) voor SMTP is geblokkeerd voor mijn postvak {address} (535 5.7.139 “basic authentication is disabled”). Ik zet {sender} over op aanmelden met Microsoft (OAuth 2.0). Kunt u bevestigen dat dit in onze tenant is toegestaan (mogelijk is beheerderstoestemming nodig) en dat Geverifieerde SMTP voor mijn postvak aan blijft? Moet basisverificatie voorlopig blijven: misschien blokkeert een verificatiebeleid die (zie hieronder; Set-AuthenticationPolicy -AllowBasicAuthSmtp). Vanaf eind {basicOffMonth} schakelt Microsoft basisverificatie voor SMTP AUTH standaard uit voor bestaande tenants (tenants die later zijn gemaakt, hebben die niet); beheerders kunnen die voorlopig weer inschakelen, en de definitieve einddatum wordt in {finalDateHalf} bekendgemaakt. OAuth is dus de blijvende oplossing.',

  'finding.auth.basic-auth-removed.title': 'De server accepteert geen wachtwoorden voor verzenden',
  'finding.auth.basic-auth-removed.explanation':
    'Exchange Online antwoordde dat aanmelden met een wachtwoord (basisverificatie) voor verzenden vanuit apps niet wordt geaccepteerd voor dit postvak. “Aanmelden met Microsoft” werkt wel.',
  'finding.auth.basic-auth-removed.steps.1': 'Kies “Aanmelden met Microsoft” in deze app en test opnieuw.',
  'finding.auth.basic-auth-removed.steps.2':
    'Kan een apparaat zich niet aanmelden met Microsoft, vraag IT dan naar een andere manier om te verzenden, zoals een relay via een connector.',
  'finding.auth.basic-auth-removed.admin':
    'Exchange Online weigerde het aanmelden met een wachtwoord voor {address} met “550 5.7.30 Basic authentication is not supported for Client Submission”. Ik zet {sender} over op aanmelden met Microsoft (OAuth 2.0). Kunt u bevestigen dat dit in onze tenant is toegestaan? Apparaten die geen OAuth kunnen gebruiken, hebben een andere route nodig: High Volume Email (alleen interne ontvangers), Azure Communication Services Email, een relay via een inkomende connector, of Direct Send (alleen interne ontvangers).',

  'finding.auth.security-defaults.title': 'De beveiligingsinstellingen van uw organisatie blokkeren aanmelden door apps',
  'finding.auth.security-defaults.explanation':
    'De “standaardinstellingen voor beveiliging” van Microsoft staan aan voor uw organisatie, en die blokkeren aanmelden met een wachtwoord vanuit mail-apps. Gebruik in plaats daarvan “Aanmelden met Microsoft”.',
  'finding.auth.security-defaults.steps.1': 'Kies “Aanmelden met Microsoft” in deze app en test opnieuw.',
  'finding.auth.security-defaults.steps.2': 'Kan uw apparaat geen Microsoft-aanmelding gebruiken, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.auth.security-defaults.admin':
    'Mijn SMTP-aanmelding als {address} wordt geweigerd met “user is locked by your organization’s security defaults policy”. De standaardinstellingen voor beveiliging blokkeren basisverificatie voor SMTP. Ik zet {sender} over op aanmelden met Microsoft (OAuth 2.0). Kunt u bevestigen dat dit in onze tenant is toegestaan en dat Geverifieerde SMTP aan staat voor mijn postvak? SMTP met basisverificatie werkt alleen weer als de standaardinstellingen voor beveiliging worden vervangen door beleid voor voorwaardelijke toegang (instelling hieronder). Dat verzwakt de beveiliging, dus ik raad het niet aan.',

  'finding.auth.conditional-access.title': 'Een aanmeldregel van uw organisatie heeft dit geblokkeerd',
  'finding.auth.conditional-access.explanation':
    'Uw organisatie heeft aanmeldregels (voorwaardelijke toegang of meervoudige verificatie), en deze aanmelding voldeed daar niet aan. Uw IT-beheerder kan de precieze reden zien in het aanmeldingslogboek.',
  'finding.auth.conditional-access.steps.1': 'Kies “Aanmelden met Microsoft” in deze app: daarmee kunt u ook meervoudige verificatie voltooien.',
  'finding.auth.conditional-access.steps.2': 'Mislukt het dan nog steeds, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.auth.conditional-access.admin':
    'De SMTP-aanmelding van {sender} als {address} mislukt met “the request did not meet the criteria to be authenticated successfully”. Kunt u in het aanmeldingslogboek van Microsoft Entra voor mijn account (hieronder) nagaan welk beleid voor voorwaardelijke toegang of welke MFA-eis de aanmelding blokkeerde? Ik gebruik liever aanmelden met Microsoft (OAuth 2.0) dan een uitzondering voor verouderde verificatie.',

  'finding.auth.bad-credentials.title': 'De gebruikersnaam of het wachtwoord klopt niet',
  'finding.auth.bad-credentials.explanation':
    'De server accepteerde de gebruikersnaam en het wachtwoord niet. Bij Microsoft 365 is de gebruikersnaam uw volledige e-mailadres.',
  'finding.auth.bad-credentials.steps.1': 'Typ uw volledige e-mailadres als gebruikersnaam.',
  'finding.auth.bad-credentials.steps.2':
    'Typ het wachtwoord nog eens zorgvuldig (let op Caps Lock). Als u zich aanmeldt op outlook.office.com, ziet u of het klopt.',
  'finding.auth.bad-credentials.steps.3': 'Gebruikt u een app-wachtwoord? Maak een nieuw aan, of kies liever “Aanmelden met Microsoft”.',
  'finding.auth.bad-credentials.admin':
    'De SMTP-aanmelding van {sender} als {address} wordt geweigerd (“the user credentials were incorrect” of “535 5.7.3 Authentication unsuccessful”), hoewel ik mijn wachtwoord heb gecontroleerd. Kunt u nagaan of mijn account is vergrendeld of mijn wachtwoord is verlopen, en of Geverifieerde SMTP aan staat voor mijn postvak?',

  'finding.auth.federation-failure.title': 'De aanmeldservice van uw organisatie reageerde niet',
  'finding.auth.federation-failure.explanation':
    'Uw organisatie meldt u aan via een eigen aanmeldservice, en Microsoft kon die niet bereiken of gebruiken. Dit ligt aan de kant van uw organisatie, niet aan uw wachtwoord.',
  'finding.auth.federation-failure.steps.1': 'Wacht een paar minuten en test opnieuw.',
  'finding.auth.federation-failure.steps.2': 'Blijft het mislukken, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.auth.federation-failure.admin':
    'SMTP-aanmelding voor {address} mislukt met “federated STS service was unreachable” (of “the federated STS URL does not support HTTPS”). Kunt u controleren of onze federatieservice (AD FS of onze identiteitsprovider) vanuit Microsoft 365 via HTTPS bereikbaar is?',

  'finding.auth.rejected.title': 'De server weigerde de aanmelding',
  'finding.auth.rejected.explanation':
    'De mailserver weigerde u aan te melden, met een reden die deze app niet herkent. Het exacte antwoord komt in het bericht voor uw IT-beheerder.',
  'finding.auth.rejected.steps.1': 'Controleer uw gebruikersnaam (uw volledige e-mailadres) en uw wachtwoord.',
  'finding.auth.rejected.steps.2': 'Kies “Aanmelden met Microsoft” als uw account dat ondersteunt.',
  'finding.auth.rejected.steps.3': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.auth.rejected.admin':
    'De SMTP-aanmelding van {sender} als {address} bij {host} wordt geweigerd. Kunt u controleren of Geverifieerde SMTP aan staat voor mijn postvak, en of een aanmeldbeleid de aanmelding blokkeert (het aanmeldingslogboek van Microsoft Entra laat de reden zien)?',

  'finding.auth.unexpected-reply.title': 'De server gaf een vreemd antwoord op de aanmelding',
  'finding.auth.unexpected-reply.explanation':
    'De mailserver zei geen ja of nee tegen uw aanmelding: het antwoord was geen geslaagde aanmelding. Deze app kan dus niet zien of uw wachtwoord werkt, en onthoudt het niet.',
  'finding.auth.unexpected-reply.steps.1': 'Wijzig hierom uw wachtwoord niet: het kan best kloppen.',
  'finding.auth.unexpected-reply.steps.2': 'Stuur het bericht hieronder naar uw IT-beheerder, die de mailserver kan controleren.',
  'finding.auth.unexpected-reply.admin':
    'Als ik me als {address} aanmeld bij {host} op poort {port}, sluit de server de AUTH-uitwisseling af met een ander antwoord dan 235, zodat de client de aanmelding niet als geslaagd kan beschouwen (RFC 4954 sectie 6: 235 betekent dat de verificatie is geslaagd). Kunt u de server controleren, en alles tussen ons in dat SMTP herschrijft (een proxy of de mailbescherming van een antivirusprogramma), op het antwoord dat hieronder staat?',

  'finding.auth.mechanism-unsupported.title': 'De server ondersteunt de aanmeldmethode van de app niet',
  'finding.auth.mechanism-unsupported.explanation':
    'De app probeerde een aanmeldmethode die de server niet aanbiedt. De servers van Microsoft accepteren alleen LOGIN en aanmelden met Microsoft (XOAUTH2), nooit PLAIN.',
  'finding.auth.mechanism-unsupported.steps.1': 'Verzend via {m365Host}: het {mxSuffix}-adres van de tenant accepteert helemaal geen aanmelding.',
  'finding.auth.mechanism-unsupported.steps.2': 'Kies in de instellingen van de app “Aanmelden met Microsoft” of de wachtwoordmethode LOGIN.',
  'finding.auth.mechanism-unsupported.admin':
    '{host} geeft op de aanmeldmethode van {sender} het antwoord “504 5.7.4 Unrecognized authentication type”. Microsoft 365 biedt AUTH LOGIN en XOAUTH2 aan op {m365Host} poort {m365Port} na STARTTLS. Kunt u mij helpen het zo in te stellen?',

  'finding.auth.not-offered.title': 'De server bood geen aanmelding aan',
  'finding.auth.not-offered.explanation':
    'Nadat de verbinding was beveiligd, noemde de server geen enkele aanmeldmethode, dus uw account kon niet worden gecontroleerd. Misschien is de server een relay zonder aanmelding, of klopt de naam niet.',
  'finding.auth.not-offered.steps.1': 'Gebruik voor Microsoft 365 {m365Host}, poort {m365Port}, STARTTLS.',
  'finding.auth.not-offered.steps.2': 'Verzendt u via een relay (een {mxSuffix}-adres op poort 25), kies dan geen aanmelding.',
  'finding.auth.not-offered.admin':
    '{host} op poort {port} biedt na STARTTLS geen AUTH aan, dus mijn account kan zich niet aanmelden. Kunt u laten weten of dit de juiste server is voor verzenden met aanmelding, of dat ik {m365Host} op poort {m365Port} moet gebruiken?',

  'finding.auth.required.title': 'De server wil dat u zich eerst aanmeldt',
  'finding.auth.required.explanation':
    'De server weigerde te verzenden omdat de app niet was aangemeld. Er was geen aanmelding ingesteld, of de aanmelding mislukte vóór deze stap.',
  'finding.auth.required.steps.1':
    'Zet aanmelden aan (“Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist”) met uw volledige e-mailadres.',
  'finding.auth.required.steps.2': 'Zet de beveiliging op STARTTLS: Microsoft biedt aanmelden alleen aan op een beveiligde verbinding.',
  'finding.auth.required.steps.3': 'Verscheen er vóór deze melding een aanmeldfout, los die dan eerst op.',
  'finding.auth.required.admin':
    '{host} geeft {sender} het antwoord “530 5.7.57 Client not authenticated to send mail”. Ik zet verificatie aan. Kunt u Direct Send of een relay via een connector instellen als {sender} zich niet kan aanmelden?',
};
