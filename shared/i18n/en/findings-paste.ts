/** English messages for "Check an error message": what was recognised in the pasted text. */
export const findingsPaste = {
  'paste.recognised.heading': "What this app recognised in the text",
  'paste.recognised.code': "Code {text}",
  'paste.recognised.phrase': "Words “{text}”",
  'paste.recognised.context': "Context {text}",
  'paste.recognised.none': "Nothing in the text matched a known error, so the explanation below is general.",
  'paste.others.heading': "Other possible causes",
  'paste.others.lead': "Less likely, but worth a look if the first answer doesn't fit.",
  // Who sent the pasted text, in the app's neutral voice (the admin message speaks as the
  // person: "our printer"); one whole sentence per kind so each language can inflect it.
  'paste.sender.detected.this-app': "The text looks like it came from this app.",
  'paste.sender.detected.website': "The text looks like it came from a website or script.",
  'paste.sender.detected.website.named': "The text looks like it came from a website or script ({product}).",
  'paste.sender.detected.device': "The text looks like it came from a printer or scanner.",
  'paste.sender.detected.device.named': "The text looks like it came from a printer or scanner ({product}).",
  'paste.sender.detected.mail-app': "The text looks like it came from a mail app.",
  'paste.sender.detected.mail-app.named': "The text looks like it came from a mail app ({product}).",
  'paste.sender.detected.unknown': "The text does not say which app or device sent it.",
} as const;
