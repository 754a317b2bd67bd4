/** English messages: Microsoft sign-in (browser pages, CLI lines, help page for IT). */
export const oauth = {
  // The pages the person's browser shows after signing in (electron/oauth/browser-pages.ts).
  'oauth.page.success.title': 'You are signed in',
  'oauth.page.success.body': 'You can close this tab and go back to Mail Setup Assistant.',
  'oauth.page.error.title': 'Sign-in did not finish',
  'oauth.page.error.body': 'Nothing was changed. Close this tab, go back to Mail Setup Assistant and try again.',
  'oauth.page.app-name': 'Mail Setup Assistant',

  // Progress and account, for the wizard and the CLI.
  'oauth.progress.browser': 'Waiting for you to sign in in your browser…',
  'oauth.progress.device-code': 'To sign in, open {url} and enter the code {code}',
  'oauth.progress.cancel': 'Cancel',
  'oauth.account.signed-in': 'Signed in with Microsoft as {username}.',
  'oauth.account.use-different': 'Use a different account',
  'oauth.account.mismatch':
    'You are signed in as {username}, but the address to test is {address}. The test signs in as {username}: that works only if {username} may send as {address} (for example a shared mailbox). If this is the wrong account, sign out and sign in again.',
  'oauth.account.not-remembered': 'Your sign-in works for now but cannot be remembered on this computer: {reason}',
  'oauth.cli.browser-hint': 'If no browser window opened, open this address yourself: {url}',
  'oauth.cli.signed-out': 'Signed out {username}: the sign-in was removed from this computer’s keychain.',
  'oauth.cli.not-signed-in': 'No Microsoft sign-in for {username} is stored on this computer.',
  'oauth.cli.sign-in-failed': 'Microsoft sign-in failed: {words}',

  // One plain sentence per failure (shared/oauth.ts OAuthFailureCode); the catalogue adds IT messages.
  'oauth.failure.not-configured':
    'Microsoft sign-in is not set up in this copy of the app. Your IT team can turn it on: see "Microsoft sign-in for IT".',
  'oauth.failure.cloud-not-supported': 'Microsoft sign-in for this kind of account is not supported in this version of the app.',
  'oauth.failure.cancelled': 'Sign-in was stopped before it finished. Nothing was changed.',
  'oauth.failure.timed-out': 'Sign-in was stopped because it did not finish within {timeout}. Try again when you are ready.',
  'oauth.failure.consent-required': 'This app has not been allowed to send mail for your account yet. Sign in again and accept the request, or ask your IT team.',
  'oauth.failure.admin-consent-required': 'Your organisation needs an administrator to approve this app before you can sign in. Please ask your IT team.',
  'oauth.failure.conditional-access': 'Your organisation’s sign-in rules do not allow this sign-in from here. Please ask your IT team.',
  'oauth.failure.mfa-required': 'Your organisation asks for an extra sign-in check (for example a code on your phone). Sign in again to complete it.',
  'oauth.failure.sign-in-again': 'Your saved Microsoft sign-in has expired or was removed. Please sign in again.',
  'oauth.failure.device-code-blocked':
    'Your organisation does not allow signing in with a code. Sign in in your browser instead (most organisations created since {deviceCodeBlockedFrom} block sign-in codes).',
  'oauth.failure.unreachable': 'This computer cannot reach Microsoft’s sign-in service. Check the internet connection and try again.',
  'oauth.failure.server-error': 'Microsoft’s sign-in service answered with an error. Try again; if it keeps happening, send the details to your IT team.',

  // In-app help page for IT (wired with the wizard); docs/microsoft-sign-in.md has the same steps.
  'oauth.help.title': 'Microsoft sign-in for IT',
  'oauth.help.intro':
    'Mail Setup Assistant signs in with Microsoft through your organisation’s own app registration. No client id from another product is ever used. Register the app once, then give staff its client id.',
  'oauth.help.step.register': 'In the Microsoft Entra admin center, open App registrations and choose New registration.',
  'oauth.help.step.account-types':
    'Supported account types: "Accounts in this organizational directory only" or "…any organizational directory" for Microsoft 365; choose "…and personal Microsoft accounts" if staff also test Outlook.com addresses.',
  'oauth.help.step.platform': 'Add the platform "Mobile and desktop applications" with the redirect URI http://localhost.',
  'oauth.help.step.public-client': 'Turn on "Allow public client flows" only if you want the sign-in code (device code) fallback.',
  'oauth.help.step.permission':
    'API permissions: add the delegated permission SMTP.Send from "Office 365 Exchange Online" (offline_access is requested with it).',
  'oauth.help.step.consent': 'Grant admin consent for your organisation if staff may not consent to apps themselves.',
  'oauth.help.step.deploy':
    'Put the Application (client) ID in org-defaults.json under "oauth" as "clientId" (and your tenant id or domain as "tenant"), or build the app with MSA_OAUTH_CLIENT_ID set.',
  'oauth.help.step.smtp-auth': 'SMTP AUTH must still be allowed for each mailbox that sends this way.',
  'oauth.help.browser-closed':
    'If someone closes the browser tab without signing in, the app cannot see it: the sign-in stops after {timeout}, or at once when they press Cancel.',
} as const;
