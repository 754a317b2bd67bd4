/** The lab provider's sign-in and consent steps (oidc-provider's "interactions"). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import { consentPage, loginPage } from './pages';

export interface LabUser {
  accountId: string;
  oid: string;
  username: string;
  password: string;
  name: string;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function html(res: ServerResponse, body: string, status = 200): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** /interaction/:uid[/login|/confirm|/abort] */
export async function handleInteraction(provider: Provider, users: readonly LabUser[], req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const [, , uid = '', action = ''] = url.pathname.split('/');
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return html(res, 'unknown interaction', 400);

  if (req.method === 'GET') {
    if (details.prompt.name === 'login') return html(res, loginPage(uid, details.params.login_hint));
    const missing = (details.prompt.details.missingResourceScopes ?? {}) as Record<string, string[]>;
    const oidcScopes = (details.prompt.details.missingOIDCScope ?? []) as string[];
    return html(res, consentPage(uid, 'Mail Setup Lab', [...Object.values(missing).flat(), ...oidcScopes]));
  }

  const form = await readForm(req);
  switch (action) {
    case 'login': {
      const login = (form.get('login') ?? '').trim().toLowerCase();
      const user = users.find((u) => u.username.toLowerCase() === login && u.password === form.get('password'));
      if (!user) return html(res, loginPage(uid, login, 'That email address or password is not right.'));
      return provider.interactionFinished(req, res, { login: { accountId: user.accountId } }, { mergeWithLastSubmission: false });
    }
    case 'confirm': {
      const accountId = details.session?.accountId;
      const clientId = details.params.client_id;
      if (!accountId || !clientId) return html(res, 'no session', 400);
      const grant = (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ?? new provider.Grant({ accountId, clientId });
      const oidcScopes = (details.prompt.details.missingOIDCScope ?? []) as string[];
      if (oidcScopes.length > 0) grant.addOIDCScope(oidcScopes.join(' '));
      const resources = (details.prompt.details.missingResourceScopes ?? {}) as Record<string, string[]>;
      for (const [resource, scopes] of Object.entries(resources)) grant.addResourceScope(resource, scopes.join(' '));
      const grantId = await grant.save();
      return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    }
    case 'abort':
      // What Entra sends back when the person declines (AADSTS65004).
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'AADSTS65004: User declined to consent to access the app.' },
        { mergeWithLastSubmission: false },
      );
    default:
      return html(res, 'unknown step', 404);
  }
}
