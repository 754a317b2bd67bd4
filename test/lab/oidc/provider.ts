/**
 * A local OpenID provider that signs people in the way Microsoft Entra ID does for SMTP:
 * oidc-provider over https on 127.0.0.1 (a leaf from the lab PKI), a native public client
 * with PKCE and the loopback redirect http://localhost, refresh tokens, the device-code
 * grant under Entra's names, Entra's `client_info`, and JWT access tokens for
 * https://outlook.office.com with `scp` SMTP.Send, `upn` and `preferred_username`.
 * `refuse(...)` makes it answer like Entra when sign-in is refused (entra-answers.ts).
 * See test/lab/README.md.
 */
import { createPrivateKey, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import Provider from 'oidc-provider';
import { LAB_CREDENTIALS } from '../lab-credentials';
import { labPki } from '../lab-pki';
import { closeServer, listenOnLoopback, socketTracker } from '../m365-server';
import { authorizeRefusal, type EntraRefusal } from './entra-answers';
import { handleInteraction, type LabUser } from './interactions';
import { createLabStorage } from './memory-adapter';
import { deviceConfirmPage, deviceInputPage, deviceSuccessPage, formPostPage, page } from './pages';
import { handleTokenRequest, type TokenRequestRecord } from './token-front';
import { createTokenVerifier, type TokenVerdict } from './token-verifier';

export const LAB_TENANT_ID = '8f3e7c4a-1b2c-4d5e-9f60-7a8b9c0d1e2f';
export const LAB_CLIENT_ID = '5b1f0c3e-7a2d-4e9b-8c61-2f4a9d0e7b13';
export const OUTLOOK_RESOURCE = 'https://outlook.office.com';
export const SMTP_SEND_SCOPE = 'https://outlook.office.com/SMTP.Send';
const DEFAULT_TTL_S = 3600; // over MSAL's fixed 300 s renewal window, so silent calls use the cache

export const LAB_USERS: readonly LabUser[] = [
  { accountId: 'lab-alice', oid: '2d8c1a57-3e4f-4a6b-9c0d-1e2f3a4b5c6d', username: LAB_CREDENTIALS.user, password: LAB_CREDENTIALS.password, name: 'Alice Lab' },
  { accountId: 'lab-bob', oid: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918', username: 'bob@contoso.example', password: 'Lab-Password-8!', name: 'Bob Lab' },
  // A personal address, for the Outlook.com journey (the wizard treats outlook.com as Outlook.com).
  { accountId: 'lab-sam', oid: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', username: 'sam.lab@outlook.com', password: 'Lab-Password-9!', name: 'Sam Lab' },
];

export interface OidcLab {
  /** https://127.0.0.1:PORT (the issuer); MSAL's authority is `authority`. */
  issuer: string;
  authority: string;
  port: number;
  clientId: string;
  tenantId: string;
  users: readonly LabUser[];
  /** The lab root to trust (NODE_EXTRA_CA_CERTS / secure context). */
  caPem: string;
  /** Answer like Entra when sign-in is refused; null answers normally again. */
  refuse(refusal: EntraRefusal | null): void;
  /** Lifetime of access tokens issued from now on (seconds). */
  setAccessTokenTtl(seconds: number): void;
  /** Polling interval the device-code answer names (seconds; Entra sends 5). */
  setDeviceCodeInterval(seconds: number): void;
  /** Revokes every grant, refresh token and session, like an admin revoking sessions. */
  revokeAll(): number;
  /** Token endpoint requests seen: grant type and whether a refusal answered. */
  tokenRequests: TokenRequestRecord[];
  /** Errors oidc-provider reported (a lab bug when not empty). */
  serverErrors: string[];
  /** Every access, refresh and ID token issued, for canary checks that none leaks. */
  issuedTokens: string[];
  /** Checks an XOAUTH2 bearer token as Exchange Online does, against this provider's JWKS. */
  verifyXoauth2(user: string, token: string): Promise<TokenVerdict>;
  close(): Promise<void>;
}

export async function startOidcLab(): Promise<OidcLab> {
  const { served, rootPem } = await labPki();
  const { sockets, track } = socketTracker();
  let provider: Provider | null = null;
  const state = { refusal: null as EntraRefusal | null, ttl: DEFAULT_TTL_S, interval: 1 };
  const tokenRequests: TokenRequestRecord[] = [];
  const serverErrors: string[] = [];
  const issuedTokens: string[] = [];
  const storage = createLabStorage();

  const server: Server = createServer({ key: served.healthy.key, cert: served.healthy.cert, minVersion: 'TLSv1.2' }, (req, res) => {
    const current = provider;
    if (!current) return void res.writeHead(503).end();
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const fail = (error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`lab provider error: ${error instanceof Error ? error.message : String(error)}`);
    };
    if (url.pathname.startsWith('/interaction/')) return void handleInteraction(current, LAB_USERS, req, res, url).catch(fail);
    if (req.method === 'POST' && url.pathname === '/token') {
      return void handleTokenRequest({ provider: current, clientId: LAB_CLIENT_ID, refusal: () => state.refusal, record: (r) => tokenRequests.push(r) }, req, res).catch(fail);
    }
    const refused = req.method === 'GET' && url.pathname === '/auth' ? authorizeRefusal(state.refusal) : null;
    const redirectUri = url.searchParams.get('redirect_uri');
    if (refused && redirectUri) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(formPostPage(redirectUri, { ...refused, state: url.searchParams.get('state') ?? '' }));
    }
    current.callback()(req, res);
  });
  server.on('connection', track);
  server.on('secureConnection', track);
  const port = await listenOnLoopback(server);
  const issuer = `https://127.0.0.1:${port}`;
  const jwk = { ...createPrivateKey(served.healthy.key).export({ format: 'jwk' }), kid: 'lab-signing-1', alg: 'RS256', use: 'sig' };
  const userById = (id: string) => LAB_USERS.find((u) => u.accountId === id);

  provider = new Provider(issuer, {
    adapter: function LabAdapter(name: string) {
      return storage.adapterFor(name);
    },
    clients: [
      {
        client_id: LAB_CLIENT_ID,
        client_name: 'Mail Setup Lab',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: ['http://localhost'],
        response_types: ['code'],
        grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    scopes: ['openid', 'offline_access', 'profile'],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'tid', 'oid'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // Explicit lifetimes (oidc-provider asks for them); access tokens follow setAccessTokenTtl.
    ttl: {
      AccessToken: () => state.ttl,
      AuthorizationCode: 60,
      DeviceCode: 600,
      Grant: 14 * 24 * 3600,
      IdToken: 3600,
      Interaction: 3600,
      RefreshToken: 14 * 24 * 3600,
      Session: 14 * 24 * 3600,
    },
    routes: { device_authorization: '/devicecode', code_verification: '/device', token: '/token', jwks: '/jwks', authorization: '/auth' },
    async findAccount(_ctx: unknown, id: string) {
      const user = userById(id);
      if (!user) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, preferred_username: user.username, name: user.name, tid: LAB_TENANT_ID, oid: user.oid }) };
    },
    async extraTokenClaims(_ctx: unknown, token: { accountId?: string }) {
      const user = token.accountId ? userById(token.accountId) : undefined;
      if (!user) return undefined;
      // Entra's access tokens carry many more claims, some of them opaque (aio, rh, uti), which
      // makes them ~2 KB; random filler of that size keeps the keychain cache realistically large.
      return {
        scp: 'SMTP.Send',
        upn: user.username,
        unique_name: user.username,
        preferred_username: user.username,
        name: user.name,
        tid: LAB_TENANT_ID,
        oid: user.oid,
        appid: LAB_CLIENT_ID,
        app_displayname: 'Mail Setup Lab',
        idtyp: 'user',
        ver: '1.0',
        aio: randomBytes(450).toString('base64url'),
        rh: `0.${randomBytes(48).toString('base64url')}.`,
        uti: randomBytes(16).toString('base64url'),
      };
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // MSAL never sends `resource=`: the SMTP scope names Exchange Online, as at Entra.
        defaultResource: async (_ctx: unknown, _client: unknown, oneOf?: string[]) => oneOf?.[0] ?? OUTLOOK_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope: SMTP_SEND_SCOPE,
          audience: OUTLOOK_RESOURCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: state.ttl,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
      deviceFlow: {
        enabled: true,
        userCodeInputSource: async (ctx: { body: unknown }, form: string, _out: unknown, err?: { name?: string }) => {
          ctx.body = deviceInputPage(form, err ? 'That code did not work. Check it and try again.' : null);
        },
        userCodeConfirmSource: async (ctx: { body: unknown }, form: string, _client: unknown, _info: unknown, userCode: string) => {
          ctx.body = deviceConfirmPage(form, userCode);
        },
        successSource: async (ctx: { body: unknown }) => {
          ctx.body = deviceSuccessPage();
        },
      },
    },
    async renderError(ctx: { type: string; body: unknown }, out: Record<string, string>) {
      ctx.type = 'html';
      ctx.body = page('Sign-in error', `<pre>${Object.entries(out).map(([k, v]) => `${k}: ${String(v).replace(/</g, '&lt;')}`).join('\n')}</pre>`);
    },
  });

  provider.on('server_error', (_ctx: unknown, error: unknown) => serverErrors.push(error instanceof Error ? error.message : String(error)));
  provider.use(async (ctx, next) => {
    // oidc-provider drops offline_access without prompt=consent (OIDC Core); MSAL sends no prompt.
    if (ctx.method === 'GET' && ctx.path === '/auth' && /\boffline_access\b/.test(String(ctx.query.scope ?? '')) && !ctx.query.prompt) {
      ctx.query = { ...ctx.query, prompt: 'consent' };
    }
    await next();
    const body = ctx.body as Record<string, unknown> | undefined;
    if (ctx.oidc?.route === 'token' && body) {
      for (const name of ['access_token', 'refresh_token', 'id_token']) if (typeof body[name] === 'string') issuedTokens.push(body[name] as string);
    }
    if (ctx.oidc?.route === 'token' && body && typeof body.id_token === 'string') {
      const sub = (JSON.parse(Buffer.from(body.id_token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub: string }).sub;
      body.client_info = Buffer.from(JSON.stringify({ uid: sub, utid: LAB_TENANT_ID })).toString('base64url');
    }
    if (ctx.oidc?.route === 'device_authorization' && body && typeof body.user_code === 'string') {
      body.interval = state.interval;
      body.message = `To sign in, use a web browser to open the page ${String(body.verification_uri)} and enter the code ${body.user_code} to authenticate.`;
    }
  });

  const verifier = createTokenVerifier({ issuer, jwksUrl: `${issuer}/jwks`, caPem: rootPem, audience: OUTLOOK_RESOURCE });
  let closing: Promise<void> | null = null;
  return {
    issuer,
    authority: `${issuer}/`,
    port,
    clientId: LAB_CLIENT_ID,
    tenantId: LAB_TENANT_ID,
    users: LAB_USERS,
    caPem: rootPem,
    refuse: (refusal) => {
      state.refusal = refusal;
    },
    setAccessTokenTtl: (seconds) => {
      state.ttl = seconds;
    },
    setDeviceCodeInterval: (seconds) => {
      state.interval = seconds;
    },
    revokeAll: () => storage.revokeAll(),
    tokenRequests,
    serverErrors,
    issuedTokens,
    verifyXoauth2: (user, token) => verifier.verify(user, token),
    close: () => (closing ??= closeServer(server, sockets)),
  };
}
