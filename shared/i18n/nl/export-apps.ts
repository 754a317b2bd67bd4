import type { exportApps as source } from '../en/export-apps';
import type { Translation } from '../translation';

/** Dutch: what works in each mail app (shared/export/app-plan.ts), with the apps’ own Dutch menu names. */
export const exportApps: Translation<typeof source> = {
  'exportApps.app.outlook-classic': 'Klassieke Outlook voor Windows',
  'exportApps.app.outlook-new': 'Nieuwe Outlook voor Windows',
  'exportApps.app.outlook-mac': 'Outlook voor Mac',
  'exportApps.app.apple-mail-mac': 'Apple Mail op een Mac',
  'exportApps.app.ios': 'Mail op iPhone of iPad',
  'exportApps.app.thunderbird': 'Thunderbird',
  'exportApps.app.device': 'Een printer, scanner of app die e-mail verzendt',

  // Headlines: what the person gets, one sentence.
  'exportApps.headline.add-by-address': '{app} stelt zichzelf in op basis van uw adres: volg de drie stappen hieronder en meld u aan met Microsoft.',
  'exportApps.headline.manual': '{app} heeft voor dit account geen instellingenbestand: volg de stappen hieronder met de getoonde instellingen.',
  'exportApps.headline.prf': 'Sla het instellingenbestand voor {app} op, of volg de stappen hieronder.',
  'exportApps.headline.profile': 'Sla het profiel op en open het op het apparaat, of volg de stappen hieronder.',
  'exportApps.headline.mac-mail-microsoft': 'Voor dit postvak kunt u niet op Apple Mail op een Mac rekenen: gebruik Outlook voor Mac (stappen hieronder).',
  'exportApps.headline.thunderbird': 'Thunderbird vindt de instellingen zelf: volg de stappen hieronder.',
  'exportApps.headline.device': 'Sla het instellingenblad op of druk het af, en vul de waarden in op het apparaat.',
  'exportApps.headline.not-a-mailbox':
    'Deze instellingen zijn alleen voor verzenden, dus {app} kan ze niet gebruiken. Kies in plaats daarvan “Een printer, scanner of app”, of ga terug en vul uw postvak in.',
  'exportApps.steps.title.outlook-mac-instead': 'Aanbevolen: Outlook voor Mac instellen',
  'exportApps.steps.title.profile': 'Het profiel installeren',
  'exportApps.steps.title.device': 'Deze instellingen invullen op het apparaat',

  // Outlook, Microsoft mailbox: three steps.
  'exportApps.step.classic.open': 'Kies in Outlook Bestand › Account toevoegen.',
  'exportApps.step.new.open': 'Kies in Outlook Instellingen (het tandwiel) › Accounts › E-mailaccounts › Account toevoegen.',
  'exportApps.step.mac.open': 'Kies in Outlook het menu Outlook › Instellingen › Accounts, en dan + › Nieuw account.',
  'exportApps.step.outlook.address': 'Typ {address} en kies Doorgaan.',
  'exportApps.step.classic.address': 'Typ {address} en kies Verbinding maken.',
  'exportApps.step.outlook.sign-in': 'Meld u aan op de pagina van Microsoft. Outlook vindt de servers zelf; kies Gereed.',
  // Outlook, other mailbox: by hand.
  'exportApps.step.classic.manual':
    'Kies Geavanceerde opties, vink “Laat me mijn account handmatig instellen” aan, kies Verbinding maken en kies {protocol}.',
  'exportApps.step.outlook.manual-servers':
    'Vraagt Outlook wat voor account het is, kies dan {protocol} en vul de servers, poorten en versleuteling in zoals ze hier staan.',
  'exportApps.step.outlook.password': 'Typ uw wachtwoord als Outlook erom vraagt. Het blijft in Outlook; geen enkel bestand bevat het.',
  'exportApps.step.classic.prf': 'Of: sla het instellingenbestand op, sluit Outlook en dubbelklik op het .cmd-bestand dat ernaast is opgeslagen.',

  // Apple Mail on a Mac, other mailbox.
  'exportApps.step.mac-mail.manual':
    'Kies in Mail het menu Mail › Voeg account toe › Ander Mail-account, typ uw naam, {address} en uw wachtwoord, en kies Log in.',
  'exportApps.step.mac-mail.manual-servers': 'Vraagt Mail om de servers, kies dan {protocol} en vul de servers in zoals ze hier staan.',
  'exportApps.step.mac.profile-open': 'Dubbelklik op het opgeslagen profiel. macOS meldt dat het is gedownload en nog moet worden bekeken.',
  'exportApps.step.mac.profile-install':
    'Open Systeeminstellingen › Algemeen › Apparaatbeheer (in macOS 14: Privacy en beveiliging › Profielen), selecteer het profiel en kies Installeer. Mail vraagt om uw wachtwoord.',

  // iPhone and iPad.
  'exportApps.step.ios.send':
    'Zet het opgeslagen profiel op de iPhone of iPad: stuur het met AirDrop vanaf een Mac, of mail het naar uzelf en open de bijlage daar in Mail. Pak het niet in (zip) en wijzig de naam niet.',
  'exportApps.step.ios.install': 'Open Instellingen, kies Profiel gedownload en dan Installeer, en volg de aanwijzingen binnen {minutes, plural, one {# minuut} other {# minuten}} (daarna verwijdert iOS het profiel).',
  'exportApps.step.ios.sign-in': 'Meld u aan met Microsoft als daarom wordt gevraagd. Mail, Agenda en Contacten worden toegevoegd.',
  'exportApps.step.ios.password': 'Typ uw wachtwoord als daarom wordt gevraagd; het staat niet in het profiel.',
  'exportApps.step.ios.manual-exchange':
    'Zonder het bestand: Instellingen › Apps › Mail › Mailaccounts › Voeg account toe › Microsoft Exchange, typ {address} en kies Log in.',
  'exportApps.step.ios.manual-other':
    'Zonder het bestand: Instellingen › Apps › Mail › Mailaccounts › Voeg account toe › Andere › Voeg mailaccount toe; kies {protocol} en vul de servers in die hier staan.',

  // Thunderbird.
  'exportApps.step.thunderbird.open': 'Open in Thunderbird het menu › Accountinstellingen › Accountacties › E-mailaccount toevoegen.',
  'exportApps.step.thunderbird.address': 'Typ uw naam en {address}, en kies Doorgaan.',
  'exportApps.step.thunderbird.microsoft':
    'Thunderbird vindt de instellingen van Microsoft. Kies Gereed en meld u aan met Microsoft in het venster dat opent.',
  'exportApps.step.thunderbird.password':
    'Typ uw wachtwoord. Vindt Thunderbird andere servers dan die hier staan, kies dan Handmatig configureren en vul deze in.',

  // Devices.
  'exportApps.step.device.server': 'Vul in de e-mailinstellingen (SMTP) van het apparaat in: server {host}, poort {port}, versleuteling {security}.',
  'exportApps.step.device.user': 'Gebruikersnaam: {user}. Aanmelding: {auth}.',
  'exportApps.step.device.no-user': 'Aanmelding: geen. De server accepteert het apparaat omdat IT het heeft toegestaan.',
  'exportApps.step.device.test': 'Stuur vanaf het apparaat een testbericht naar uw eigen adres.',

  // Notes: can and cannot.
  'exportApps.note.no-prf-microsoft':
    'Geen instellingenbestand: in klassieke Outlook voor Windows kunnen .prf-bestanden zich niet aanmelden met Microsoft (moderne verificatie), dus zo’n bestand zou voor dit postvak nooit werken.',
  'exportApps.note.prf-password-only':
    'Een .prf-bestand voor klassieke Outlook voor Windows kan alleen IMAP of POP met een wachtwoord bevatten, en nooit het wachtwoord zelf. Microsoft raadt .prf-bestanden niet meer aan, dus de stappen zijn de zekere weg.',
  'exportApps.note.new-outlook-no-file': 'De nieuwe Outlook voor Windows heeft helemaal geen instellingenbestand: elk account voegt u toe door het adres te typen.',
  'exportApps.note.outlook-mac-no-file': 'Outlook voor Mac heeft geen instellingenbestand voor accounts: u voegt een account toe door het adres te typen.',
  'exportApps.note.outlook-finds-it':
    'Outlook vindt het postvak via de Autodiscover-service van Microsoft. De controle hieronder vraagt die service vanaf deze computer of die {address} kent.',
  'exportApps.note.password-tested':
    'U hebt verzenden getest met een wachtwoord (SMTP AUTH). Outlook en telefoons hebben dat niet nodig: die melden zich aan met Microsoft. Microsoft schakelt aanmelden met een wachtwoord voor verzenden uiterlijk {date} standaard uit.',
  'exportApps.note.mac-mail-ews':
    'Apple Mail, Agenda en Contacten op een Mac bereiken Microsoft 365 alleen via Exchange Web Services (EWS); ook Systeeminstellingen › Internetaccounts › Microsoft Exchange gebruikt EWS. Microsoft blokkeert EWS sinds {blockedFrom}, tenzij uw IT-afdeling het toestaat, en schakelt het op {off} definitief uit.',
  'exportApps.note.mac-mail-outlook-com':
    'Apple Mail voegt Outlook.com toe als Microsoft Exchange-account (EWS). Microsoft stopt met EWS (geblokkeerd sinds {blockedFrom}, tenzij een beheerder het toestaat, en uit op {off}); Microsoft heeft niet gezegd of persoonlijke Outlook.com-accounts daaronder vallen (we hebben er niets over gevonden). Outlook voor Mac werkt hoe dan ook.',
  'exportApps.note.ews-allowed':
    'Uw IT-afdeling staat EWS toe, dus er wordt een Mac-profiel aangeboden. Dat werkt niet meer vanaf {off}, wanneer Microsoft EWS voor iedereen uitschakelt.',
  'exportApps.note.ews-not-allowed':
    'Geen Mac-profiel: in de standaardinstellingen van uw organisatie staat niet dat EWS is toegestaan, en zonder EWS kan het profiel zich niet aanmelden.',
  'exportApps.note.ios-activesync': 'iPhone en iPad gebruiken Exchange ActiveSync, en daar heeft het stoppen van EWS geen invloed op.',
  'exportApps.note.signed': 'Ondertekend door uw organisatie: de iPhone, iPad of Mac toont het als “Geverifieerd”.',
  'exportApps.note.unsigned':
    'Niet ondertekend (uw IT-afdeling heeft geen ondertekeningscertificaat ingesteld): het apparaat toont het als “Niet ondertekend” of “Niet geverifieerd” en vraagt u nog een keer te bevestigen. Dat is normaal voor een bestand uit deze app.',
  'exportApps.note.no-password-profile-outlook-com': 'Geen mailprofiel met wachtwoord: Outlook.com accepteert alleen aanmelden met Microsoft.',
  'exportApps.note.thunderbird-builtin': 'Thunderbird kent de instellingen van Microsoft al en meldt zich zelf aan met Microsoft; er is geen bestand nodig.',
  'exportApps.note.thunderbird-guesses':
    'Thunderbird heeft geen opdracht om een instellingenbestand te openen; het zoekt de instellingen op of raadt ze. IT kan ze voor het hele domein publiceren (zie “Voor IT”).',
  'exportApps.note.not-a-mailbox': 'Instellingen voor relay, Direct Send en een smarthost hebben geen postvak om e-mail uit te lezen.',
  'exportApps.note.incoming-needed': 'Vul de server voor inkomende e-mail (IMAP of POP) in die uw provider vermeldt, om een instellingenbestand op te slaan.',
  'exportApps.note.device.basic-auth':
    'Een apparaat dat zich met een wachtwoord aanmeldt, gebruikt SMTP AUTH. Microsoft schakelt dat voor bestaande organisaties uiterlijk {date} standaard uit; IT kan het voorlopig weer inschakelen. Apparaten die zich met Microsoft kunnen aanmelden (OAuth), blijven werken.',
  'exportApps.note.device.alternatives':
    'Een apparaat dat zich niet kan aanmelden, kan Direct Send gebruiken (alleen naar uw eigen organisatie) of een SMTP-relayconnector die IT voor het adres van het apparaat instelt. Vraag het IT.',
  'exportApps.note.device.outlook-com':
    'Outlook.com accepteert sinds {date} alleen aanmelden met Microsoft: een apparaat dat zich niet met Microsoft kan aanmelden, kan niet via Outlook.com verzenden.',
  'exportApps.note.device.relay':
    'Geen aanmelding: IT moet het apparaat toestaan in Microsoft 365 (een connector voor het openbare IP-adres of het certificaat van het apparaat). Direct Send levert alleen af bij uw eigen organisatie.',
  'exportApps.note.device.password': 'Het apparaat bewaart het wachtwoord; op het instellingenblad staat het nooit.',
  'exportApps.note.report-none':
    'Een diagnoserapport beschrijft een testrun sinds de app is gestart. Test deze instellingen (of kies Opnieuw testen bij Opgeslagen instellingen) om er een toe te voegen.',

  // Files.
  'exportApps.file.mobileconfig-ios.title': 'Profiel voor iPhone en iPad (.mobileconfig)',
  'exportApps.file.mobileconfig-ios.what.microsoft': 'Voegt {address} toe als Microsoft Exchange-account dat zich aanmeldt met Microsoft. Er staat geen wachtwoord in.',
  'exportApps.file.mobileconfig-ios.what.password': 'Voegt {address} toe met de servers voor inkomende en uitgaande e-mail. Het apparaat vraagt om het wachtwoord.',
  'exportApps.file.mobileconfig-macos.title': 'Profiel voor Apple Mail op een Mac (.mobileconfig)',
  'exportApps.file.mobileconfig-macos.what': 'Voegt {address} toe met de servers voor inkomende en uitgaande e-mail. Mail vraagt om het wachtwoord.',
  'exportApps.file.mobileconfig-ews.title': 'Mac-profiel, EWS (.mobileconfig)',
  'exportApps.file.mobileconfig-ews.what': 'Voegt {address} aan Apple Mail toe als Microsoft Exchange-account (EWS) dat zich aanmeldt met Microsoft.',
  'exportApps.file.prf.title': 'Instellingenbestand voor klassieke Outlook voor Windows (.prf en .cmd)',
  'exportApps.file.prf.what': 'Voegt {address} toe aan klassieke Outlook voor Windows als u dubbelklikt op het .cmd-bestand. Outlook vraagt om het wachtwoord.',
  'exportApps.file.autoconfig.title': 'Autoconfig-bestand voor Thunderbird (config-v1.1.xml)',
  'exportApps.file.autoconfig.what':
    'Voor IT, om te publiceren op https://autoconfig.{domain}/mail/config-v1.1.xml, zodat Thunderbird deze instellingen vindt voor iedereen bij {domain}.',
  'exportApps.file.sheet-pdf.title': 'Instellingenblad (PDF)',
  'exportApps.file.sheet-pdf.what': 'De instellingen en stappen voor {app}, om af te drukken of te bewaren.',
  'exportApps.file.sheet.title': 'Instellingenblad voor alle apps (webpagina)',
  'exportApps.file.sheet.what': 'Instellingen en stappen voor elke mail-app, om naar een collega of de helpdesk te sturen.',
  'exportApps.file.report.title': 'Diagnoserapport (webpagina en JSON)',
  'exportApps.file.report.what': 'Wat de laatste test heeft gevonden, met technische details en zonder wachtwoord, voor IT.',
  'exportApps.steps.title.outlook-classic': 'Klassieke Outlook voor Windows instellen',
  'exportApps.steps.title.outlook-new': 'Nieuwe Outlook voor Windows instellen',
  'exportApps.steps.title.outlook-mac': 'Outlook voor Mac instellen',
  'exportApps.steps.title.apple-mail-mac': 'Apple Mail op een Mac instellen',
  'exportApps.steps.title.ios': 'Mail op iPhone of iPad instellen',
  'exportApps.steps.title.thunderbird': 'Thunderbird instellen',
  'exportApps.cli.headline': '{app}: {headline}',
  'exportApps.cli.steps': '{title}:',
  'exportApps.cli.file': 'bestand: {title}',
  'exportApps.cli.file-saved': 'bestand: {title} -> {paths}',
  'exportApps.cli.for-it': 'voor IT: {title}',
  'exportApps.cli.for-it-saved': 'voor IT: {title} -> {paths}',
  'exportApps.cli.check': 'controleren: {words}',
  'exportApps.cli.note': 'opmerking: {note}',
  'exportApps.cli.error.app': '--app moet een van deze waarden zijn: {choices}.',
};
