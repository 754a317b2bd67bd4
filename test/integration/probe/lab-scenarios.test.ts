import { afterEach, describe, expect, it } from 'vitest';
import type { Evidence, StageId } from '../../../shared/types';
import { planStages } from '../../../shared/stages';
import { SCENARIO_IDS, SCENARIOS, startLab, type Lab, type ScenarioId } from '../../lab';
import { factsOf, labDeps, labRequest, probeLab, stageOf } from './lab-probe';

/** Evidence the probe must report at the failing stage, beyond what SCENARIOS already states. */
const EXTRA: Partial<Record<ScenarioId, (evidence: Evidence[]) => void>> = {
  'starttls-unavailable': (e) => expect(factsOf(e)).toContain('no-starttls'),
  'auth-not-offered': (e) => expect(factsOf(e)).toContain('no-auth-after-tls'),
  intercepted: (e) => expect(factsOf(e)).toEqual(['certificate-intercepted']),
  'untrusted-root': (e) => expect(factsOf(e)).toEqual(['certificate-untrusted-root']),
  'certificate-expired': (e) => expect(factsOf(e)).toEqual(['certificate-expired']),
  'hostname-mismatch': (e) => expect(factsOf(e)).toEqual(['certificate-hostname-mismatch']),
  'certificate-not-yet-valid': (e) => expect(factsOf(e)).toContain('certificate-not-yet-valid'),
  'port-blocked': (e) => expect(factsOf(e)).toContain('timeout'),
  'greeting-timeout': (e) => expect(factsOf(e)).toEqual(['greeting-timeout']),
  'auth-reply-250': (e) => expect(factsOf(e)).toEqual(['auth-unexpected-reply']),
  // A bare "2" has no reply code: the evidence keeps it as text with code 0.
  'auth-reply-2': (e) => {
    expect(factsOf(e)).toEqual(['auth-unexpected-reply']);
    expect(e).toContainEqual({ kind: 'reply', command: 'AUTH LOGIN', code: 0, text: '2' });
  },
  'auth-reply-282': (e) => expect(factsOf(e)).toEqual(['auth-unexpected-reply']),
};

/**
 * The lab's fake "DigiCert Global Root CA" shares its name with the real G1 root that
 * Node 20 still bundles, so OpenSSL finds that root and reports a signature failure;
 * a runtime without G1 (Node ≥ 24.18) reports the missing issuer the scenario names.
 */
const ALSO_ACCEPTED_CODES: Partial<Record<ScenarioId, string[]>> = { 'untrusted-root': ['CERT_SIGNATURE_FAILURE'] };

let lab: Lab | null = null;
afterEach(async () => {
  await lab?.close();
  lab = null;
});

describe('probe against every lab scenario', () => {
  it.each(SCENARIO_IDS)('%s', async (id) => {
    const info = SCENARIOS[id];
    lab = await startLab(id, id === 'slow-server' ? { delayMs: 150 } : {});
    const mode = info.appliesTo === 'oauth' ? 'oauth' : 'password';
    const request = labRequest(lab, { sendTestTo: lab.credentials.user, ...(id === 'greeting-timeout' ? { timeouts: { greeting: 1500 } } : {}) }, mode);
    const { result } = await probeLab(lab, request, labDeps(lab));
    const plan = planStages(request.security);

    if (info.failsAt === null) {
      expect(result.verdict).toBe('pass');
      expect(result.stages.map((s) => s.status)).toEqual(plan.map(() => 'pass'));
      expect(result.tls).toMatchObject({ verified: true, diagnosis: 'trusted', trustedViaSystemStore: false });
      expect(result.capabilities.authMechanisms).toEqual(['LOGIN', 'XOAUTH2']);
      expect(lab.received).toHaveLength(1);
      return;
    }

    const failsAt: StageId = info.failsAt;
    expect(result.verdict).toBe('fail');
    const index = plan.indexOf(failsAt);
    expect(index).toBeGreaterThanOrEqual(0);
    for (const stage of plan.slice(0, index)) expect([stage, stageOf(result, stage).status]).toEqual([stage, 'pass']);
    expect([failsAt, stageOf(result, failsAt).status]).toEqual([failsAt, 'fail']);
    for (const stage of plan.slice(index + 1, -1)) expect([stage, stageOf(result, stage).status]).toEqual([stage, 'skipped']);

    const evidence = stageOf(result, failsAt).evidence;
    if (info.reply && info.reply.code >= 100) {
      expect(evidence).toContainEqual(
        expect.objectContaining({ kind: 'reply', code: info.reply.code, ...(info.reply.enhanced ? { enhanced: info.reply.enhanced } : {}) }),
      );
    }
    if (info.clientError && id !== 'greeting-timeout') {
      const accepted = [info.clientError, ...(ALSO_ACCEPTED_CODES[id] ?? [])];
      const codes = evidence.flatMap((e) => (e.kind === 'tls-error' || e.kind === 'socket-error' ? [e.code] : []));
      expect(codes.filter((code) => accepted.includes(code)), `codes seen: ${codes.join(', ')}`).not.toHaveLength(0);
    }
    EXTRA[id]?.(evidence);
    expect(lab.received).toHaveLength(0);

    if (failsAt === 'starttls') {
      // Nothing, not even EHLO, was sent over a session that could not be verified.
      expect(lab.log.filter((line) => line.startsWith('C: EHLO'))).toHaveLength(1);
      expect(lab.log.some((line) => line.startsWith('C: AUTH'))).toBe(false);
      expect(stageOf(result, 'quit').status).toBe('skipped');
    }
  });
});
