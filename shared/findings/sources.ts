/**
 * The "Source" page of each catalogue entry, one place so a moved page is fixed once.
 * Dated claims (hosts, dates, admin paths) live in shared/facts with their check date.
 */
export const SOURCES = {
  MFD: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
  PRN: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-office-365',
  AUTHSUB:
    'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
  OAUTH:
    'https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth',
  LIMITS: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/send-emails/smtp-submission-improvements',
  NDR: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
  RETIRE24:
    'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750',
  TIMELINE26:
    'https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835',
  LEGACYTLS:
    'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/opt-in-exchange-online-endpoint-for-legacy-tls-using-smtp-auth',
  TLSBLOG:
    'https://techcommunity.microsoft.com/t5/exchange-team-blog/new-opt-in-endpoint-available-for-smtp-auth-clients-still/ba-p/2659652',
  G2: 'https://techcommunity.microsoft.com/blog/exchange/trust-digicert-global-root-g2-certificate-authority-to-avoid-exchange-online-ema/4488311',
  OLCOM:
    'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040',
  OLMODERN:
    'https://support.microsoft.com/en-us/office/modern-authentication-methods-now-needed-to-continue-syncing-outlook-email-in-non-microsoft-email-apps-c5d65390-9676-4763-b41f-d7986499a90d',
  SECDEF: 'https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults',
  DIRECTSEND:
    'https://techcommunity.microsoft.com/blog/exchange/introducing-more-control-over-direct-send-in-exchange-online/4408790',
  SUBMITBLOG:
    'https://techcommunity.microsoft.com/t5/exchange-team-blog/changes-coming-to-the-smtp-authenticated-submission-client/ba-p/607825',
  THROTTLE:
    'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions',
  DESKTOPREG: 'https://learn.microsoft.com/en-us/entra/identity-platform/scenario-desktop-app-registration',
  ENDPOINTS: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges',
  NODE_TLS_ERRORS: 'https://nodejs.org/api/tls.html#x509-certificate-error-codes',
  // Community threads where Microsoft has no page for the exact reply text.
  INTERCEPT: 'https://github.com/PHPMailer/PHPMailer/issues/776',
  STARTTLS_ONLY: 'https://github.com/mattermost/mattermost/issues/954',
  EHLO_AFTER_TLS: 'https://github.com/nette/mail/issues/71',
  CRL_BLOCKED: 'https://github.com/bitwarden/server/issues/8091',
  UNRECOGNIZED: 'https://github.com/simonrob/email-oauth2-proxy/issues/232',
  FORWARDING: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding',
  SMTPUTF8: 'https://www.rfc-editor.org/rfc/rfc6531',
  RFC3463: 'https://www.rfc-editor.org/rfc/rfc3463',
} as const;
