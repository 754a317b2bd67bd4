/** English messages: probe. Keys are stable ids; see shared/i18n/translate.ts. */
export const probe = {
  // Stage names in plain words, one per StageId (see shared/types.ts STAGE_IDS).
  'probe.stage.resolve.name': 'Find the mail server',
  'probe.stage.connect.name': 'Reach the mail server',
  'probe.stage.greeting.name': 'Wait for the server to answer',
  'probe.stage.ehlo.name': 'Introduce this computer',
  'probe.stage.starttls.name': 'Secure the connection',
  'probe.stage.tls.name': 'Secure the connection',
  'probe.stage.ehlo-tls.name': 'Introduce this computer again, securely',
  'probe.stage.auth.name': 'Sign in',
  'probe.stage.mail-from.name': 'Give the sender address',
  'probe.stage.rcpt-to.name': 'Give the recipient address',
  'probe.stage.data.name': 'Send the test message',
  'probe.stage.quit.name': 'Say goodbye',

  // Short status sentences for a stage row.
  'probe.status.pass': 'Done',
  'probe.status.warn': 'Done, with a warning',
  'probe.status.fail': 'Did not work',
  'probe.status.skipped': 'Not tried',
  'probe.status.running': 'Checking…',

  // Why a stage was skipped.
  'probe.skipped.earlier-failure': 'Not tried, because an earlier step did not work.',
  'probe.skipped.cancelled': 'Not tried, because the test was cancelled.',
  'probe.skipped.no-credentials': 'Not tried: no sign-in details were given.',
  'probe.skipped.no-test-message': 'Not tried: no test message was requested.',

  // Verdict sentences for the whole run.
  'probe.verdict.pass': 'Everything worked.',
  'probe.verdict.warn': 'It works, but something needs attention.',
  'probe.verdict.fail': 'Something stopped the test. See the highlighted step.',
  'probe.verdict.cancelled': 'The test was cancelled.',

  // Notes shown next to the TLS details.
  'probe.tls.trusted-via-system-store': 'Trusted because of a certificate installed on this computer.',
  'probe.tls.fingerprint-trusted': 'You chose to trust this server’s certificate. Only do this for your own internal mail server.',
  'probe.plain-connection': 'This connection is not encrypted. Use it only for a mail server inside your own network.',

  // The test message sent to the person's own address.
  'probe.test-message.subject': 'Mail Setup Assistant test message',
  'probe.test-message.body':
    'Hello,\n\nThis is a test message from Mail Setup Assistant. If you can read it, sending email from this computer works.\n\nWhat was tested: the connection to {host} on port {port} ({security}), signing in, and sending this message.\nWhen: {when}\n\nYou can delete this message.\n',
} as const;
