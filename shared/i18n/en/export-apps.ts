/** English messages: what works in each mail app (shared/export/app-plan.ts). Keys are stable ids. */
export const exportApps = {
  'exportApps.app.outlook-classic': 'Classic Outlook for Windows',
  'exportApps.app.outlook-new': 'New Outlook for Windows',
  'exportApps.app.outlook-mac': 'Outlook for Mac',
  'exportApps.app.apple-mail-mac': 'Apple Mail on a Mac',
  'exportApps.app.ios': 'Mail on iPhone or iPad',
  'exportApps.app.thunderbird': 'Thunderbird',
  'exportApps.app.device': 'A printer, scanner or app that sends mail',

  // Headlines: what the person gets, one sentence.
  'exportApps.headline.add-by-address': '{app} sets itself up from your address: follow the three steps below and sign in with Microsoft.',
  'exportApps.headline.manual': '{app} has no settings file for this account: follow the steps below with the settings shown.',
  'exportApps.headline.prf': 'Save the settings file for {app}, or follow the steps below.',
  'exportApps.headline.profile': 'Save the profile and open it on the device, or follow the steps below.',
  'exportApps.headline.mac-mail-microsoft': 'Apple Mail on a Mac cannot be relied on for this mailbox: use Outlook for Mac (steps below).',
  'exportApps.headline.thunderbird': 'Thunderbird finds the settings itself: follow the steps below.',
  'exportApps.headline.device': 'Save or print the settings sheet and enter its values in the device.',
  'exportApps.headline.not-a-mailbox': 'These settings only send mail, so {app} cannot use them. Choose “A printer, scanner or app” instead, or go back and enter your mailbox.',

  'exportApps.steps.title.outlook-classic': 'Set up classic Outlook for Windows',
  'exportApps.steps.title.outlook-new': 'Set up new Outlook for Windows',
  'exportApps.steps.title.outlook-mac': 'Set up Outlook for Mac',
  'exportApps.steps.title.apple-mail-mac': 'Set up Apple Mail on a Mac',
  'exportApps.steps.title.ios': 'Set up Mail on iPhone or iPad',
  'exportApps.steps.title.thunderbird': 'Set up Thunderbird',
  'exportApps.steps.title.outlook-mac-instead': 'Recommended: set up Outlook for Mac',
  'exportApps.steps.title.profile': 'Install the profile',
  'exportApps.steps.title.device': 'Enter these settings in the device',

  // Outlook, Microsoft mailbox: three steps.
  'exportApps.step.classic.open': 'In Outlook, select File › Add Account.',
  'exportApps.step.new.open': 'In Outlook, select Settings (the gear) › Accounts › Email accounts › Add account.',
  'exportApps.step.mac.open': 'In Outlook, select Outlook › Settings › Accounts, then + › New Account.',
  'exportApps.step.outlook.address': 'Type {address} and select Continue.',
  'exportApps.step.classic.address': 'Type {address} and select Connect.',
  'exportApps.step.outlook.sign-in': 'Sign in on the Microsoft page. Outlook finds the servers itself; select Done.',
  // Outlook, other mailbox: by hand.
  'exportApps.step.classic.manual': 'Select Advanced options, tick “Let me set up my account manually”, select Connect and choose {protocol}.',
  'exportApps.step.outlook.manual-servers': 'If Outlook asks which kind of account, choose {protocol}, then enter the servers, ports and encryption from the settings shown here.',
  'exportApps.step.outlook.password': 'Type your password when Outlook asks for it. It stays in Outlook; no file holds it.',
  'exportApps.step.classic.prf': 'Or: save the settings file, close Outlook, and double-click the .cmd file saved next to it.',

  // Apple Mail on a Mac, other mailbox.
  'exportApps.step.mac-mail.manual': 'In Mail, select Mail › Add Account › Other Mail Account, type your name, {address} and your password, then Sign In.',
  'exportApps.step.mac-mail.manual-servers': 'If Mail asks for the servers, choose {protocol} and enter the servers from the settings shown here.',
  'exportApps.step.mac.profile-open': 'Double-click the saved profile. macOS says it was downloaded and needs review.',
  'exportApps.step.mac.profile-install': 'Open System Settings › General › Device Management (Privacy & Security › Profiles on macOS 14), select the profile, then Install. Mail asks for your password.',

  // iPhone and iPad.
  'exportApps.step.ios.send': 'Get the saved profile onto the iPhone or iPad: AirDrop it from a Mac, or email it to yourself and open the attachment in Mail there. Do not zip or rename it.',
  'exportApps.step.ios.install': 'Open Settings, select Profile Downloaded, then Install, and follow the prompts within {minutes, plural, one {# minute} other {# minutes}} (after that iOS deletes it).',
  'exportApps.step.ios.sign-in': 'Sign in with Microsoft when asked. Mail, Calendar and Contacts are added.',
  'exportApps.step.ios.password': 'Type your password when asked; it is not in the profile.',
  'exportApps.step.ios.manual-exchange': 'Without the file: Settings › Apps › Mail › Mail Accounts › Add Account › Microsoft Exchange, type {address}, then Sign In.',
  'exportApps.step.ios.manual-other': 'Without the file: Settings › Apps › Mail › Mail Accounts › Add Account › Other › Add Mail Account; choose {protocol} and enter the servers shown here.',

  // Thunderbird.
  'exportApps.step.thunderbird.open': 'In Thunderbird, open the menu › Account Settings › Account Actions › Add Mail Account.',
  'exportApps.step.thunderbird.address': 'Type your name and {address}, then select Continue.',
  'exportApps.step.thunderbird.microsoft': 'Thunderbird finds the Microsoft settings. Select Done and sign in with Microsoft in the window that opens.',
  'exportApps.step.thunderbird.password': 'Type your password. If Thunderbird finds other servers than the ones shown here, select Configure manually and enter these.',

  // Devices.
  'exportApps.step.device.server': 'In the device’s email (SMTP) settings enter server {host}, port {port}, encryption {security}.',
  'exportApps.step.device.user': 'User name: {user}. Sign-in: {auth}.',
  'exportApps.step.device.no-user': 'Sign-in: none. The server accepts the device because IT allowed it.',
  'exportApps.step.device.test': 'Send a test message from the device to your own address.',

  // Notes: can and cannot.
  'exportApps.note.no-prf-microsoft': 'No settings file: in classic Outlook for Windows, .prf files cannot sign in with Microsoft (modern authentication), so one would never work for this mailbox.',
  'exportApps.note.prf-password-only': 'A .prf file for classic Outlook for Windows can hold IMAP or POP with a password only, never the password itself. Microsoft no longer recommends .prf files, so the steps are the sure way.',
  'exportApps.note.new-outlook-no-file': 'New Outlook for Windows has no settings file at all: every account is added by typing the address.',
  'exportApps.note.outlook-mac-no-file': 'Outlook for Mac has no settings file for accounts: it is added by typing the address.',
  'exportApps.note.outlook-finds-it': 'Outlook finds the mailbox through Microsoft’s Autodiscover service. The check below asks that service, from this computer, whether it knows {address}.',
  'exportApps.note.password-tested':
    'You tested sending with a password (SMTP AUTH). Outlook and phones do not need it: they sign in with Microsoft. Microsoft switches password sign-in for sending off by default by {date}.',
  'exportApps.note.mac-mail-ews':
    'Apple Mail, Calendar and Contacts on a Mac reach Microsoft 365 only through Exchange Web Services (EWS); System Settings › Internet Accounts › Microsoft Exchange uses EWS too. Microsoft blocks EWS since {blockedFrom} unless your IT allows it, and switches it off for good on {off}.',
  'exportApps.note.mac-mail-outlook-com':
    'Apple Mail adds Outlook.com as a Microsoft Exchange (EWS) account. Microsoft is retiring EWS (blocked since {blockedFrom} unless an admin allows it, off on {off}); it has not said whether personal Outlook.com accounts are affected (none found). Outlook for Mac works either way.',
  'exportApps.note.ews-allowed': 'Your IT allows EWS, so a Mac profile is offered. It stops working on {off}, when Microsoft switches EWS off for everyone.',
  'exportApps.note.ews-not-allowed': 'No Mac profile: your organisation defaults do not say EWS is allowed, and without that it cannot sign in.',
  'exportApps.note.ios-activesync': 'iPhone and iPad use Exchange ActiveSync, which the EWS retirement does not affect.',
  'exportApps.note.signed': 'Signed by your organisation: the iPhone, iPad or Mac shows it as “Verified”.',
  'exportApps.note.unsigned':
    'Not signed (your IT has not set up a signing certificate): the device shows it as “Unsigned” or “Not Verified” and asks you to confirm once more. That is expected for a file from this app.',
  'exportApps.note.no-password-profile-outlook-com': 'No mail profile with a password: Outlook.com accepts only Microsoft sign-in.',
  'exportApps.note.thunderbird-builtin': 'Thunderbird already knows Microsoft’s settings and signs in with Microsoft itself; no file is needed.',
  'exportApps.note.thunderbird-guesses': 'Thunderbird has no “open settings file” command; it looks the settings up or guesses them. IT can publish them for the whole domain (see “For IT”).',
  'exportApps.note.not-a-mailbox': 'Relay, Direct Send and smart-host settings have no mailbox to read mail from.',
  'exportApps.note.incoming-needed': 'To save a settings file, give the incoming mail server (IMAP or POP) your provider lists.',
  'exportApps.note.device.basic-auth':
    'A device signing in with a password uses SMTP AUTH, which Microsoft switches off by default for existing organisations by {date}; IT can switch it back on for now. Devices that can sign in with Microsoft (OAuth) keep working.',
  'exportApps.note.device.alternatives':
    'A device that cannot sign in can use Direct Send (to your organisation only) or an SMTP relay connector that IT sets up for its address. Ask IT.',
  'exportApps.note.device.outlook-com': 'Outlook.com accepts only Microsoft sign-in since {date}: a device that cannot sign in with Microsoft cannot send through Outlook.com.',
  'exportApps.note.device.relay':
    'No sign-in: IT must allow the device in Microsoft 365 (a connector for its public IP address or certificate). Direct Send delivers to your own organisation only.',
  'exportApps.note.device.password': 'The device keeps the password; the sheet never holds it.',
  'exportApps.note.report-none': 'A diagnostic report describes a test run since the app started. Test these settings (or select Test again on Saved settings) to add one.',

  // Files.
  'exportApps.file.mobileconfig-ios.title': 'Profile for iPhone and iPad (.mobileconfig)',
  'exportApps.file.mobileconfig-ios.what.microsoft': 'Adds {address} as a Microsoft Exchange account that signs in with Microsoft. No password is in it.',
  'exportApps.file.mobileconfig-ios.what.password': 'Adds {address} with its incoming and outgoing servers. The device asks for the password.',
  'exportApps.file.mobileconfig-macos.title': 'Profile for Apple Mail on a Mac (.mobileconfig)',
  'exportApps.file.mobileconfig-macos.what': 'Adds {address} with its incoming and outgoing servers. Mail asks for the password.',
  'exportApps.file.mobileconfig-ews.title': 'Mac profile, EWS (.mobileconfig)',
  'exportApps.file.mobileconfig-ews.what': 'Adds {address} to Apple Mail as a Microsoft Exchange (EWS) account that signs in with Microsoft.',
  'exportApps.file.prf.title': 'Settings file for classic Outlook for Windows (.prf and .cmd)',
  'exportApps.file.prf.what': 'Adds {address} to classic Outlook for Windows when you double-click the .cmd file. Outlook asks for the password.',
  'exportApps.file.autoconfig.title': 'Thunderbird autoconfig file (config-v1.1.xml)',
  'exportApps.file.autoconfig.what': 'For IT to publish at https://autoconfig.{domain}/mail/config-v1.1.xml, so Thunderbird finds these settings for everyone at {domain}.',
  'exportApps.file.sheet-pdf.title': 'Settings sheet (PDF)',
  'exportApps.file.sheet-pdf.what': 'The settings and steps for {app}, to print or keep.',
  'exportApps.file.sheet.title': 'Settings sheet for all apps (web page)',
  'exportApps.file.sheet.what': 'Settings and steps for every mail app, to send to a colleague or the helpdesk.',
  'exportApps.file.report.title': 'Diagnostic report (web page and JSON)',
  'exportApps.file.report.what': 'What the last test found, with technical details and no password, for IT.',

  // `mail-setup export --app` as text (electron/cli/export-app.ts): one message per line kind.
  'exportApps.cli.headline': '{app}: {headline}',
  'exportApps.cli.steps': '{title}:',
  'exportApps.cli.file': 'file: {title}',
  'exportApps.cli.file-saved': 'file: {title} -> {paths}',
  'exportApps.cli.for-it': 'for IT: {title}',
  'exportApps.cli.for-it-saved': 'for IT: {title} -> {paths}',
  'exportApps.cli.check': 'check: {words}',
  'exportApps.cli.note': 'note: {note}',
  'exportApps.cli.error.app': '--app must be one of: {choices}.',
} as const;
