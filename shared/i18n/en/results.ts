/** English messages: findings cards, the paste-an-error screen, transcripts. See shared/i18n/translate.ts. */
export const results = {
  'results.copied': 'Copied.',
  'results.copyFailed': 'Could not copy. Select the text and copy it instead.',
  'results.whatYouCanDo': 'What you can do',
  'results.messageForIt': 'Message for your IT admin',
  'results.copyMessageForIt': 'Copy message for IT',
  'results.whoFixes': 'Who can fix this: {who}',
  'results.source': 'Where this comes from',
  'results.asOf': 'Checked as of {date}',
  'results.transcriptEmpty': 'Nothing was exchanged with the server.',

  'paste.title': 'Check an error message',
  'paste.lead': 'Paste the error your mail app, printer or script showed. This works without a network.',
  'paste.label': 'Error message',
  'paste.hint': 'For example: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
  'paste.explain': 'Explain it',
  'paste.empty': 'Paste an error message first.',
  'paste.resultsHeading': 'What it means',
  'paste.back': 'Back',
  'paste.open': 'Check an error message instead',
} as const;
