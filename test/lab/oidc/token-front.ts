/**
 * In front of oidc-provider's token endpoint: Entra's short grant name `device_code` (what
 * MSAL sends) is renamed to the standard URN, a switched-on refusal answers as Entra does,
 * and each request is counted so tests can tell a silent answer from a refresh.
 */
import { IncomingMessage, type ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import { tokenRefusal, type EntraRefusal } from './entra-answers';

export interface TokenRequestRecord {
  grantType: string;
  refused: EntraRefusal | null;
}

export interface TokenFrontOptions {
  provider: Provider;
  clientId: string;
  refusal(): EntraRefusal | null;
  record(entry: TokenRequestRecord): void;
}

const DEVICE_CODE_URN = 'urn:ietf:params:oauth:grant-type:device_code';

/** The same request with a new body, for a handler that reads the body stream itself. */
function withBody(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = { ...req.headers, 'content-length': String(body.length) };
  // An incomplete message destroys its socket when the stream ends (IncomingMessage._destroy).
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

export async function handleTokenRequest(options: TokenFrontOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  const grantType = form.get('grant_type') ?? '';
  const shortName = grantType === DEVICE_CODE_URN ? 'device_code' : grantType;
  const refused = tokenRefusal(options.refusal(), shortName, options.clientId);
  options.record({ grantType: shortName, refused: refused ? options.refusal() : null });
  if (refused) {
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(refused));
    return;
  }
  if (grantType === 'device_code') form.set('grant_type', DEVICE_CODE_URN);
  options.provider.callback()(withBody(req, Buffer.from(form.toString(), 'utf8')), res);
}
