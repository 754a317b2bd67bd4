/**
 * MSAL's HTTP client, over node:https instead of MSAL's default global fetch, because:
 * - it contacts only allowed hosts (Microsoft's login hosts, or 127.0.0.1 in tests), so a
 *   mistake can never send a sign-in request anywhere else;
 * - it takes the same trust as the probe (a secure context with the OS store and
 *   NODE_EXTRA_CA_CERTS), which fetch cannot be given;
 * - it keeps the error fields of the last failed token response (error, AADSTS codes,
 *   suberror), which MSAL drops for device-code polling errors ("post_request_failed").
 * Bodies of successful responses (tokens) are handed to MSAL and never kept or logged.
 */
import { request } from 'node:https';
import type { SecureContext } from 'node:tls';
import { AuthError, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';
import { aadstsIn } from '../../shared/oauth';
import { scrubSecrets } from './scrub';

export interface ServerErrorFields {
  error: string;
  aadsts?: number;
  suberror?: string;
  /** First line of error_description, scrubbed, at most 300 characters. */
  description: string;
  /** True when the server also sent `claims` (a Conditional Access / MFA step-up challenge). */
  claims: boolean;
}

export interface SignInNetworkClient extends INetworkModule {
  /** Error fields of the most recent error response, or null. */
  lastServerError(): ServerErrorFields | null;
  clearLastServerError(): void;
}

export interface NetworkClientOptions {
  allowHost(host: string): boolean;
  /** Trust for TLS; default Node's (which includes NODE_EXTRA_CA_CERTS). */
  secureContext?: SecureContext;
  /** Per request, ms; default 30 s. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

function networkError(message: string): AuthError {
  return new AuthError('network_error', '', message);
}

function errorFields(body: unknown): ServerErrorFields | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (typeof b.error !== 'string') return null;
  const rawDescription = typeof b.error_description === 'string' ? b.error_description : '';
  const codes = Array.isArray(b.error_codes) ? b.error_codes.filter((c): c is number => typeof c === 'number') : [];
  const aadsts = codes[0] ?? aadstsIn(rawDescription);
  const fields: ServerErrorFields = {
    error: b.error.slice(0, 100),
    description: scrubSecrets(rawDescription.split(/\r?\n/)[0] ?? '').slice(0, 300),
    claims: typeof b.claims === 'string' && b.claims.length > 0,
  };
  if (aadsts !== undefined) fields.aadsts = aadsts;
  if (typeof b.suberror === 'string') fields.suberror = b.suberror.slice(0, 100);
  return fields;
}

export function createNetworkClient(options: NetworkClientOptions): SignInNetworkClient {
  let lastError: ServerErrorFields | null = null;

  function send<T>(url: string, method: 'GET' | 'POST', init: NetworkRequestOptions | undefined, timeoutMs: number): Promise<NetworkResponse<T>> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return Promise.reject(networkError('Network request refused: not a URL'));
    }
    if (target.protocol !== 'https:') return Promise.reject(networkError('Network request refused: sign-in requests use https only'));
    if (!options.allowHost(target.hostname)) return Promise.reject(networkError(`Network request refused: ${target.hostname} is not an allowed sign-in host`));
    const body = method === 'POST' ? (init?.body ?? '') : undefined;
    return new Promise((resolve, reject) => {
      const req = request(
        target,
        {
          method,
          headers: { ...(init?.headers ?? {}), ...(body !== undefined ? { 'content-length': Buffer.byteLength(body) } : {}) },
          timeout: timeoutMs,
          agent: false,
          ...(options.secureContext ? { secureContext: options.secureContext } : {}),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => reject(networkError(`Network request failed: ${error.message}`)));
          res.on('end', () => {
            let parsed: unknown;
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              reject(new AuthError('token_parsing_error', '', `Failed to parse response from ${target.hostname} (HTTP ${res.statusCode ?? '?'})`));
              return;
            }
            const status = res.statusCode ?? 0;
            if (status >= 400) lastError = errorFields(parsed) ?? lastError;
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(res.headers)) {
              if (typeof value === 'string') headers[name] = value;
              else if (Array.isArray(value)) headers[name] = value.join(', ');
            }
            resolve({ headers, body: parsed as T, status });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', (error) => reject(networkError(`Network request failed: ${error.message}`)));
      req.end(body);
    });
  }

  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    sendGetRequestAsync: <T>(url: string, init?: NetworkRequestOptions, timeoutMs?: number) => send<T>(url, 'GET', init, timeoutMs ?? timeout),
    sendPostRequestAsync: <T>(url: string, init?: NetworkRequestOptions) => send<T>(url, 'POST', init, timeout),
    lastServerError: () => lastError,
    clearLastServerError: () => {
      lastError = null;
    },
  };
}
