import type { exportScreen as source } from '../en/export-screen';
import type { Translation } from '../translation';

/** Dutch: the export screen (“Mail-app instellen”). */
export const exportScreen: Translation<typeof source> = {
  'nav.mailApp': 'Mail-app instellen',
  'exportScreen.title': 'Uw mail-app instellen',
  'exportScreen.lead': 'Kies de app die u gebruikt. U krijgt wat in die app werkt voor {address}: een bestand, stappen om te volgen of een controle.',
  'exportScreen.lead.noAccount': 'Vul uw adres en het soort account in en kies dan de app die u gebruikt.',
  'exportScreen.offline': 'U bent offline: alle bestanden en stappen hier werken gewoon. Alleen de Outlook-controle heeft een verbinding nodig.',

  'exportScreen.account.heading': 'Uw account',
  'exportScreen.account.address': 'E-mailadres',
  'exportScreen.account.kind': 'Soort account',
  'exportScreen.account.kind.microsoft365': 'Werk- of schoolaccount van Microsoft 365',
  'exportScreen.account.kind.outlook-com': 'Outlook.com of Hotmail',
  'exportScreen.account.kind.imap': 'Een andere provider (IMAP of POP met een wachtwoord)',
  'exportScreen.account.kind.relay': 'Een printer of app die via Microsoft 365 verzendt (geen postvak)',
  'exportScreen.account.kindHint':
    'Werk- of schooladressen op Microsoft 365 melden zich aan met Microsoft. Kies “Een andere provider” voor elke andere maildienst.',
  'exportScreen.account.outgoingHost': 'Server voor uitgaande e-mail (SMTP)',
  'exportScreen.account.incomingProtocol': 'Inkomende e-mail',
  'exportScreen.account.incomingHost': 'Server voor inkomende e-mail',
  'exportScreen.account.incomingHint': 'Uw provider vermeldt die, bijvoorbeeld imap.example.com. Nodig voor instellingenbestanden.',
  'exportScreen.account.summary': '{address} · {kind}',
  'exportScreen.account.change': 'Account wijzigen',
  'exportScreen.account.invalid': 'Controleer het account: {message}',

  'exportScreen.apps.heading': 'Welke app gebruikt u?',
  'exportScreen.apps.hint': 'Kies er één; u kunt terugkomen voor een andere.',

  'exportScreen.files.heading': 'Bestanden',
  'exportScreen.steps.print': 'Stappen afdrukken',
  'exportScreen.steps.pdf': 'Stappen opslaan als PDF…',
  'exportScreen.save': 'Opslaan…',
  'exportScreen.saving': 'Bezig met opslaan…',
  'exportScreen.saved': 'Opgeslagen: {path}',
  'exportScreen.saved.signed': 'Ondertekend door uw organisatie.',
  'exportScreen.saved.unsigned': 'Niet ondertekend.',
  'exportScreen.failed': 'Opslaan is niet gelukt: {message}',
  'exportScreen.showInFolder': 'Weergeven in map',
  'exportScreen.open': 'Openen',
  'exportScreen.openFailed': 'Dat is niet gelukt: {message}',
  'exportScreen.notes.heading': 'Goed om te weten',

  'exportScreen.check.heading': 'Vindt Outlook uw postvak?',
  'exportScreen.check.run': 'Nu controleren',
  'exportScreen.check.again': 'Opnieuw controleren',
  'exportScreen.check.notRun': 'De app kan Microsoft vanaf deze computer vragen of Outlook uw postvak zal vinden.',

  'exportScreen.signing.ready': 'Apple-profielen worden ondertekend als “{signer}”, zodat apparaten ze als “Geverifieerd” tonen.',
  'exportScreen.signing.problem': 'Apple-profielen worden zonder handtekening opgeslagen: {problem}',

  'exportScreen.forIt.heading': 'Voor IT',
  'exportScreen.forIt.lead': 'Bestanden voor degene die uw maildienst beheert. U hebt ze niet nodig om uw app in te stellen.',
  'exportScreen.plan.heading.outlook-classic': 'Wat werkt in klassieke Outlook voor Windows',
  'exportScreen.plan.heading.outlook-new': 'Wat werkt in de nieuwe Outlook voor Windows',
  'exportScreen.plan.heading.outlook-mac': 'Wat werkt in Outlook voor Mac',
  'exportScreen.plan.heading.apple-mail-mac': 'Wat werkt in Apple Mail op een Mac',
  'exportScreen.plan.heading.ios': 'Wat werkt in Mail op iPhone of iPad',
  'exportScreen.plan.heading.thunderbird': 'Wat werkt in Thunderbird',
  'exportScreen.plan.heading.device': 'Wat werkt voor een printer, scanner of app',
};
