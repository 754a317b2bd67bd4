import type { exportMessages as source } from '../en/export-messages';
import type { Translation } from '../translation';

/** Dutch: export validation, setting values, Apple profiles, .prf, autoconfig, the settings sheet and the diagnostic report. */
export const exportMessages: Translation<typeof source> = {
  // Input validation (shared/export/export-validation.ts)
  'export.invalid.control-characters': '{field} bevat een regeleinde, NUL-teken of ander stuurteken.',
  'export.invalid.address': '“{value}” is geen e-mailadres zoals naam@example.com.',
  'export.invalid.host': '“{value}” is geen servernaam zoals smtp.example.com.',
  'export.invalid.port': 'De poort moet een heel getal van 1 tot en met 65535 zijn.',
  'export.invalid.text-too-long': '{field} is langer dan {max, plural, one {# teken} other {# tekens}}.',
  'export.invalid.field': '{field} is niet geldig: {reason}',
  'export.invalid.preset': 'Onbekende voorinstelling “{value}”. Gebruik een van: {list}.',
  'export.invalid.host-required': 'Deze voorinstelling heeft geen vaste server; geef de naam van de server voor uitgaande e-mail op.',
  'export.invalid.incoming-required':
    'Voor deze export is een server voor inkomende e-mail (IMAP of POP) nodig. Deze voorinstelling heeft er geen; vul er zelf een in.',
  'export.invalid.relay-not-for-mail-apps':
    'De relay-instelling is voor printers en apps die alleen e-mail verzenden; mail-apps kunnen die niet gebruiken. Exporteer in plaats daarvan het instellingenblad.',
  'export.invalid.not-windows-1252':
    '{field} bevat tekens die profielbestanden voor klassieke Outlook voor Windows (.prf) niet kunnen bevatten. Gebruik gewone Latijnse letters.',
  'export.invalid.prf-incoming-starttls':
    'Profielbestanden voor klassieke Outlook voor Windows kunnen voor inkomende e-mail alleen SSL/TLS of geen versleuteling instellen, geen STARTTLS.',
  'export.invalid.probe-result': 'Het bestand is geen opgeslagen testresultaat van deze app: {reason}',

  // Field names used in messages
  'export.field.address': 'Het e-mailadres',
  'export.field.displayName': 'De naam',
  'export.field.organization': 'De organisatie',
  'export.field.description': 'De accountbeschrijving',
  'export.field.host': 'De server voor uitgaande e-mail',
  'export.field.port': 'De uitgaande poort',
  'export.field.username': 'De gebruikersnaam',
  'export.field.incomingHost': 'De server voor inkomende e-mail',
  'export.field.incomingPort': 'De inkomende poort',
  'export.field.incomingUsername': 'De gebruikersnaam voor inkomende e-mail',

  // Words for settings values
  'export.value.security.starttls': 'STARTTLS',
  'export.value.security.tls': 'SSL/TLS',
  'export.value.security.none': 'Geen (niet versleuteld)',
  'export.value.auth.oauth2': 'Aanmelden met Microsoft (moderne verificatie, OAuth2)',
  'export.value.auth.password': 'Wachtwoord',
  'export.value.auth.none': 'Geen aanmelding (de server vertrouwt uw netwerk of apparaat)',
  'export.value.protocol.imap': 'IMAP',
  'export.value.protocol.pop3': 'POP',

  // Apple configuration profile
  'export.mobileconfig.display-name': 'Mail: {address}',
  'export.mobileconfig.description.password':
    'Voegt het mailaccount {address} toe aan Mail ({protocol} voor inkomende e-mail, SMTP voor uitgaande e-mail). Tijdens de installatie wordt één keer om het wachtwoord gevraagd; het staat niet in dit bestand.',
  'export.mobileconfig.description.eas':
    'Voegt {address} toe aan Mail op iPhone of iPad als Microsoft Exchange-account dat zich aanmeldt met Microsoft. Er staat geen wachtwoord in dit bestand.',
  'export.mobileconfig.description.ews':
    'Voegt {address} toe aan Mail op een Mac als Microsoft Exchange-account (EWS) dat zich aanmeldt met Microsoft. Exchange Online blokkeert EWS sinds {blockedFrom}, tenzij uw IT-afdeling het toestaat, en schakelt het op {off} uit; gebruik dan Outlook voor Mac.',
  'export.mobileconfig.payload.mail': '{protocol}- en SMTP-account',
  'export.mobileconfig.payload.exchange': 'Microsoft Exchange-account',
  'export.note.mobileconfig.no-oauth':
    'De mailpayload van Apple (IMAP/POP en SMTP) kan zich niet aanmelden met Microsoft (OAuth), en zou dus een account maken dat zich nooit aanmeldt. Dit profiel voegt het postvak daarom toe als Microsoft Exchange-account dat zich aanmeldt met Microsoft.',
  'export.note.mobileconfig.ews-retiring':
    'Dit Mac-profiel gebruikt Exchange Web Services (EWS), de enige manier waarop Apple Mail op een Mac Exchange Online bereikt (ook Internetaccounts › Microsoft Exchange is EWS). Exchange Online blokkeert EWS sinds {blockedFrom}, tenzij de tenant het toestaat, en schakelt het op {off} uit. Outlook voor Mac is de aanbevolen app.',
  'export.note.mobileconfig.ios-only': 'Dit profiel is alleen voor iPhone en iPad (een Mac kan geen Exchange ActiveSync-profielen installeren).',
  'export.note.mobileconfig.password-prompt': 'Het profiel bevat geen wachtwoord: Mail vraagt er één keer om tijdens het installeren van het profiel.',
  'export.note.mobileconfig.ssl-587': 'Apple zegt niet of “Gebruik SSL” op poort 587 STARTTLS betekent; test het verzenden na de installatie.',

  // Outlook classic .prf
  'export.prf.comment': 'Mail Setup Assistant: account voor klassieke Outlook voor {address}. Dit bestand bevat geen wachtwoord.',
  'export.note.prf.caveat':
    'Microsoft raadt .prf-bestanden niet aan voor Outlook 2016 en later (KB 4046818). Ze voegen nog wel IMAP- en POP-accounts toe, maar kunnen zich niet aanmelden met Microsoft (OAuth) en bevatten geen wachtwoord: Outlook vraagt erom.',
  'export.note.prf.microsoft':
    'Dit is een postvak van Microsoft. Een .prf-bestand kan zich niet aanmelden met Microsoft, dus dat werkt hier niet. Kies in klassieke Outlook voor Windows Bestand › Account toevoegen, typ het adres en meld u aan.',
  'export.note.prf.run-cmd': 'Zet het .cmd-bestand naast het .prf-bestand, sluit Outlook en dubbelklik dan op het .cmd-bestand.',

  // Thunderbird autoconfig
  'export.note.autoconfig.hosting':
    'Thunderbird heeft geen opdracht om dit bestand te openen. Publiceer het bestand op https://autoconfig.{domain}/mail/config-v1.1.xml, of kopieer het als {domain}.xml naar de map "isp" van de Thunderbird-installatie.',
  'export.note.autoconfig.builtin-microsoft':
    'Thunderbird kent de instellingen van Microsoft 365 en Outlook.com al, inclusief aanmelden met Microsoft; u hebt dit bestand alleen nodig om die te vervangen.',
  'export.note.autoconfig.no-builtin-oauth':
    'Thunderbird meldt zich alleen met OAuth2 aan bij hosts die het kent; {host} kent het misschien niet, en dan meldt het "Lacking OAuth2 config".',
  'export.autoconfig.display-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.display-name.outlook-com': 'Outlook.com (Microsoft)',
  'export.autoconfig.display-name.microsoft365-gcc-high': 'Microsoft 365 GCC High',
  'export.autoconfig.short-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.short-name.outlook-com': 'Outlook',
  'export.autoconfig.short-name.microsoft365-gcc-high': 'M365 GCC',

  // Instruction sheet
  'export.sheet.title': 'E-mailinstellingen voor {address}',
  'export.sheet.app-title': '{app}: e-mailinstellingen voor {address}',
  'export.sheet.no-password': 'Op dit blad staat geen wachtwoord.',
  'export.sheet.intro': 'Bewaar dit blad. Het bevat de instellingen voor uw postvak en de stappen voor elke mail-app. Er staat geen wachtwoord op.',
  'export.sheet.created': 'Gemaakt op {date}',
  'export.sheet.settings.heading': 'Uw instellingen',
  'export.sheet.settings.address': 'E-mailadres',
  'export.sheet.settings.username': 'Gebruikersnaam',
  'export.sheet.settings.sign-in': 'Aanmelding',
  'export.sheet.settings.outgoing': 'Uitgaande e-mail (SMTP)',
  'export.sheet.settings.incoming': 'Inkomende e-mail ({protocol})',
  'export.sheet.settings.server': 'Server {host}, poort {port}, versleuteling {security}',
  'export.sheet.notes.heading': 'Goed om te weten',
  'export.sheet.note.microsoft-sign-in':
    'Uw postvak meldt zich aan met Microsoft. Kies in elke app “Account toevoegen”, typ uw adres en meld u aan op de pagina van Microsoft. De servertabel is alleen een reserve voor apps die erom vragen.',
  'export.sheet.note.outlook-com-imap':
    'Outlook.com zet POP en IMAP standaard uit. Alleen als een app om de IMAP- of POP-instellingen vraagt: zet ze aan via outlook.com › Instellingen › E-mail › Doorsturen en IMAP.',
  'export.sheet.note.basic-auth-2026':
    'Microsoft schakelt aanmelden met een wachtwoord voor verzenden (SMTP AUTH) eind {basicOffMonth} standaard uit; uw beheerder kan het weer inschakelen. Apps die zich aanmelden met Microsoft, blijven werken.',
  'export.sheet.note.relay':
    'Deze instelling is voor printers, scanners en apps die e-mail verzenden zonder zich aan te melden. Uw IT-beheerder moet het apparaat toestaan in Microsoft 365 (een connector voor het openbare IP-adres of het certificaat van het apparaat). Geef deze waarden aan degene die het apparaat instelt.',
  'export.sheet.note.send-only':
    'Deze instellingen zijn voor printers, scanners en apps die alleen e-mail verzenden. Geef ze aan degene die het apparaat instelt.',
  'export.sheet.note.no-password': 'De app vraagt om uw wachtwoord. Niemand van IT zal u vragen het op te schrijven.',
  'export.sheet.steps.heading': 'Stap voor stap',

  'export.sheet.step.new-outlook.open': 'Open Outlook en kies Instellingen (het tandwiel) › Accounts › E-mailaccounts › Account toevoegen.',
  'export.sheet.step.new-outlook.address': 'Typ {address} en kies Doorgaan.',
  'export.sheet.step.new-outlook.sign-in': 'Meld u aan op de pagina van Microsoft. Outlook vindt de servers zelf.',
  'export.sheet.step.new-outlook.manual':
    'Vraagt Outlook wat voor account het is, kies dan {protocol}. Vul de servers voor inkomende en uitgaande e-mail, de poorten en de versleuteling in uit de tabel hierboven.',
  'export.sheet.step.new-outlook.password': 'Typ uw wachtwoord als daarom wordt gevraagd en kies Doorgaan.',

  'export.sheet.step.classic-outlook.open': 'Open Outlook en kies Bestand › Account toevoegen.',
  'export.sheet.step.classic-outlook.address': 'Typ {address} en kies Verbinding maken.',
  'export.sheet.step.classic-outlook.sign-in': 'Meld u aan op de pagina van Microsoft en kies dan Gereed.',
  'export.sheet.step.classic-outlook.advanced':
    'Kies Geavanceerde opties, vink “Laat me mijn account handmatig instellen” aan, kies Verbinding maken en kies {protocol}.',
  'export.sheet.step.classic-outlook.servers':
    'Vul de servers voor inkomende en uitgaande e-mail, de poorten en de versleutelingsmethode in uit de tabel hierboven, en kies Volgende.',
  'export.sheet.step.classic-outlook.password': 'Typ uw wachtwoord en kies Verbinding maken.',
  'export.sheet.step.classic-outlook.prf':
    'Hebt u van IT een .cmd-bestand gekregen met een .prf-bestand ernaast? Sluit Outlook en dubbelklik op het .cmd-bestand. Microsoft raadt .prf-bestanden niet meer aan; werkt het niet, gebruik dan de stappen hierboven.',

  'export.sheet.step.outlook-mac.open': 'Open Outlook en kies Outlook › Instellingen › Accounts, en dan de knop + › Nieuw account.',
  'export.sheet.step.outlook-mac.address': 'Typ {address} en kies Doorgaan.',
  'export.sheet.step.outlook-mac.sign-in': 'Meld u aan op de pagina van Microsoft en kies dan Gereed.',
  'export.sheet.step.outlook-mac.manual':
    'Vraagt Outlook naar de provider, kies dan {protocol} en vul de servers, poorten en gebruikersnaam in uit de tabel hierboven.',
  'export.sheet.step.outlook-mac.password': 'Typ uw wachtwoord en kies Account toevoegen.',

  'export.sheet.step.apple-mail.microsoft-ews':
    'Apple Mail op een Mac bereikt Microsoft 365 alleen via Exchange Web Services (EWS), ook via Systeeminstellingen › Internetaccounts › Microsoft Exchange. Microsoft blokkeert EWS sinds {blockedFrom}, tenzij uw IT-afdeling het toestaat, en schakelt het op {off} uit.',
  'export.sheet.step.apple-mail.use-outlook':
    'Gebruik in plaats daarvan Outlook voor Mac (stappen hierboven), tenzij uw IT-afdeling zegt dat EWS voor uw organisatie is toegestaan.',
  'export.sheet.step.apple-mail.other': 'Open Mail en kies Mail › Voeg account toe › Ander Mail-account, en dan Ga door.',
  'export.sheet.step.apple-mail.other-details': 'Typ uw naam, {address} en uw wachtwoord, en kies Log in.',
  'export.sheet.step.apple-mail.other-servers':
    'Vraagt Mail om de servers, kies dan {protocol} en vul de servers voor inkomende en uitgaande e-mail in uit de tabel hierboven.',
  'export.sheet.step.apple-mail.profile':
    'Hebt u van IT een .mobileconfig-bestand gekregen? Dubbelklik erop, open dan Systeeminstellingen › Algemeen › Apparaatbeheer (in macOS 14: Privacy en beveiliging › Profielen) en kies Installeer.',

  'export.sheet.step.iphone.exchange': 'Open Instellingen › Apps › Mail › Mailaccounts › Voeg account toe en kies Microsoft Exchange.',
  'export.sheet.step.iphone.exchange-sign-in': 'Typ {address}, kies Volgende en dan Log in, en meld u aan met Microsoft.',
  'export.sheet.step.iphone.other': 'Open Instellingen › Apps › Mail › Mailaccounts › Voeg account toe › Andere › Voeg mailaccount toe.',
  'export.sheet.step.iphone.other-details':
    'Typ uw naam, {address} en uw wachtwoord, kies {protocol} en vul de servers in uit de tabel hierboven.',
  'export.sheet.step.iphone.profile':
    'Hebt u van IT een .mobileconfig-bestand gekregen? Open het, ga dan naar Instellingen › Profiel gedownload en kies binnen {duration} Installeer.',

  'export.sheet.source': 'Bron van deze waarden: {source}',

  // Diagnostic report
  'export.report.title': 'Testrapport van de mailverbinding',
  'export.report.intro':
    'Dit rapport laat zien wat er gebeurde toen de app de mailserver testte. Wachtwoorden, tokens en aanmeldgegevens zijn verwijderd. Stuur het naar uw IT-beheerder.',
  'export.report.created': 'Gemaakt op {date}',
  'export.report.summary.heading': 'Samenvatting',
  'export.report.summary.verdict': 'Resultaat',
  'export.report.summary.server': 'Mailserver',
  'export.report.summary.security': 'Versleuteling',
  'export.report.summary.sign-in': 'Aanmelding',
  'export.report.summary.user': 'Gebruikersnaam',
  'export.report.summary.started': 'Getest op',
  'export.report.summary.duration': 'Duur',
  'export.report.verdict.pass': 'Werkt',
  'export.report.verdict.warn': 'Werkt, met waarschuwingen',
  'export.report.verdict.fail': 'Werkt niet',
  'export.report.verdict.cancelled': 'Geannuleerd',
  'export.report.findings.heading': 'Wat er is gevonden',
  'export.report.findings.none': 'Er zijn geen problemen gevonden.',
  'export.report.stages.heading': 'Stappen van de test',
  'export.report.stages.step': 'Stap',
  'export.report.stages.status': 'Resultaat',
  'export.report.stages.time': 'Tijd',
  'export.report.stages.detail': 'Details',
  'export.report.status.pass': 'geslaagd',
  'export.report.status.warn': 'waarschuwing',
  'export.report.status.fail': 'mislukt',
  'export.report.status.skipped': 'overgeslagen',
  'export.report.tls.heading': 'Versleuteling en certificaat',
  'export.report.tls.none': 'Er is geen versleutelde verbinding gemaakt.',
  'export.report.tls.protocol': 'Protocolversie',
  'export.report.tls.cipher': 'Versleutelingsmethode',
  'export.report.tls.verified': 'Certificaat vertrouwd',
  'export.report.tls.diagnosis': 'Diagnose',
  'export.report.tls.verify-error': 'Verificatiefout',
  'export.report.tls.system-store': 'Alleen vertrouwd via het certificaatarchief van het besturingssysteem',
  'export.report.tls.interceptor': 'Onderschept door',
  'export.report.tls.chain': 'Certificaat {n} in de keten',
  'export.report.tls.cert': '{subject}, uitgegeven door {issuer}, geldig van {from} tot {to}, namen: {sans}, SHA-256 {fingerprint}',
  'export.report.capabilities.heading': 'Wat de server aanbood',
  'export.report.capabilities.extensions': 'Extensies',
  'export.report.capabilities.auth': 'Aanmeldmethoden',
  'export.report.transcript.heading': 'Gesprek met de server (geheimen verwijderd)',
  'export.report.yes': 'ja',
  'export.report.no': 'nee',
  'export.report.stage.resolve': 'Servernaam opzoeken',
  'export.report.stage.connect': 'Verbinden',
  'export.report.stage.greeting': 'Begroeting van de server',
  'export.report.stage.ehlo': 'Voorstellen (EHLO)',
  'export.report.stage.starttls': 'Versleuteling starten (STARTTLS)',
  'export.report.stage.tls': 'Versleutelde verbinding (TLS)',
  'export.report.stage.ehlo-tls': 'Opnieuw voorstellen, versleuteld',
  'export.report.stage.auth': 'Aanmelden',
  'export.report.stage.mail-from': 'Afzender geaccepteerd',
  'export.report.stage.rcpt-to': 'Ontvanger geaccepteerd',
  'export.report.stage.data': 'Testbericht verzonden',
  'export.report.stage.quit': 'Afscheid nemen',

  // Writer / CLI
  'export.cli.password-refused': 'Exports bevatten nooit een wachtwoord of token, dus deze opdracht accepteert er geen. Verwijder {flag}.',
  'export.write.failed': '{path} kon niet worden geschreven: {reason}',
  'export.report.seconds': '{seconds} s',
};
