import type { ProbeRequest } from '../../shared/types';

export class ProbeRequestError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ProbeRequestError';
  }
}

/** CR, LF and NUL would let a field smuggle a second SMTP command (design.md, Security baseline). */
const CONTROL = /[\r\n\0]/;

/**
 * Checks the fields that reach SMTP commands or sockets. The IPC layer validates its
 * input schema first; this is the engine's own guard, so the CLI and tests get it too.
 */
export function checkProbeRequest(request: ProbeRequest): ProbeRequestError | null {
  const fields: [string, string | undefined][] = [
    ['host', request.host],
    ['clientName', request.clientName],
    ['sendTestTo', request.sendTestTo],
    ['trustFingerprint256', request.trustFingerprint256],
  ];
  if (request.auth.method !== 'none') {
    fields.push(['user', request.auth.user]);
    fields.push(['secret', request.auth.method === 'password' ? request.auth.password : request.auth.accessToken]);
  }
  for (const [field, value] of fields) {
    if (value !== undefined && CONTROL.test(value)) {
      return new ProbeRequestError(`${field} must not contain line breaks or NUL characters`, field);
    }
  }
  if (!/^[A-Za-z0-9.\-:[\]]+$/.test(request.host)) return new ProbeRequestError('host is not a valid host name or IP address', 'host');
  if (!Number.isInteger(request.port) || request.port < 1 || request.port > 65535) {
    return new ProbeRequestError('port must be a whole number from 1 to 65535', 'port');
  }
  if (!['starttls', 'tls', 'none'].includes(request.security)) {
    return new ProbeRequestError('security must be starttls, tls or none', 'security');
  }
  if (request.auth.method !== 'none' && request.auth.user.trim() === '') return new ProbeRequestError('user is empty', 'user');
  if (request.sendTestTo !== undefined && !/^[^\s<>@]+@[^\s<>@]+$/.test(request.sendTestTo)) {
    return new ProbeRequestError('sendTestTo is not an email address', 'sendTestTo');
  }
  if (request.clientName !== undefined && !/^[A-Za-z0-9.\-[\]:]+$/.test(request.clientName)) {
    return new ProbeRequestError('clientName must be a host name or an address literal', 'clientName');
  }
  return null;
}
