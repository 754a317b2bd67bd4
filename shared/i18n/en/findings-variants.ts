/**
 * English messages: evidence-specific forms of a few findings. The plain form speaks for
 * this app; these speak for a printer or a website that cannot use “Sign in with
 * Microsoft” the same way, and for a clock whose offset was measured. Keys are listed in
 * shared/findings/message-keys.ts (VARIANT_KEYS), never built at run time.
 */
export const findingsVariants = {
  'finding.auth.basic-auth-disabled.steps.device.1': "Printers and scanners usually can't use “Sign in with Microsoft”: send the message below to your IT admin.",
  'finding.auth.basic-auth-disabled.steps.device.2': "App passwords won't help: they are password sign-in too.",
  'finding.auth.basic-auth-disabled.admin.device': "Password (basic) authentication for SMTP is blocked for the mailbox {address} that {sender} signs in with (535 5.7.139 “basic authentication is disabled”). Printers and scanners usually can't use Microsoft sign-in (OAuth 2.0). Could you set up another route for it, such as an inbound connector relay, Direct Send (internal recipients only) or High Volume Email? If basic authentication must stay for now, an authentication policy may block it (see below). From the end of {basicOffMonth} it is off by default for existing tenants; admins can switch it back on for now, and the final removal date is to be announced in {finalDateHalf}.",
  'finding.auth.basic-auth-disabled.steps.website.1': "The website or script must sign in with Microsoft (OAuth 2.0), or use another way to send: send the message below to your IT admin or web developer.",
  'finding.auth.basic-auth-disabled.steps.website.2': "App passwords won't help: they are password sign-in too.",
  'finding.auth.basic-auth-disabled.admin.website': "Password (basic) authentication for SMTP is blocked for the mailbox {address} that {sender} signs in with (535 5.7.139 “basic authentication is disabled”). Could you help us move it to Microsoft sign-in (OAuth 2.0 with {smtpSendScope}), or to another route such as Azure Communication Services Email or an inbound connector relay? If basic authentication must stay for now, an authentication policy may block it (see below). From the end of {basicOffMonth} it is off by default for existing tenants; admins can switch it back on for now.",

  'finding.auth.basic-auth-removed.steps.device.1': "Printers and scanners usually can't use “Sign in with Microsoft”: ask IT for another way to send, such as a connector relay.",
  'finding.auth.basic-auth-removed.steps.device.2': "Send the message below to your IT admin.",
  'finding.auth.basic-auth-removed.admin.device': "Exchange Online refused password sign-in of {sender} for {address} with “550 5.7.30 Basic authentication is not supported for Client Submission”. Printers and scanners usually can't use OAuth. Could you set up another route for it: an inbound connector relay, Direct Send (internal recipients only) or High Volume Email (internal recipients only)?",
  'finding.auth.basic-auth-removed.steps.website.1': "The website or script must sign in with Microsoft (OAuth 2.0), or use another way to send.",
  'finding.auth.basic-auth-removed.steps.website.2': "Send the message below to your IT admin or web developer.",
  'finding.auth.basic-auth-removed.admin.website': "Exchange Online refused password sign-in of {sender} for {address} with “550 5.7.30 Basic authentication is not supported for Client Submission”. Could you help us move it to Microsoft sign-in (OAuth 2.0 with {smtpSendScope}), Azure Communication Services Email or an inbound connector relay?",

  'finding.auth.security-defaults.steps.device.1': "Printers and scanners usually can't use “Sign in with Microsoft”: send the message below to your IT admin.",
  'finding.auth.security-defaults.steps.device.2': "Don't ask for security defaults to be switched off just for the device.",
  'finding.auth.security-defaults.admin.device': "The SMTP sign-in of {sender} as {address} is refused with “user is locked by your organization's security defaults policy”. Security defaults block basic authentication for SMTP, and printers and scanners usually can't use OAuth. Could you set up another route for it, such as an inbound connector relay or Direct Send (internal recipients only)? Replacing security defaults with Conditional Access (setting below) weakens security, so I don't recommend it.",
  'finding.auth.security-defaults.steps.website.1': "The website or script must sign in with Microsoft (OAuth 2.0) to send through your organisation.",
  'finding.auth.security-defaults.steps.website.2': "Send the message below to your IT admin or web developer.",
  'finding.auth.security-defaults.admin.website': "The SMTP sign-in of {sender} as {address} is refused with “user is locked by your organization's security defaults policy”. Security defaults block basic authentication for SMTP. Could you help us move it to Microsoft sign-in (OAuth 2.0 with {smtpSendScope}) or to an inbound connector relay? Replacing security defaults with Conditional Access (setting below) weakens security, so I don't recommend it.",

  'finding.tls.clock-skew.explanation.measured': "This computer's clock is {clockOffset} compared with the mail server's. Secure connections check dates, so certificates then look expired or not yet valid.",
  'finding.tls.clock-skew.admin.measured': "My computer's clock is {clockOffset} compared with the time the mail server {host} gave in its greeting, which breaks the certificate check. Could you help me fix the time synchronisation on this computer?",

  'finding.auth.oauth-not-configured.admin.other-app': "Microsoft sign-in for {sender} fails because its app registration doesn't work in our tenant (for example AADSTS700016 application not found, AADSTS50011 redirect URI mismatch, or AADSTS7000218 public client flows not allowed). Could you check the app registration, or tell me which app is approved for sending mail?",
} as const;
