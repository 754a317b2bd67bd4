/** Domain types shared by the main process, the CLI and the renderer. Pure data only. */
import type { StageDetail } from './stage-details';
import type { StageId } from './stages';

export type PresetId =
  | 'microsoft365'
  | 'outlook-com'
  | 'microsoft365-gcc-high'
  | 'microsoft365-dod'
  | 'microsoft365-relay'
  | 'smart-host'
  | 'custom';

/** How the SMTP connection is protected: STARTTLS upgrade, implicit TLS, or none (internal relays only). */
export type Security = 'starttls' | 'tls' | 'none';

export type AuthMethod = 'password' | 'oauth2' | 'none';

export { STAGE_IDS, type StageId } from './stages';
export type { SkipReason, StageDetail, StageDetailCode } from './stage-details';

export type StageStatus = 'pass' | 'warn' | 'fail' | 'skipped';

/**
 * Evidence is what a stage observed, shaped so the findings classifier can turn it
 * into plain words without knowing how the probe works.
 */
export type Evidence =
  | {
      kind: 'reply';
      /** SMTP command that was answered, e.g. "AUTH LOGIN", "MAIL FROM", or "CONNECT" for the greeting. */
      command: string;
      code: number;
      /** e.g. "5.7.139" when the reply carries an enhanced status code. */
      enhanced?: string;
      /** Full reply text, multi-line replies joined with "\n", without the code prefixes. */
      text: string;
    }
  | {
      kind: 'socket-error';
      /** Node error code: ECONNREFUSED, ETIMEDOUT, ECONNRESET, ENOTFOUND, EAI_AGAIN, … */
      code: string;
      message: string;
    }
  | {
      kind: 'tls-error';
      /** OpenSSL / Node code: UNABLE_TO_GET_ISSUER_CERT_LOCALLY, CERT_HAS_EXPIRED, ERR_SSL_WRONG_VERSION_NUMBER, … */
      code: string;
      message: string;
    }
  | {
      kind: 'fact';
      /** A probe observation that is not an error text, e.g. "no-auth-after-tls", "port-465-microsoft". */
      fact: ProbeFact;
      /** The observation in one English line, for IT and the transcript. */
      detail?: string;
      /** What the probe measured, as data for the words built from it (minutes off, the product, the offer). */
      params?: FactParams;
    };

export type FactParams = Readonly<Record<string, string | number | boolean>>;

export type ProbeFact =
  | 'timeout'
  | 'greeting-timeout'
  | 'no-auth-after-tls'
  | 'no-starttls'
  | 'port-465-microsoft'
  | 'tls-mode-mismatch'
  | 'plain-connection'
  | 'certificate-intercepted'
  | 'certificate-untrusted-root'
  | 'certificate-hostname-mismatch'
  | 'certificate-expired'
  | 'certificate-not-yet-valid'
  | 'clock-skew'
  | 'mechanism-unsupported'
  | 'offline'
  | 'dropped-after-ehlo'
  /** The chosen port stayed silent while the same address answered on another port: the port is blocked on the way. */
  | 'port-silent-host-up'
  /** AUTH ended with a reply other than 235 that nodemailer took for success (RFC 4954 §6). */
  | 'auth-unexpected-reply'
  /** An address has a non-ASCII local part and the server did not offer SMTPUTF8 (RFC 6531). */
  | 'smtputf8-unsupported';

export interface CertificateInfo {
  subjectCN: string;
  subject: string;
  issuerCN: string;
  issuer: string;
  sans: string[];
  validFrom: string; // ISO 8601
  validTo: string; // ISO 8601
  fingerprint256: string;
  selfSigned: boolean;
}

export interface TlsReport {
  protocol: string | null;
  cipher: string | null;
  chain: CertificateInfo[];
  verified: boolean;
  /** OpenSSL / Node verification code when not verified, e.g. UNABLE_TO_GET_ISSUER_CERT_LOCALLY. */
  verifyError: string | null;
  /** What we concluded about the chain. */
  diagnosis:
    | 'trusted'
    | 'intercepted'
    | 'untrusted-root'
    | 'hostname-mismatch'
    | 'expired'
    | 'not-yet-valid'
    | 'clock-skew'
    | 'self-signed'
    | 'unknown';
  /** True when only the OS store (not Node's bundled roots) made the chain trusted. */
  trustedViaSystemStore: boolean;
  /** Product named by an intercepting issuer, e.g. "Avast Web/Mail Shield", when recognised. */
  interceptor?: string;
}

export interface StageResult {
  id: StageId;
  status: StageStatus;
  /** Milliseconds since the probe started. */
  startedAtMs: number;
  durationMs: number;
  /** What the stage saw, as a code and parameters (shared/stage-details.ts); words come from i18n. */
  detail: StageDetail;
  evidence: Evidence[];
  /** Finding ids, most likely first, filled by the classifier. */
  findings: string[];
}

export type TranscriptMarker = '->' | '<-' | '~>' | '<~' | '===' | '***';

export interface TranscriptLine {
  /** Milliseconds since the probe started. */
  atMs: number;
  marker: TranscriptMarker;
  text: string;
}

/** What the person wants tested. Secrets live only here and never leave the main process. */
export interface ProbeRequest {
  host: string;
  port: number;
  security: Security;
  auth:
    | { method: 'none' }
    | { method: 'password'; user: string; password: string }
    | { method: 'oauth2'; user: string; accessToken: string };
  /** Send a test message to this address (the person's own) when set. */
  sendTestTo?: string;
  presetId?: PresetId;
  /** Per-stage timeouts in ms; defaults turn a dropped port into a verdict within 5 s. */
  timeouts?: Partial<ProbeTimeouts>;
  /** Name used in EHLO; defaults to a neutral name. */
  clientName?: string;
  /** Explicit, warned trust of one certificate fingerprint (internal relays only). */
  trustFingerprint256?: string;
}

export interface ProbeTimeouts {
  resolve: number;
  connect: number;
  greeting: number;
  command: number;
  tls: number;
  data: number;
}

export type ProbeVerdict = 'pass' | 'warn' | 'fail' | 'cancelled';

/** A probe request with every secret removed: safe to store, export and show. */
export type RedactedProbeRequest = Omit<ProbeRequest, 'auth' | 'trustFingerprint256'> & {
  auth: { method: AuthMethod; user?: string };
};

export interface ProbeResult {
  runId: string;
  request: RedactedProbeRequest;
  startedAt: string; // ISO 8601
  durationMs: number;
  verdict: ProbeVerdict;
  stages: StageResult[];
  tls: TlsReport | null;
  /** Server capabilities seen in the last EHLO. */
  capabilities: { extensions: string[]; authMechanisms: string[]; size: number | null };
  transcript: TranscriptLine[];
  /** All finding ids across stages, most important first. */
  findings: string[];
}

/** Pushed to the UI while a probe runs (one channel, keyed by run id). */
export type ProbeEvent =
  | { runId: string; type: 'stage-start'; stage: StageId; atMs: number }
  | { runId: string; type: 'stage-end'; stage: StageResult }
  | { runId: string; type: 'done'; result: ProbeResult };
