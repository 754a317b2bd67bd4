/**
 * What a stage says about itself, as a code and parameters rather than English: the
 * engine records `{ code: 'ehlo.auth-offered', params: { count: 8, mechanisms: 'LOGIN XOAUTH2' } }`,
 * and the renderer and the CLI turn it into words through the i18n table below. Server
 * text (a reply, an error line) is a parameter, never translated.
 */
import { t, type MessageKey, type MessageParams } from './i18n';

/** Why a stage did not run. */
export type SkipReason = 'earlier-failure' | 'cancelled' | 'no-credentials' | 'no-test-message';

/** The parameters of each detail code. */
export interface StageDetailParams {
  'resolve.resolved': { host: string; addresses: string };
  'resolve.literal': Record<string, never>;
  'resolve.literal-microsoft': Record<string, never>;
  'resolve.failed': { host: string; code: string };
  'connect.connected': { address: string; port: number };
  'connect.failed': { code: string; message: string };
  /** No answer on `port`, while the same address answered on `siblingPort` (one round trip: `rttMs`). */
  'connect.port-silent': { port: number; waitedMs: number; siblingPort: number; rttMs: number };
  /** The first line of the server's reply, as it came. */
  reply: { reply: string };
  /** One line from nodemailer or Node (it may quote the server). */
  error: { message: string };
  closed: Record<string, never>;
  ready: Record<string, never>;
  timeout: { ms: number };
  'command-timeout': { command: string };
  'ehlo.starttls-offered': { count: number };
  'ehlo.starttls-not-offered': { count: number };
  'ehlo.auth-offered': { count: number; mechanisms: string };
  'ehlo.auth-none-listed': { count: number };
  'ehlo.no-auth': { count: number };
  'tls.verified': { protocol: string; cipher: string; name: string };
  'tls.verified-system-store': { protocol: string; cipher: string; name: string };
  'tls.not-verified': { protocol: string; cipher: string; error: string; diagnosis: string };
  'tls.trusted-by-fingerprint': { protocol: string; cipher: string; error: string; diagnosis: string };
  'auth.not-encrypted': Record<string, never>;
  'auth.accepted': { mechanism: string; reply: string };
  'auth.rejected': { mechanism: string; reply: string };
  'auth.unexpected-reply': { mechanism: string; reply: string };
  /** Microsoft sign-in failed before any SMTP test (shared/oauth.ts failure code, AADSTS number or ''). */
  'auth.sign-in-failed': { failure: string; aadsts: string };
  'quit.no-reply': Record<string, never>;
  'quit.closed': Record<string, never>;
  'internal.stage-left-open': Record<string, never>;
  skipped: { reason: SkipReason };
  /** Free text from a result saved by an earlier version, shown as it was. */
  text: { text: string };
}

export type StageDetailCode = keyof StageDetailParams;

export type StageDetail = { [C in StageDetailCode]: { code: C; params: StageDetailParams[C] } }[StageDetailCode];

/** Builds a detail with its parameters checked against its code. */
export function stageDetail<C extends StageDetailCode>(code: C, ...params: StageDetailParams[C] extends Record<string, never> ? [] : [StageDetailParams[C]]): StageDetail {
  return { code, params: params[0] ?? {} } as StageDetail;
}

const DETAIL_KEYS: { readonly [C in Exclude<StageDetailCode, 'skipped'>]: MessageKey } = {
  'resolve.resolved': 'probe.detail.resolve.resolved',
  'resolve.literal': 'probe.detail.resolve.literal',
  'resolve.literal-microsoft': 'probe.detail.resolve.literal-microsoft',
  'resolve.failed': 'probe.detail.resolve.failed',
  'connect.connected': 'probe.detail.connect.connected',
  'connect.failed': 'probe.detail.connect.failed',
  'connect.port-silent': 'probe.detail.connect.port-silent',
  reply: 'probe.detail.reply',
  error: 'probe.detail.error',
  closed: 'probe.detail.closed',
  ready: 'probe.detail.ready',
  timeout: 'probe.detail.timeout',
  'command-timeout': 'probe.detail.command-timeout',
  'ehlo.starttls-offered': 'probe.detail.ehlo.starttls-offered',
  'ehlo.starttls-not-offered': 'probe.detail.ehlo.starttls-not-offered',
  'ehlo.auth-offered': 'probe.detail.ehlo.auth-offered',
  'ehlo.auth-none-listed': 'probe.detail.ehlo.auth-none-listed',
  'ehlo.no-auth': 'probe.detail.ehlo.no-auth',
  'tls.verified': 'probe.detail.tls.verified',
  'tls.verified-system-store': 'probe.detail.tls.verified-system-store',
  'tls.not-verified': 'probe.detail.tls.not-verified',
  'tls.trusted-by-fingerprint': 'probe.detail.tls.trusted-by-fingerprint',
  'auth.not-encrypted': 'probe.detail.auth.not-encrypted',
  'auth.accepted': 'probe.detail.auth.accepted',
  'auth.rejected': 'probe.detail.auth.rejected',
  'auth.unexpected-reply': 'probe.detail.auth.unexpected-reply',
  'auth.sign-in-failed': 'probe.detail.auth.sign-in-failed',
  'quit.no-reply': 'probe.detail.quit.no-reply',
  'quit.closed': 'probe.detail.quit.closed',
  'internal.stage-left-open': 'probe.detail.internal.stage-left-open',
  text: 'probe.detail.text',
};

const SKIP_KEYS: { readonly [R in SkipReason]: MessageKey } = {
  'earlier-failure': 'probe.detail.skipped.earlier-failure',
  cancelled: 'probe.detail.skipped.cancelled',
  'no-credentials': 'probe.detail.skipped.no-credentials',
  'no-test-message': 'probe.detail.skipped.no-test-message',
};

export function isStageDetailCode(value: string): value is StageDetailCode {
  return value === 'skipped' || Object.hasOwn(DETAIL_KEYS, value);
}

export function isSkipReason(value: unknown): value is SkipReason {
  return typeof value === 'string' && Object.hasOwn(SKIP_KEYS, value);
}

/** The message key and parameters for a detail; each front end translates with its own `t`. */
export function stageDetailMessage(detail: StageDetail): { key: MessageKey; params: MessageParams } {
  if (detail.code === 'skipped') return { key: SKIP_KEYS[detail.params.reason], params: {} };
  if (detail.code === 'auth.sign-in-failed') {
    // The data keeps " (AADSTS50076)" as it always had (saved runs, --json); the words get the number alone.
    const aadsts = /AADSTS(\d+)/.exec(detail.params.aadsts)?.[1];
    return aadsts
      ? { key: 'probe.detail.auth.sign-in-failed.aadsts', params: { failure: detail.params.failure, aadsts } }
      : { key: 'probe.detail.auth.sign-in-failed', params: { failure: detail.params.failure } };
  }
  return { key: DETAIL_KEYS[detail.code], params: detail.params };
}

/** The detail in English (the CLI, the saved JSON and the report speak English). */
export function stageDetailText(detail: StageDetail): string {
  const { key, params } = stageDetailMessage(detail);
  return t(key, params);
}
