/** English messages for "Check an error message": what was recognised in the pasted text. */
export const findingsPaste = {
  'paste.recognised.heading': "What this app recognised in the text",
  'paste.recognised.code': "Code {text}",
  'paste.recognised.phrase': "Words “{text}”",
  'paste.recognised.context': "Context {text}",
  'paste.recognised.none': "Nothing in the text matched a known error, so the explanation below is general.",
  'paste.others.heading': "Other possible causes",
  'paste.others.lead': "Less likely, but worth a look if the first answer doesn't fit.",
  'paste.sender.detected': "The text looks like it came from {sender}.",
} as const;
