/**
 * Checks that a JSON document loaded from disk (`export --format report --result FILE`)
 * really is a saved ProbeResult before a report is built from it. Unknown keys are
 * dropped, which also drops anything that should never have been saved.
 */
import { z } from 'zod';
import { t } from '../i18n';
import { detailFromJson } from '../probe-result-json';
import { err, ok, type Result } from '../result';
import { STAGE_IDS, type ProbeResult } from '../types';
import { firstIssue } from './export-validation';

const certificate = z.object({
  subjectCN: z.string(),
  subject: z.string(),
  issuerCN: z.string(),
  issuer: z.string(),
  sans: z.array(z.string()),
  validFrom: z.string(),
  validTo: z.string(),
  fingerprint256: z.string(),
  selfSigned: z.boolean(),
});

const tlsReport = z.object({
  protocol: z.string().nullable(),
  cipher: z.string().nullable(),
  chain: z.array(certificate),
  verified: z.boolean(),
  verifyError: z.string().nullable(),
  diagnosis: z.enum(['trusted', 'intercepted', 'untrusted-root', 'hostname-mismatch', 'expired', 'not-yet-valid', 'clock-skew', 'self-signed', 'unknown']),
  trustedViaSystemStore: z.boolean(),
  interceptor: z.string().optional(),
});

const stage = z.object({
  id: z.enum(STAGE_IDS),
  status: z.enum(['pass', 'warn', 'fail', 'skipped']),
  startedAtMs: z.number(),
  durationMs: z.number(),
  // From a file: English text (with the code behind it since stage-detail codes); from the app: the code itself.
  detail: z.union([z.string(), z.object({ code: z.string(), params: z.unknown() })]),
  detailCode: z.string().optional(),
  detailParams: z.unknown().optional(),
  // Evidence is passed through as data; the redaction guard walks it like everything else.
  evidence: z.array(z.record(z.string(), z.unknown())),
  findings: z.array(z.string()),
}).transform(({ detailCode, detailParams, ...stage }) => ({
  ...stage,
  detail: typeof stage.detail === 'string' ? detailFromJson(stage.detail, detailCode, detailParams) : detailFromJson('', stage.detail.code, stage.detail.params),
}));

export const probeResultSchema = z.object({
  runId: z.string(),
  request: z.object({
    host: z.string(),
    port: z.number().int(),
    security: z.enum(['starttls', 'tls', 'none']),
    auth: z.object({ method: z.enum(['password', 'oauth2', 'none']), user: z.string().optional() }),
    sendTestTo: z.string().optional(),
    presetId: z.string().optional(),
    clientName: z.string().optional(),
  }),
  startedAt: z.string(),
  durationMs: z.number(),
  verdict: z.enum(['pass', 'warn', 'fail', 'cancelled']),
  stages: z.array(stage),
  tls: tlsReport.nullable(),
  capabilities: z.object({ extensions: z.array(z.string()), authMechanisms: z.array(z.string()), size: z.number().nullable() }),
  transcript: z.array(z.object({ atMs: z.number(), marker: z.enum(['->', '<-', '~>', '<~', '===', '***']), text: z.string() })),
  findings: z.array(z.string()),
});

export function parseProbeResult(value: unknown): Result<ProbeResult> {
  const parsed = probeResultSchema.safeParse(value);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    return err('INVALID_INPUT', t('export.invalid.probe-result', { reason: issue.message }), issue.field);
  }
  return ok(parsed.data as ProbeResult);
}
