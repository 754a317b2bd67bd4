/** English messages: export. Keys are stable ids; see shared/i18n/translate.ts. */
export const exportMessages = {
  // Input validation (shared/export/export-validation.ts)
  'export.invalid.control-characters': '{field} contains a line break, NUL or other control character.',
  'export.invalid.address': '"{value}" is not an email address like name@example.com.',
  'export.invalid.host': '"{value}" is not a server name like smtp.example.com.',
  'export.invalid.port': 'The port must be a whole number from 1 to 65535.',
  'export.invalid.text-too-long': '{field} is longer than {max, plural, one {# character} other {# characters}}.',
  'export.invalid.field': '{field} is not valid: {reason}',
  'export.invalid.preset': 'Unknown preset "{value}". Use one of: {list}.',
  'export.invalid.host-required': 'This preset has no fixed server; give the outgoing server name.',
  'export.invalid.incoming-required':
    'This export needs an incoming mail server (IMAP or POP). This preset has none; give one by hand.',
  'export.invalid.relay-not-for-mail-apps':
    'The relay setting is for printers and apps that only send mail; mail apps cannot use it. Export the instruction sheet instead.',
  'export.invalid.not-windows-1252':
    '{field} has characters that profile files for classic Outlook for Windows (.prf) cannot hold. Use plain Latin letters.',
  'export.invalid.prf-incoming-starttls':
    'Profile files for classic Outlook for Windows can set only SSL/TLS or no encryption for incoming mail, not STARTTLS.',
  'export.invalid.probe-result': 'The file is not a saved test result from this app: {reason}',

  // Field names used in messages
  'export.field.address': 'The email address',
  'export.field.displayName': 'The name',
  'export.field.organization': 'The organisation',
  'export.field.description': 'The account description',
  'export.field.host': 'The outgoing server',
  'export.field.port': 'The outgoing port',
  'export.field.username': 'The user name',
  'export.field.incomingHost': 'The incoming server',
  'export.field.incomingPort': 'The incoming port',
  'export.field.incomingUsername': 'The incoming user name',

  // Words for settings values
  'export.value.security.starttls': 'STARTTLS',
  'export.value.security.tls': 'SSL/TLS',
  'export.value.security.none': 'None (not encrypted)',
  'export.value.auth.oauth2': 'Sign in with Microsoft (modern authentication, OAuth2)',
  'export.value.auth.password': 'Password',
  'export.value.auth.none': 'No sign-in (the server trusts your network or device)',
  'export.value.protocol.imap': 'IMAP',
  'export.value.protocol.pop3': 'POP',

  // Apple configuration profile
  'export.mobileconfig.display-name': 'Mail: {address}',
  'export.mobileconfig.description.password':
    'Adds the mail account {address} to Mail ({protocol} for incoming mail, SMTP for outgoing mail). You are asked for the password once while installing; it is not in this file.',
  'export.mobileconfig.description.eas':
    'Adds {address} to Mail on iPhone or iPad as a Microsoft Exchange account that signs in with Microsoft. No password is in this file.',
  'export.mobileconfig.description.ews':
    'Adds {address} to Mail on a Mac as a Microsoft Exchange (EWS) account that signs in with Microsoft. Exchange Online blocks EWS since {blockedFrom} unless your IT allows it, and switches it off on {off}; then use Outlook for Mac.',
  'export.mobileconfig.payload.mail': '{protocol} and SMTP account',
  'export.mobileconfig.payload.exchange': 'Microsoft Exchange account',
  'export.note.mobileconfig.no-oauth':
    "Apple's mail payload (IMAP/POP and SMTP) cannot sign in with Microsoft (OAuth), so it would create an account that never signs in. This profile adds the mailbox as a Microsoft Exchange account with Microsoft sign-in instead.",
  'export.note.mobileconfig.ews-retiring':
    'This Mac profile uses Exchange Web Services (EWS), the only way Apple Mail on a Mac reaches Exchange Online (Internet Accounts › Microsoft Exchange is EWS too). Exchange Online blocks EWS since {blockedFrom} unless the tenant allows it, and switches it off on {off}. Outlook for Mac is the recommended app.',
  'export.note.mobileconfig.ios-only': 'This profile is for iPhone and iPad only (Macs cannot install Exchange ActiveSync profiles).',
  'export.note.mobileconfig.password-prompt':
    'The profile holds no password: Mail asks for it once while the profile is installed.',
  'export.note.mobileconfig.ssl-587':
    'Apple does not say whether "Use SSL" on port 587 means STARTTLS; test sending after installing.',

  // Outlook classic .prf
  'export.prf.comment': 'Mail Setup Assistant: classic Outlook account for {address}. This file holds no password.',
  'export.note.prf.caveat':
    "Microsoft doesn't recommend .prf files for Outlook 2016 and later (KB 4046818). They still add IMAP and POP accounts, but cannot sign in with Microsoft (OAuth) and hold no password: Outlook asks for it.",
  'export.note.prf.microsoft':
    'This is a Microsoft mailbox. A .prf file cannot sign in with Microsoft, so it will not work for it. In classic Outlook for Windows use File › Add Account, type the address and sign in.',
  'export.note.prf.run-cmd':
    'Keep the .cmd file beside the .prf file, close Outlook, then double-click the .cmd file.',

  // Thunderbird autoconfig
  'export.note.autoconfig.hosting':
    'Thunderbird has no "open this file" command. Publish the file at https://autoconfig.{domain}/mail/config-v1.1.xml, or copy it as {domain}.xml into the "isp" folder of the Thunderbird installation.',
  'export.note.autoconfig.builtin-microsoft':
    'Thunderbird already knows the Microsoft 365 and Outlook.com settings, including Microsoft sign-in; you need this file only to override them.',
  'export.note.autoconfig.no-builtin-oauth':
    'Thunderbird signs in with OAuth2 only for hosts it knows; it may not know {host} and then reports "Lacking OAuth2 config".',
  'export.autoconfig.display-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.display-name.outlook-com': 'Outlook.com (Microsoft)',
  'export.autoconfig.display-name.microsoft365-gcc-high': 'Microsoft 365 GCC High',
  'export.autoconfig.short-name.microsoft365': 'Microsoft 365',
  'export.autoconfig.short-name.outlook-com': 'Outlook',
  'export.autoconfig.short-name.microsoft365-gcc-high': 'M365 GCC',

  // Instruction sheet
  'export.sheet.title': 'Mail settings for {address}',
  'export.sheet.app-title': '{app}: mail settings for {address}',
  'export.sheet.no-password': 'This sheet contains no password.',
  'export.sheet.intro':
    'Keep this sheet. It lists the settings for your mailbox and the steps for each mail app. It contains no password.',
  'export.sheet.created': 'Created {date}',
  'export.sheet.settings.heading': 'Your settings',
  'export.sheet.settings.address': 'Email address',
  'export.sheet.settings.username': 'User name',
  'export.sheet.settings.sign-in': 'Sign-in',
  'export.sheet.settings.outgoing': 'Outgoing mail (SMTP)',
  'export.sheet.settings.incoming': 'Incoming mail ({protocol})',
  'export.sheet.settings.server': 'Server {host}, port {port}, encryption {security}',
  'export.sheet.notes.heading': 'Good to know',
  'export.sheet.note.microsoft-sign-in':
    'Your mailbox signs in with Microsoft. In every app choose "add account", type your address and sign in on the Microsoft page. The server table is only a fallback for apps that ask for it.',
  'export.sheet.note.outlook-com-imap':
    'Outlook.com switches POP and IMAP off by default. Only if an app asks for the IMAP or POP settings: turn them on at outlook.com › Settings › Mail › Forwarding and IMAP.',
  'export.sheet.note.basic-auth-2026':
    'Microsoft switches off password sign-in for sending (SMTP AUTH) by default at the end of {basicOffMonth}; your admin can switch it back on. Apps that sign in with Microsoft keep working.',
  'export.sheet.note.relay':
    'This setting is for printers, scanners and apps that send mail without signing in. Your IT admin must allow the device in Microsoft 365 (a connector for its public IP address or certificate). Give these values to whoever sets up the device.',
  'export.sheet.note.send-only':
    'These settings are for printers, scanners and apps that only send mail. Give them to whoever sets up the device.',
  'export.sheet.note.no-password': 'The app will ask for your password. Nobody from IT will ask you to write it down.',
  'export.sheet.steps.heading': 'Step by step',

  'export.sheet.step.new-outlook.open': 'Open Outlook and select Settings (the gear) › Accounts › Email accounts › Add account.',
  'export.sheet.step.new-outlook.address': 'Type {address} and select Continue.',
  'export.sheet.step.new-outlook.sign-in': 'Sign in on the Microsoft page. Outlook finds the servers itself.',
  'export.sheet.step.new-outlook.manual':
    'If Outlook asks which kind of account, choose {protocol}. Enter the incoming and outgoing servers, ports and encryption from the table above.',
  'export.sheet.step.new-outlook.password': 'Type your password when asked and select Continue.',

  'export.sheet.step.classic-outlook.open': 'Open Outlook and select File › Add Account.',
  'export.sheet.step.classic-outlook.address': 'Type {address} and select Connect.',
  'export.sheet.step.classic-outlook.sign-in': 'Sign in on the Microsoft page, then select Done.',
  'export.sheet.step.classic-outlook.advanced':
    'Select Advanced options, tick "Let me set up my account manually", select Connect and choose {protocol}.',
  'export.sheet.step.classic-outlook.servers':
    'Enter the incoming and outgoing servers, ports and encryption method from the table above, then select Next.',
  'export.sheet.step.classic-outlook.password': 'Type your password and select Connect.',
  'export.sheet.step.classic-outlook.prf':
    'If IT gave you a .cmd file with a .prf file beside it: close Outlook and double-click the .cmd file. Microsoft no longer recommends .prf files, so if it does not work, use the steps above.',

  'export.sheet.step.outlook-mac.open': 'Open Outlook and select Outlook › Settings › Accounts, then the + button › New Account.',
  'export.sheet.step.outlook-mac.address': 'Type {address} and select Continue.',
  'export.sheet.step.outlook-mac.sign-in': 'Sign in on the Microsoft page, then select Done.',
  'export.sheet.step.outlook-mac.manual':
    'If Outlook asks for the provider, choose {protocol} and enter the servers, ports and user name from the table above.',
  'export.sheet.step.outlook-mac.password': 'Type your password and select Add Account.',

  'export.sheet.step.apple-mail.microsoft-ews':
    'Apple Mail on a Mac reaches Microsoft 365 only through Exchange Web Services (EWS), also from System Settings › Internet Accounts › Microsoft Exchange. Microsoft blocks EWS since {blockedFrom} unless your IT allows it, and switches it off on {off}.',
  'export.sheet.step.apple-mail.use-outlook': 'Use Outlook for Mac instead (steps above), unless your IT tells you EWS is allowed for your organisation.',
  'export.sheet.step.apple-mail.other': 'Open Mail and select Mail › Add Account › Other Mail Account, then Continue.',
  'export.sheet.step.apple-mail.other-details': 'Type your name, {address} and your password, then select Sign In.',
  'export.sheet.step.apple-mail.other-servers':
    'If Mail asks for the servers, choose {protocol} and enter the incoming and outgoing servers from the table above.',
  'export.sheet.step.apple-mail.profile':
    'If IT gave you a .mobileconfig file: double-click it, then open System Settings › General › Device Management (Privacy & Security › Profiles on macOS 14) and select Install.',

  'export.sheet.step.iphone.exchange': 'Open Settings › Apps › Mail › Mail Accounts › Add Account and choose Microsoft Exchange.',
  'export.sheet.step.iphone.exchange-sign-in': 'Type {address}, select Next, then Sign In and sign in with Microsoft.',
  'export.sheet.step.iphone.other': 'Open Settings › Apps › Mail › Mail Accounts › Add Account › Other › Add Mail Account.',
  'export.sheet.step.iphone.other-details':
    'Type your name, {address} and your password, choose {protocol} and enter the servers from the table above.',
  'export.sheet.step.iphone.profile':
    'If IT gave you a .mobileconfig file: open it, then go to Settings › Profile Downloaded and select Install within {duration}.',

  'export.sheet.source': 'Source for these values: {source}',

  // Diagnostic report
  'export.report.title': 'Mail connection test report',
  'export.report.intro':
    'This report shows what happened when the app tested the mail server. Passwords, tokens and sign-in data have been removed. Send it to your IT admin.',
  'export.report.created': 'Created {date}',
  'export.report.summary.heading': 'Summary',
  'export.report.summary.verdict': 'Result',
  'export.report.summary.server': 'Server',
  'export.report.summary.security': 'Encryption',
  'export.report.summary.sign-in': 'Sign-in',
  'export.report.summary.user': 'User name',
  'export.report.summary.started': 'Tested at',
  'export.report.summary.duration': 'Duration',
  'export.report.verdict.pass': 'Working',
  'export.report.verdict.warn': 'Working, with warnings',
  'export.report.verdict.fail': 'Not working',
  'export.report.verdict.cancelled': 'Cancelled',
  'export.report.findings.heading': 'What was found',
  'export.report.findings.none': 'No problems were found.',
  'export.report.stages.heading': 'Steps of the test',
  'export.report.stages.step': 'Step',
  'export.report.stages.status': 'Result',
  'export.report.stages.time': 'Time',
  'export.report.stages.detail': 'Detail',
  'export.report.status.pass': 'passed',
  'export.report.status.warn': 'warning',
  'export.report.status.fail': 'failed',
  'export.report.status.skipped': 'skipped',
  'export.report.tls.heading': 'Encryption and certificate',
  'export.report.tls.none': 'No encrypted connection was made.',
  'export.report.tls.protocol': 'Protocol',
  'export.report.tls.cipher': 'Cipher',
  'export.report.tls.verified': 'Certificate trusted',
  'export.report.tls.diagnosis': 'Diagnosis',
  'export.report.tls.verify-error': 'Verification error',
  'export.report.tls.system-store': 'Trusted only through the operating system certificate store',
  'export.report.tls.interceptor': 'Intercepted by',
  'export.report.tls.chain': 'Certificate {n} in the chain',
  'export.report.seconds': '{seconds} s',
  'export.report.tls.cert': '{subject}, issued by {issuer}, valid {from} to {to}, names: {sans}, SHA-256 {fingerprint}',
  'export.report.capabilities.heading': 'What the server offered',
  'export.report.capabilities.extensions': 'Extensions',
  'export.report.capabilities.auth': 'Sign-in methods',
  'export.report.transcript.heading': 'Conversation with the server (secrets removed)',
  'export.report.yes': 'yes',
  'export.report.no': 'no',
  'export.report.stage.resolve': 'Look up the server name',
  'export.report.stage.connect': 'Connect',
  'export.report.stage.greeting': 'Server greeting',
  'export.report.stage.ehlo': 'Introduce (EHLO)',
  'export.report.stage.starttls': 'Start encryption (STARTTLS)',
  'export.report.stage.tls': 'Encrypted connection (TLS)',
  'export.report.stage.ehlo-tls': 'Introduce again, encrypted',
  'export.report.stage.auth': 'Sign in',
  'export.report.stage.mail-from': 'Sender accepted',
  'export.report.stage.rcpt-to': 'Recipient accepted',
  'export.report.stage.data': 'Test message sent',
  'export.report.stage.quit': 'Say goodbye',

  // Writer / CLI
  'export.cli.password-refused':
    'Exports never contain a password or token, so this command takes none. Remove {flag}.',
  'export.write.failed': 'Could not write {path}: {reason}',
} as const;
