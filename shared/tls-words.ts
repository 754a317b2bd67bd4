/**
 * The TLS diagnosis (TlsReport.diagnosis) in words for people: the ids stay in the JSON,
 * screens and the CLI's human output show these (typed, no key built at run time).
 */
import type { MessageKey } from './i18n';
import type { TlsReport } from './types';

export type TlsDiagnosis = TlsReport['diagnosis'];

export const TLS_DIAGNOSIS_WORDS: Readonly<Record<TlsDiagnosis, MessageKey>> = {
  trusted: 'probe.tls.diagnosis.trusted',
  intercepted: 'probe.tls.diagnosis.intercepted',
  'untrusted-root': 'probe.tls.diagnosis.untrusted-root',
  'hostname-mismatch': 'probe.tls.diagnosis.hostname-mismatch',
  expired: 'probe.tls.diagnosis.expired',
  'not-yet-valid': 'probe.tls.diagnosis.not-yet-valid',
  'clock-skew': 'probe.tls.diagnosis.clock-skew',
  'self-signed': 'probe.tls.diagnosis.self-signed',
  unknown: 'probe.tls.diagnosis.unknown',
};

export function isTlsDiagnosis(value: unknown): value is TlsDiagnosis {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TLS_DIAGNOSIS_WORDS, value);
}
