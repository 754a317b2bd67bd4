/**
 * English messages: the wizard's "Sign in with Microsoft" panel (renderer/wizard/signin/).
 * Shared sign-in sentences (progress, account, failures, IT help) live in oauth.ts.
 */
export const signin = {
  'signin.lead.oauth': 'You sign in on Microsoft’s own page. This app never sees your password and only uses the sign-in to test sending from this computer.',
  'signin.panel.title': 'Sign in with Microsoft',
  'signin.loading': 'Checking whether you are already signed in…',
  'signin.password.microsoft-note':
    'Microsoft 365 switches password sign-in for sending off by default at the end of {basicOffMonth}, and Outlook and Apple Mail sign in with Microsoft, so a password test may not show what they will do.',

  'signin.not-configured.title': 'Microsoft sign-in is not set up in this copy',
  'signin.not-configured.help': 'What your IT team needs to do',
  'signin.not-configured.meanwhile.password': 'Until then, you can choose “With my password” above, or test without signing in.',
  'signin.not-configured.meanwhile.none': 'Until then, you can test without signing in: that checks the connection, not your account.',

  'signin.ready.button': 'Sign in with Microsoft',
  'signin.ready.hint': 'Your browser opens Microsoft’s sign-in page for {address}. Come back here when it says you are signed in.',
  'signin.ready.code': 'Sign in with a code instead',
  'signin.ready.code.hint':
    'For when this computer cannot open a browser: you type a code on any device. Many organisations do not allow it (those created since {deviceCodeBlockedFrom} block it by default).',

  'signin.waiting.hint': 'Finish signing in in the browser window that opened. If you close it, press Cancel.',
  'signin.code.waiting': 'Getting a sign-in code from Microsoft…',
  'signin.code.instructions': 'On any device, open this page:',
  'signin.code.enter': 'Then enter this code:',
  'signin.code.copy': 'Copy the code',
  'signin.code.copy-url': 'Copy the address',
  'signin.code.expires': 'The code works for {minutes, plural, one {# minute} other {# minutes}}. This page moves on by itself once you are signed in.',

  'signin.signed-in.display-name': 'Account name: {name}',
  'signin.remembered': 'Your sign-in is kept in this computer’s keychain, so testing again needs no new sign-in.',
  'signin.saved.not-signed-in': 'The settings are saved, but this computer no longer holds that Microsoft sign-in: sign in again before you test.',
  'signin.mismatch.title': 'This is not the address you are testing',

  'signin.failed.title': 'Sign-in did not work',
  'signin.failed.details': 'Details for your IT team',
  'signin.failed.copy': 'Copy the details',
  'signin.failed.try-again': 'Try again',
  'signin.failed.use-browser': 'Sign in in the browser instead',
  'signin.failed.message-for-it': 'Microsoft sign-in for {address} failed in Mail Setup Assistant: {code}{aadsts}. {message}',

  'signin.help.back': 'Back to signing in',
  'signin.help.now': 'Why it is not available now: {reason}',
  'signin.help.reason.no-client-id': 'no app registration (client id) is set up in this copy.',
  'signin.help.reason.invalid-client-id': 'the client id that was set up is not an application (client) id.',
  'signin.help.reason.cloud-not-supported': 'this kind of account (a government or national cloud) is not supported in this version.',
  'signin.help.reason.invalid-authority': 'the tenant that was set up is not a tenant id or domain.',
  'signin.help.org-defaults': 'The organisation defaults file (org-defaults.json) with your client id:',
  'signin.help.admin-consent': 'To approve the app for everyone at once, an administrator opens:',
  'signin.help.copy': 'Copy',
  // Placeholders inside the org-defaults.json and admin-consent samples (the samples themselves are built in code).
  'signin.help.placeholder.client-id': '<Application (client) ID>',
  'signin.help.placeholder.tenant': '<your tenant id or domain>',

  'signin.result.title': 'Microsoft sign-in did not work',
  'signin.result.again': 'Sign in again',
} as const;
