import type { findingsSending as source } from '../en/findings-sending';
import type { Translation } from '../translation';

/** Dutch: findings about sending, relay, the tenant and unknown replies (scheme: see ./findings.ts). */
export const findingsSending: Translation<typeof source> = {
  'finding.unknown.quoted': 'Het antwoord was: “{quote}”',

  // send
  'finding.send.send-as-denied.title': 'U mag niet verzenden vanaf dit adres',
  'finding.send.send-as-denied.explanation':
    'Het Van-adres verschilt van het postvak waarmee u bent aangemeld, en u hebt daarvoor geen machtiging “Verzenden als”.',
  'finding.send.send-as-denied.steps.1': 'Verzend vanaf het adres waarmee u zich aanmeldt, en test opnieuw.',
  'finding.send.send-as-denied.steps.2':
    'Wilt u verzenden als een ander adres (bijvoorbeeld een gedeeld postvak), vraag IT dan om de machtiging “Verzenden als”.',
  'finding.send.send-as-denied.admin':
    'Kunt u mijn account {address} de machtiging “Verzenden als” geven voor het postvak van waaruit ik moet verzenden? Exchange Online weigert het met 5.7.60 of 5.2.252 SendAsDenied.',

  'finding.send.outbound-spam.title': 'Microsoft heeft uw e-mail tegengehouden als mogelijke spam',
  'finding.send.outbound-spam.explanation':
    'De spambeveiliging van Microsoft heeft voorkomen dat dit account kon verzenden. Dat gebeurt vaak bij nieuwe of niet-geverifieerde accounts, of nadat er veel is verzonden.',
  'finding.send.outbound-spam.steps.1':
    'Meld u in een browser aan op outlook.com (of outlook.office.com) en voltooi een eventuele verificatie die wordt gevraagd.',
  'finding.send.outbound-spam.steps.2': 'Wacht een paar uur en verzend minder berichten tegelijk.',
  'finding.send.outbound-spam.steps.3': 'Blijft het gebeuren, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.send.outbound-spam.admin':
    'E-mail van {address} wordt geweigerd met “OutboundSpamException” (uitgaande e-mail als spam beoordeeld). Kunt u nagaan of het account beperkt of gecompromitteerd is, of verificatie nodig heeft?',

  'finding.send.quota-exceeded.title': 'U hebt de verzendlimiet van vandaag bereikt',
  'finding.send.quota-exceeded.explanation':
    'Microsoft staat maximaal {recipientsPerDay} ontvangers per dag per postvak toe, en dit postvak heeft die limiet bereikt. Binnen {quotaWindow} begint de telling opnieuw.',
  'finding.send.quota-exceeded.steps.1': 'Wacht maximaal {quotaWindow} en verzend dan opnieuw.',
  'finding.send.quota-exceeded.steps.2': 'Hebt u niet zoveel e-mail verzonden, meld het dan meteen bij IT: misschien misbruikt iemand uw account.',
  'finding.send.quota-exceeded.admin':
    'Mijn postvak {address} heeft de verzendlimiet van Exchange Online bereikt (SubmissionQuotaExceededException of “5.2.2 Submission quota exceeded”; {recipientsPerDay} ontvangers per dag). Kunt u nagaan of die hoeveelheid te verwachten is, of dat het account misschien is gecompromitteerd?',

  'finding.send.mailbox-full.title': 'Uw postvak is vol',
  'finding.send.mailbox-full.explanation':
    'Verzonden e-mail wordt bewaard in Verzonden items, en uw postvak heeft geen ruimte meer. De server weigert te verzenden tot er ruimte vrij is.',
  'finding.send.mailbox-full.steps.1': 'Verwijder oude e-mail, vooral grote items in Verzonden items, en leeg daarna Verwijderde items.',
  'finding.send.mailbox-full.steps.2': 'Test opnieuw.',
  'finding.send.mailbox-full.steps.3': 'Vraag IT om meer ruimte of om automatisch opruimen van Verzonden items.',
  'finding.send.mailbox-full.admin':
    'Mijn postvak {address} is vol, dus verzenden mislukt (554 5.2.2 mailbox full; STOREDRV.Submission QuotaExceededException). Kunt u helpen ruimte vrij te maken, of een bewaarbeleid toepassen op Verzonden items?',

  'finding.send.recipient-mailbox-full.title': 'Het postvak van de ontvanger is vol',
  'finding.send.recipient-mailbox-full.explanation':
    'De persoon aan wie u schreef, heeft geen ruimte meer in het postvak, dus de mailserver van die persoon weigerde het bericht. Er is niets mis met uw account of uw instellingen.',
  'finding.send.recipient-mailbox-full.steps.1': 'Probeer het later opnieuw, of neem op een andere manier contact op.',
  'finding.send.recipient-mailbox-full.steps.2': 'U hoeft niets aan uw instellingen te veranderen.',
  'finding.send.recipient-mailbox-full.admin':
    'Een bericht van {address} kwam terug omdat het postvak van de ontvanger vol is (5.2.2 van de ontvangende server). Voor zover ik kan zien, hoeft er bij ons niets te veranderen; laat het me weten als u dat anders ziet.',

  'finding.send.message-too-large.title': 'Het bericht is te groot',
  'finding.send.message-too-large.explanation':
    'De server weigerde het bericht omdat het groter is dan de server accepteert, meestal door grote bijlagen of scans.',
  'finding.send.message-too-large.steps.1': 'Verzend kleinere bijlagen, of deel in plaats daarvan een link naar het bestand.',
  'finding.send.message-too-large.steps.2': 'Scan bij een scanner met een lagere resolutie of in zwart-wit.',
  'finding.send.message-too-large.admin':
    'E-mail van {sender} wordt geweigerd omdat het bericht te groot is (een antwoord 5.2.3 of 5.3.4 over de berichtgrootte). Kunt u laten weten welke groottelimiet geldt voor mijn postvak en voor de ontvanger, of die verhogen als dat passend is?',

  'finding.send.concurrency-limit.title': 'Te veel verbindingen tegelijk',
  'finding.send.concurrency-limit.explanation':
    'Microsoft staat maximaal {concurrentConnections} verbindingen tegelijk toe die vanuit één postvak verzenden. Waarschijnlijk verzendt er op dit moment een andere app of een ander apparaat vanuit uw postvak.',
  'finding.send.concurrency-limit.steps.1': 'Wacht even en test opnieuw.',
  'finding.send.concurrency-limit.steps.2': 'Sluit andere apps of apparaten die tegelijk vanuit dit postvak verzenden.',
  'finding.send.concurrency-limit.admin':
    'Mijn postvak {address} krijgt “432 4.3.2 Concurrent connections limit exceeded” (Exchange Online staat {concurrentConnections} verzendverbindingen per postvak toe). Kunt u nagaan welke apps of apparaten tegelijk vanuit dit postvak verzenden?',

  'finding.send.throttled.title': 'Verzenden is gepauzeerd voor dit postvak na herhaalde fouten',
  'finding.send.throttled.explanation':
    'Microsoft heeft verzenden vanuit apps voor dit postvak gepauzeerd, omdat steeds dezelfde fout optrad. Los de eerdere fout op; daarna stopt de pauze vanzelf.',
  'finding.send.throttled.steps.1': 'Zoek de eerdere fout en los die op, bijvoorbeeld een vol postvak of een verkeerd Van-adres.',
  'finding.send.throttled.steps.2': 'Stop elke app die het steeds opnieuw probeert.',
  'finding.send.throttled.steps.3': 'Wacht. Is het dringend, vraag IT dan of u vanuit een ander postvak kunt verzenden.',
  'finding.send.throttled.admin':
    'Exchange Online heeft SMTP AUTH voor {address} beperkt na aanhoudende fouten (550 5.2.251 tot en met 5.2.255). Microsoft-ondersteuning kan dat niet opheffen: het stopt pas als de oorzaak (postvak vol, Verzenden als geweigerd, ongeldige licentie, te veel of ongeldige ontvangers) is opgelost en de beperkingsperiode is verstreken. Kunt u mij helpen de oorzaak te vinden?',

  'finding.send.restricted-sender.title': 'Uw account mag niet meer verzenden',
  'finding.send.restricted-sender.explanation':
    'Microsoft heeft dit account geblokkeerd voor verzenden, meestal omdat het spam verzond, en dat betekent vaak dat iemand anders het heeft gebruikt. Uw IT-beheerder moet de blokkade opheffen.',
  'finding.send.restricted-sender.steps.1': 'Wijzig nu uw wachtwoord.',
  'finding.send.restricted-sender.steps.2': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.send.restricted-sender.admin':
    'Mijn account {address} is geblokkeerd voor verzenden (550 5.1.8 Access denied, bad outbound sender), dus het staat waarschijnlijk op de lijst met beperkte entiteiten. Kunt u het account controleren op misbruik, het wachtwoord opnieuw instellen en de blokkade opheffen?',

  'finding.send.spam-blocked.title': 'Microsoft heeft deze e-mail geweigerd als spam',
  'finding.send.spam-blocked.explanation':
    'Het antispamsysteem van Microsoft weigerde dit bericht of het adres waar het vandaan kwam. Uw IT-beheerder kan zien waarom en om verwijdering vragen.',
  'finding.send.spam-blocked.steps.1': 'Verzend hetzelfde bericht niet steeds opnieuw.',
  'finding.send.spam-blocked.steps.2': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.send.spam-blocked.admin':
    'E-mail van {address} wordt door Exchange Online geweigerd met een antispamantwoord “Access denied” (5.7.501 tot en met 5.7.511). Kunt u de code opzoeken in het NDR-overzicht van Microsoft en, als ons IP-adres of domein is verbannen, om verwijdering van de lijst vragen?',

  'finding.send.ip-blocklisted.title': 'Het adres waar uw e-mail vandaan komt, staat op een blokkeerlijst',
  'finding.send.ip-blocklisted.explanation':
    'De ontvangende maildienst blokkeert het internetadres (IP) waarvandaan uw e-mail wordt verzonden, omdat het op een spamblokkeerlijst staat. Alleen IT, of de provider van dat adres, kan het laten verwijderen.',
  'finding.send.ip-blocklisted.steps.1': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.send.ip-blocklisted.steps.2': 'Verzend hetzelfde bericht niet steeds opnieuw.',
  'finding.send.ip-blocklisted.admin':
    'E-mail van {sender} wordt geweigerd omdat ons verzendende IP-adres op een blokkeerlijst staat (bijvoorbeeld 5.7.606–5.7.649 “banned sending IP”, of een DNS-blokkeerlijst). Kunt u uitzoeken waarom het adres op de lijst staat, de oorzaak verhelpen en om verwijdering vragen? Het verwijderingsportaal van Microsoft is {delistPortal}.',

  'finding.send.from-rejected.title': 'Het Van-adres van het bericht is geweigerd',
  'finding.send.from-rejected.explanation':
    'De Van-regel van het bericht ontbreekt, is ongeldig of kwam niet door de controle van het afzenderdomein (DMARC). De app of de instellingen van uw domein moeten worden aangepast.',
  'finding.send.from-rejected.steps.1': 'Zorg dat de app uw eigen e-mailadres als Van-adres gebruikt.',
  'finding.send.from-rejected.steps.2': 'Gebruikt u het eigen domein van uw organisatie, vraag IT dan de SPF-, DKIM- en DMARC-records te controleren.',
  'finding.send.from-rejected.admin':
    'E-mail van {address} wordt geweigerd met 5.7.509 (DMARC) of 5.7.512 (Van-header voldoet niet aan RFC 5322). Kunt u de SPF-, DKIM- en DMARC-instellingen van ons domein controleren, en de Van-header die de verzendende app gebruikt?',

  'finding.send.temporary-restriction.title': 'Microsoft houdt e-mail voorlopig tegen',
  'finding.send.temporary-restriction.explanation':
    'Microsoft heeft verzenden via deze verbinding tijdelijk beperkt, vaak na een plotselinge toename van e-mail. Meestal gaat het vanzelf over.',
  'finding.send.temporary-restriction.steps.1': 'Wacht en probeer het later opnieuw.',
  'finding.send.temporary-restriction.steps.2': 'Duurt het langer dan een dag, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.send.temporary-restriction.admin':
    'Verzenden vanaf {address} krijgt “451 4.7.500-699 Access denied, please try again later”. Kunt u nagaan of ons IP-adres wordt beperkt, en of we vanaf een onmicrosoft.com-adres verzenden (die zijn beperkt) of een connector nodig hebben?',

  'finding.send.recipient-rejected.title': 'Het adres van de ontvanger is geweigerd',
  'finding.send.recipient-rejected.explanation':
    'De server weigerde het adres waarnaar u verzond. Misschien is het verkeerd getypt, of bestaat het niet.',
  'finding.send.recipient-rejected.steps.1': 'Controleer het adres van de ontvanger op typefouten.',
  'finding.send.recipient-rejected.steps.2': 'Stuur het testbericht naar uw eigen adres.',
  'finding.send.recipient-rejected.admin':
    'Exchange Online weigert de ontvanger als ik verzend vanaf {address}. Kunt u nagaan of de ontvanger bestaat en of een regel voor de e-mailstroom die blokkeert?',

  'finding.send.forwarding-blocked.title': 'Uw organisatie staat doorsturen naar buiten niet toe',
  'finding.send.forwarding-blocked.explanation':
    'Een bericht dat automatisch (door een doorstuurregel) naar een extern adres werd doorgestuurd, is geblokkeerd door de beveiligingsinstellingen van uw organisatie.',
  'finding.send.forwarding-blocked.steps.1': 'Hebt u een doorstuurregel ingesteld, verwijder die dan, of vraag IT of die is toegestaan.',
  'finding.send.forwarding-blocked.steps.2': 'Is het doorsturen nodig voor uw werk, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.send.forwarding-blocked.admin':
    'Automatisch doorsturen van {address} naar een extern adres is geblokkeerd (550 5.7.520 “Your organization does not allow external forwarding”). Kunt u het beleid voor uitgaande spam controleren (instelling hieronder) en laten weten of dit doorsturen kan worden toegestaan?',

  'finding.send.smtputf8-unsupported.title': 'De server kan dit adres niet verwerken',
  'finding.send.smtputf8-unsupported.explanation':
    'Het deel van het adres vóór de @ bevat letters buiten het gewone Engelse alfabet (bijvoorbeeld ü of é), en de server ondersteunt zulke adressen niet.',
  'finding.send.smtputf8-unsupported.steps.1': 'Heeft het postvak een adres met gewone letters (een alias), verzend dan vanaf dat adres.',
  'finding.send.smtputf8-unsupported.steps.2': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.send.smtputf8-unsupported.admin':
    'Verzenden met het adres {address} mislukt omdat het vóór de @ niet-ASCII-tekens bevat en {host} geen SMTPUTF8 aanbiedt. Kunt u het postvak een alias met alleen ASCII-tekens geven om vanaf te verzenden, of laten weten welke server geïnternationaliseerde adressen accepteert?',

  'finding.send.failed-no-detail.title': 'Uw mail-app kon niet verzenden en zei niet waarom',
  'finding.send.failed-no-detail.explanation':
    'De mail-app meldde dat verzenden is mislukt, maar liet het antwoord van de server niet zien. Als u hier test, ziet u precies welke stap mislukt.',
  'finding.send.failed-no-detail.steps.1': 'Test uw instellingen met deze app: kies uw soort account en start de test.',
  'finding.send.failed-no-detail.steps.2':
    'Controleer de server voor uitgaande e-mail: voor Microsoft 365 is dat {m365Host}, poort {m365Port}, STARTTLS, met uw volledige adres als gebruikersnaam.',
  'finding.send.failed-no-detail.steps.3': 'Werkt de test hier wel, verwijder het account dan uit de mail-app en voeg het opnieuw toe.',
  'finding.send.failed-no-detail.admin':
    'Verzenden vanuit {sender} mislukt met een melding zonder reden (het antwoord van de server wordt niet getoond). Kunt u het Entra-aanmeldingslogboek en de berichttracering voor {address} controleren, of laten weten welke gegevens u nodig hebt?',

  // tenant / relay / server
  'finding.tenant.blocked.title': 'Microsoft 365 van uw organisatie is geblokkeerd voor verzenden',
  'finding.tenant.blocked.explanation':
    'Microsoft heeft verzenden voor uw hele organisatie beperkt, bijvoorbeeld bij een nieuw abonnement of een proefabonnement, of bij niet-geverifieerde domeinen. Alleen uw IT-beheerder en Microsoft kunnen dit opheffen.',
  'finding.tenant.blocked.steps.1': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.tenant.blocked.admin':
    'Exchange Online weigert onze e-mail met een blokkade op tenantniveau (5.7.705 tenant has exceeded threshold, 5.7.708 traffic not accepted from this IP, of 5.7.750 unregistered domains). Kunt u onze domeinen verifiëren (hieronder) en contact opnemen met Microsoft-ondersteuning om de beperking op te heffen?',

  'finding.relay.tenant-attribution.title': 'De relayconnector herkent deze afzender niet',
  'finding.relay.tenant-attribution.explanation':
    'E-mail die via de relay van uw organisatie wordt verzonden, wordt niet aan de connector gekoppeld. Meestal is het verzendende IP-adres of certificaat veranderd.',
  'finding.relay.tenant-attribution.steps.1': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.relay.tenant-attribution.admin':
    'Relayen mislukt met “5.7.64 TenantAttribution; Relay Access Denied”: de inkomende connector past niet bij ons verzendende IP-adres of certificaat. Kunt u de connector bijwerken?',

  'finding.relay.direct-send-rejected.title': 'Uw organisatie staat Direct Send niet toe',
  'finding.relay.direct-send-rejected.explanation':
    'Dit apparaat verzendt zonder aan te melden (“Direct Send”), en uw organisatie heeft dat uitgeschakeld. Het apparaat moet zich aanmelden of een connector gebruiken.',
  'finding.relay.direct-send-rejected.steps.1': 'Kan het apparaat zich aanmelden, gebruik dan {m365Host}, poort {m365Port}, STARTTLS met aanmelding.',
  'finding.relay.direct-send-rejected.steps.2': 'Anders: stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.relay.direct-send-rejected.admin':
    'Direct Send vanaf ons apparaat wordt geweigerd (550 5.7.68 TenantInboundAttribution; Direct Send not allowed), dus RejectDirectSend staat aan voor onze organisatie. Kunt u een inkomende partnerconnector instellen voor het IP-adres of certificaat van het apparaat, of het in plaats daarvan aanmeldgegevens voor SMTP AUTH geven?',

  'finding.relay.external-recipients-not-allowed.title': 'Via deze route kunt u niet naar externe adressen verzenden',
  'finding.relay.external-recipients-not-allowed.explanation':
    'Verzenden zonder aanmelding naar de eigen mailserver van uw organisatie (Direct Send) levert alleen af binnen uw organisatie. Voor e-mail naar externe adressen is aanmelding of een connector nodig.',
  'finding.relay.external-recipients-not-allowed.steps.1': 'Test met een adres binnen uw organisatie.',
  'finding.relay.external-recipients-not-allowed.steps.2':
    'Wilt u naar buiten verzenden, gebruik dan {m365Host}, poort {m365Port}, STARTTLS met aanmelding, of vraag IT om een connector.',
  'finding.relay.external-recipients-not-allowed.admin':
    'Verzenden vanuit {sender} naar een externe ontvanger wordt geweigerd (550 5.4.1 Relay Access Denied, of 550 5.7.54 Unable to relay recipient in non-accepted domain), omdat Direct Send alleen aan interne ontvangers aflevert. Kunt u er een inkomende connector voor instellen (instelling hieronder), of {sender} aanmeldgegevens voor SMTP AUTH geven?',

  'finding.server.temporary-failure.title': 'De server had een tijdelijk probleem',
  'finding.server.temporary-failure.explanation':
    'De mailserver meldde dat hij dit nu niet kan afhandelen. Zulke problemen verdwijnen meestal binnen enkele minuten vanzelf.',
  'finding.server.temporary-failure.steps.1': 'Wacht een paar minuten en test opnieuw.',
  'finding.server.temporary-failure.steps.2': 'Duurt het langer dan een uur, stuur het bericht hieronder dan naar uw IT-beheerder.',
  'finding.server.temporary-failure.admin':
    '{host} geeft steeds een tijdelijke fout als ik verzend. Kunt u de servicestatus van Microsoft 365 voor Exchange Online controleren?',

  'finding.unknown.title': 'Deze fout herkennen we niet',
  'finding.unknown.explanation':
    'De server of de app meldde een probleem dat deze app nog niet kent. De exacte woorden zijn bewaard, zodat uw IT-beheerder ze kan opzoeken.',
  'finding.unknown.steps.1': 'Controleer de servernaam, poort en beveiliging. Voor Microsoft 365: {m365Host}, {m365Port}, STARTTLS.',
  'finding.unknown.steps.2': 'Stuur het bericht hieronder naar uw IT-beheerder.',
  'finding.unknown.admin':
    'Verzenden als {address} vanuit {sender} via {host} mislukt met een fout die Mail Setup Assistant niet herkent. Kunt u ernaar kijken?',
};
