import type { findingsOAuth as source } from '../en/findings-oauth';
import type { Translation } from '../translation';

/** Dutch: findings about “Aanmelden met Microsoft” (OAuth 2.0) (scheme: see ./findings.ts). */
export const findingsOAuth: Translation<typeof source> = {
  'finding.auth.oauth-required.title': 'Outlook.com vraagt om “Aanmelden met Microsoft”',
  'finding.auth.oauth-required.explanation':
    'Accounts van Outlook.com, Hotmail en Live accepteren sinds {outlookComEnded} geen wachtwoorden meer in mail-apps. App-wachtwoorden werken ook niet: alleen “Aanmelden met Microsoft” werkt.',
  'finding.auth.oauth-required.steps.1': 'Kies “Aanmelden met Microsoft” en meld u aan met uw Outlook.com-account.',
  'finding.auth.oauth-required.steps.2': 'Test opnieuw.',
  'finding.auth.oauth-required.admin':
    'Mijn persoonlijke Outlook.com-account {address} accepteert geen aanmelding met een wachtwoord meer voor verzenden (Microsoft heeft dat op {outlookComEnded} beëindigd, en app-wachtwoorden werken ook niet). Ik stap over op aanmelden met Microsoft (OAuth 2.0). Kunt u controleren dat ons netwerk {loginHost} niet blokkeert? Verder hoeft er bij u niets te veranderen.',

  'finding.auth.oauth-token-rejected.title': 'Aanmelden bij Microsoft lukte, maar de mailserver weigerde het',
  'finding.auth.oauth-token-rejected.explanation':
    'U hebt zich aangemeld bij Microsoft, maar de mailserver accepteerde dat niet voor dit postvak. Meestal is het account waarmee u zich aanmeldde niet het postvak waarvan u verzendt, of staat verzenden vanuit apps ervoor uit.',
  'finding.auth.oauth-token-rejected.steps.1': 'Meld u opnieuw aan met precies het account van het postvak waarvan u verzendt.',
  'finding.auth.oauth-token-rejected.steps.2': 'Verzendt u vanuit een gedeeld postvak, controleer dan of u toestemming hebt om het te gebruiken.',
  'finding.auth.oauth-token-rejected.steps.3': 'Mislukt het nog steeds, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.auth.oauth-token-rejected.admin':
    'Exchange Online weigert de OAuth 2.0-aanmelding (XOAUTH2) van {sender} voor {address} met “535 5.7.3 Authentication unsuccessful”. Kunt u drie dingen controleren: dat het account waarmee ik me aanmeld {address} is of er rechten op heeft (gedeeld postvak), dat de app in onze tenant toestemming heeft voor {smtpSendScope}, en dat Geverifieerde SMTP aan staat voor het postvak (SMTP AUTH is ook met OAuth nodig)?',

  'finding.auth.oauth-account-mismatch.title': 'U hebt zich aangemeld met een ander account',
  'finding.auth.oauth-account-mismatch.explanation':
    'Het Microsoft-account waarmee u zich hebt aangemeld, is niet {address}. Dat is prima voor een gedeeld postvak waarvan u mag verzenden; meld u anders aan met het eigen account van het postvak.',
  'finding.auth.oauth-account-mismatch.steps.1': 'Is {address} uw eigen postvak, meld u dan opnieuw aan met dat account.',
  'finding.auth.oauth-account-mismatch.steps.2': 'Is het een gedeeld postvak, controleer dan of IT u toestemming heeft gegeven om ervan te verzenden.',
  'finding.auth.oauth-account-mismatch.admin':
    'Ik heb me bij Microsoft aangemeld met een ander account dan {address} om vanuit dat postvak te verzenden via {m365Host}. Kunt u bevestigen dat mijn account mag verzenden vanuit {address} (Verzenden als, of volledige toegang tot een gedeeld postvak)?',

  'finding.auth.oauth-consent-required.title': 'De app heeft uw toestemming nodig om e-mail te verzenden',
  'finding.auth.oauth-consent-required.explanation':
    'Microsoft vroeg toestemming om de app namens u e-mail te laten verzenden, en die is niet gegeven. Misschien kunt u die zelf geven bij het aanmelden; anders moet uw IT-beheerder het toestaan.',
  'finding.auth.oauth-consent-required.steps.1': 'Meld u opnieuw aan en accepteer het toestemmingsverzoek als dat verschijnt.',
  'finding.auth.oauth-consent-required.steps.2': 'Verschijnt er geen verzoek, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.auth.oauth-consent-required.admin':
    'Microsoft-aanmelding voor {sender} mislukt met AADSTS65001 (de gebruiker of beheerder heeft geen toestemming gegeven om de toepassing te gebruiken). Kunt u in onze tenant toestemming verlenen voor de gedelegeerde machtiging {smtpSendScope} (en offline_access)?',

  'finding.auth.oauth-admin-consent-required.title': 'Uw IT-beheerder moet de app eerst goedkeuren',
  'finding.auth.oauth-admin-consent-required.explanation':
    'In uw organisatie mogen alleen IT-beheerders apps goedkeuren die uw postvak gebruiken. Zolang een beheerder deze app niet heeft goedgekeurd, kan “Aanmelden met Microsoft” niet worden afgerond.',
  'finding.auth.oauth-admin-consent-required.steps.1': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.auth.oauth-admin-consent-required.steps.2': 'Meld u opnieuw aan zodra uw beheerder het heeft bevestigd.',
  'finding.auth.oauth-admin-consent-required.admin':
    'Microsoft-aanmelding voor {sender} stopt bij “Need admin approval” (AADSTS90094). Kunt u beheerderstoestemming beoordelen en verlenen voor de gedelegeerde machtigingen {smtpSendScope} en offline_access (instelling hieronder)?',

  'finding.auth.oauth-conditional-access.title': 'Een aanmeldregel van uw organisatie heeft aanmelden met Microsoft geblokkeerd',
  'finding.auth.oauth-conditional-access.explanation':
    'De regels voor voorwaardelijke toegang van uw organisatie hebben deze aanmelding geblokkeerd, bijvoorbeeld vanwege het apparaat, de locatie of de app. Uw IT-beheerder kan in het aanmeldingslogboek zien welke regel het was.',
  'finding.auth.oauth-conditional-access.steps.1': 'Hebt u een computer of netwerk van het bedrijf, probeer het dan daarvandaan.',
  'finding.auth.oauth-conditional-access.steps.2': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.auth.oauth-conditional-access.admin':
    'Microsoft-aanmelding als {address} voor {sender} wordt geblokkeerd door voorwaardelijke toegang (AADSTS53003). Kunt u in het Entra-aanmeldingslogboek (hieronder) nagaan welk beleid de aanmelding blokkeerde, en of de app kan worden toegestaan voor het verzenden van e-mail?',

  'finding.auth.oauth-mfa-required.title': 'Microsoft wil een tweede aanmeldstap',
  'finding.auth.oauth-mfa-required.explanation':
    'Uw account vereist meervoudige verificatie (bijvoorbeeld een code of een authenticator-app), en die is bij het aanmelden niet voltooid. Als u zich opnieuw aanmeldt in het browservenster, kunt u die afronden.',
  'finding.auth.oauth-mfa-required.steps.1': 'Kies opnieuw “Aanmelden met Microsoft” en voltooi de extra stap.',
  'finding.auth.oauth-mfa-required.steps.2': 'Hebt u nog geen extra aanmeldstap ingesteld, vraag IT dan hoe dat moet.',
  'finding.auth.oauth-mfa-required.admin':
    'Microsoft-aanmelding als {address} vereist meervoudige verificatie (AADSTS50076 of AADSTS50079), en {sender} heeft die niet voltooid. Kunt u controleren of voor mijn account een werkende MFA-methode is geregistreerd?',

  'finding.auth.oauth-device-code-blocked.title': 'Aanmelden met een code is geblokkeerd in uw organisatie',
  'finding.auth.oauth-device-code-blocked.explanation':
    'Aanmelden door een code op een ander apparaat te typen, wordt geblokkeerd door de beveiligingsinstellingen van uw organisatie (standaardinstellingen voor beveiliging of een regel voor voorwaardelijke toegang). Meld u in plaats daarvan aan in het browservenster.',
  'finding.auth.oauth-device-code-blocked.steps.1': 'Kies “Aanmelden met Microsoft” en gebruik het browservenster dat opent, geen code.',
  'finding.auth.oauth-device-code-blocked.steps.2': 'Lukt dat niet op deze computer, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.auth.oauth-device-code-blocked.admin':
    'Microsoft-aanmelding met een apparaatcode is geblokkeerd voor {address}: standaardinstellingen voor beveiliging en beleid voor voorwaardelijke toegang voor verificatiestromen blokkeren aanmelden met een apparaatcode. Ik gebruik in plaats daarvan de aanmelding in de browser (autorisatiecode met PKCE). Kunt u laten weten of die ook is geblokkeerd, of {sender} uitzonderen van de blokkade op apparaatcodes als aanmelden met een code daar echt nodig is?',

  'finding.auth.oauth-sign-in-again.title': 'Meld u opnieuw aan met Microsoft',
  'finding.auth.oauth-sign-in-again.explanation':
    'De opgeslagen Microsoft-aanmelding is verlopen of ingetrokken, bijvoorbeeld na een wachtwoordwijziging. Opnieuw aanmelden lost het op.',
  'finding.auth.oauth-sign-in-again.steps.1': 'Kies “Aanmelden met Microsoft” en meld u opnieuw aan.',
  'finding.auth.oauth-sign-in-again.steps.2': 'Test opnieuw.',
  'finding.auth.oauth-sign-in-again.admin':
    'De opgeslagen Microsoft-aanmelding voor {address} in {sender} werkt niet meer (het vernieuwingstoken is verlopen of ingetrokken, bijvoorbeeld AADSTS700082 of AADSTS50173). Ik heb me opnieuw aangemeld. Wilt u het laten weten als een beleid de geldigheidsduur van aanmeldingen voor mail-apps verkort?',

  'finding.auth.oauth-unreachable.title': 'De aanmeldpagina van Microsoft is niet bereikbaar',
  'finding.auth.oauth-unreachable.explanation':
    'Deze computer kon de aanmeldservice van Microsoft ({loginHost}) niet bereiken, dus “Aanmelden met Microsoft” kan niet starten. Meestal ligt het aan de internetverbinding, een proxy of een firewall.',
  'finding.auth.oauth-unreachable.steps.1': 'Controleer of websites openen en probeer het opnieuw.',
  'finding.auth.oauth-unreachable.steps.2': 'Gebruikt u een VPN of proxy, probeer het dan zonder.',
  'finding.auth.oauth-unreachable.steps.3': 'Mislukt het nog steeds, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.auth.oauth-unreachable.admin':
    'Mijn computer kan {loginHost} niet bereiken via HTTPS, dus de Microsoft-aanmelding voor {sender} kan niet starten. Kunt u nagaan of onze firewall of proxy dat adres blokkeert?',

  'finding.auth.oauth-not-configured.title': 'Aanmelden met Microsoft is niet ingesteld voor deze app',
  'finding.auth.oauth-not-configured.explanation':
    'De app heeft geen werkende Microsoft-app-registratie voor uw organisatie, dus “Aanmelden met Microsoft” kan niet worden gebruikt. Uw IT-beheerder stelt het één keer in voor iedereen.',
  'finding.auth.oauth-not-configured.steps.1': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.auth.oauth-not-configured.steps.2': 'Tot die tijd werkt een wachtwoord misschien nog, waar uw organisatie dat toestaat.',
  'finding.auth.oauth-not-configured.admin':
    'De Mail Setup Assistant die ik gebruik, heeft geen Microsoft-aanmelding ingesteld. Kunt u de app registreren in Microsoft Entra ID (platform “Mobiele en desktoptoepassingen”, omleidings-URI http://localhost, gedelegeerde machtigingen {smtpSendScope} en offline_access) en de client-id en tenant in het bestand met organisatie-instellingen van de app zetten?',

  'finding.auth.oauth-cancelled.title': 'Aanmelden is geannuleerd',
  'finding.auth.oauth-cancelled.explanation':
    'Het aanmeldvenster van Microsoft werd gesloten, of het verzoek werd afgewezen, voordat het aanmelden klaar was. Er is niets gewijzigd.',
  'finding.auth.oauth-cancelled.steps.1': 'Kies opnieuw “Aanmelden met Microsoft” en rond het aanmelden in de browser af.',
  'finding.auth.oauth-cancelled.steps.2': 'Ging het browservenster niet open, controleer dan of er een standaardbrowser is ingesteld.',
  'finding.auth.oauth-cancelled.admin':
    'Microsoft-aanmelding voor {address} is geannuleerd voordat die klaar was. U kunt dit negeren, tenzij het blijft gebeuren; dan stuur ik u de details.',
};
