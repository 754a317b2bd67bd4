import type { Evidence } from '../../shared/types';
import { replyEvidence } from './smtp-reply';

interface ErrorLike {
  code?: string;
  originalCode?: string;
  message?: string;
  response?: string;
  command?: string;
  library?: string;
}

/** Codes that come from the TLS layer rather than the network. */
export function isTlsErrorCode(code: string | undefined): boolean {
  return code !== undefined && /^(ERR_SSL_|ERR_TLS_|ERR_OSSL_)/.test(code);
}

/**
 * Evidence from an error nodemailer or Node raised: the server's reply when there is
 * one, and the socket or TLS error underneath. `command` names what was in flight
 * when nodemailer did not say.
 */
export function errorEvidence(error: unknown, command: string): Evidence[] {
  const e = (error ?? {}) as ErrorLike;
  const evidence: Evidence[] = [];
  if (typeof e.response === 'string' && e.response.trim()) {
    evidence.push(replyEvidence(e.command && e.command !== 'CONN' ? e.command : command, e.response));
  }
  const code = e.originalCode ?? e.code;
  const message = cleanMessage(e.message ?? String(error));
  if (isTlsErrorCode(code) || e.library === 'SSL routines') {
    evidence.push({ kind: 'tls-error', code: code ?? 'ERR_SSL', message });
  } else if (code === 'ETIMEDOUT' && !e.originalCode) {
    evidence.push({ kind: 'fact', fact: 'timeout', detail: message });
  } else if (code === 'ECONNECTION' || /closed unexpectedly/i.test(message)) {
    // nodemailer's "Connection closed unexpectedly": to the person, a reset connection.
    evidence.push({ kind: 'socket-error', code: 'ECONNRESET', message });
  } else if (code && evidence.length === 0 && !/^E(AUTH|ENVELOPE|MESSAGE|PROTOCOL)$/.test(code)) {
    evidence.push({ kind: 'socket-error', code, message });
  }
  return evidence;
}

/** One line for a stage detail or the transcript. */
export function errorSummary(error: unknown): string {
  const e = (error ?? {}) as ErrorLike;
  const code = e.originalCode ?? e.code;
  const message = cleanMessage(e.message ?? String(error));
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

function cleanMessage(message: string): string {
  return message.split(/\r?\n/)[0]?.trim() ?? '';
}
