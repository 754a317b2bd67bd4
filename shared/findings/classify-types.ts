import type { AuthMethod, Evidence, PresetId, Security, StageId } from '../types';
import type { FindingId } from './ids';
import type { Recognised } from './recognised';

/**
 * An error as Node or nodemailer shapes it (own keys code, responseCode, response,
 * command, originalCode, timeoutType…). Everything is optional and checked at run time,
 * because the classifier also takes whatever a person or another module hands it.
 */
export interface ErrorLike {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  command?: unknown;
  message?: unknown;
  originalCode?: unknown;
  timeoutType?: unknown;
  reason?: unknown;
  cause?: unknown;
}

export type ClassifierInput = Evidence | { kind: 'text'; text: string } | ErrorLike | string;

/** What the classifier knows about the attempt; each field sharpens the ranking. */
export interface ClassifyContext {
  stage?: StageId;
  /** SMTP command that was answered, e.g. "AUTH XOAUTH2", "RCPT TO". */
  command?: string;
  authMethod?: AuthMethod;
  host?: string;
  port?: number;
  security?: Security;
  presetId?: PresetId;
  /** Where the person is: a home network makes a port-25 block the ISP's doing. */
  network?: 'home' | 'office' | 'unknown';
  now?: Date;
  /** The server is Microsoft's even when its host is unknown (its greeting says so). */
  microsoftServer?: boolean;
  /** Whether any SMTP server answered at all; false turns a name-resolution hiccup into "offline". */
  reachedServer?: boolean;
  /** This computer's clock minus the server's, in minutes (from the greeting date). */
  clockOffsetMinutes?: number;
  /** The server accepted STARTTLS, so a failure right after it is the TLS handshake. */
  startedTls?: boolean;
  /** The EHLO listed STARTTLS but no AUTH: the server offers sign-in only after TLS. */
  authOnlyAfterTls?: boolean;
}

export interface FindingMatch {
  id: FindingId;
  /** Likelihood in 0..1; only the order is meaningful across inputs. */
  score: number;
  /** The server's or library's own words that led here, redacted and trimmed. */
  quote?: string;
  /** The codes and phrases that matched, for people to check the answer against. */
  matched?: readonly Recognised[];
}
