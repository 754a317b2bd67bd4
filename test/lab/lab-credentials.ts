/** The one account every lab server accepts. Test-only values, never real secrets. */

const LAB_USER = 'alice@contoso.example';

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * A JWT-shaped access token (unsigned) with the claims Microsoft checks for SMTP
 * (audience, SMTP.Send scope, user: https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth), so code that decodes the token to compare
 * `preferred_username` with the XOAUTH2 `user=` has something realistic to read.
 */
function labAccessToken(user: string): string {
  const header = base64url({ typ: 'JWT', alg: 'none' });
  const payload = base64url({
    aud: 'https://outlook.office.com',
    scp: 'SMTP.Send',
    upn: user,
    preferred_username: user,
    iss: 'https://sts.windows.net/00000000-0000-0000-0000-00000000lab0/',
    exp: 4102444800, // 2100-01-01: never expires within a test run
  });
  return `${header}.${payload}.lab-signature`;
}

export interface LabCredentials {
  user: string;
  password: string;
  accessToken: string;
}

export const LAB_CREDENTIALS: Readonly<LabCredentials> = Object.freeze({
  user: LAB_USER,
  password: 'Lab-Password-7!',
  accessToken: labAccessToken(LAB_USER),
});
