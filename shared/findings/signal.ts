import type { ProbeFact } from '../types';

/**
 * One piece of evidence in a single normal form, whatever shape it arrived in
 * (a probe reply, a nodemailer error, a Python traceback pasted by a person…).
 */
export interface Signal {
  /** Basic SMTP reply code, e.g. 535. */
  code?: number;
  /** Enhanced status code, e.g. "5.7.139". */
  enhanced?: string;
  /** Lower case, `[HOST timestamp id]` trailer removed, whitespace collapsed: what rules match on. */
  text: string;
  /** Known Node / OpenSSL / nodemailer error codes found, upper case. */
  errorCodes: readonly string[];
  fact?: ProbeFact;
  /** The SMTP command this answered, upper case, when known ("AUTH XOAUTH2"). */
  command?: string;
  /** The original words for people: redacted, trimmed, trailer kept (IT can quote it to Microsoft). */
  quote: string;
}
