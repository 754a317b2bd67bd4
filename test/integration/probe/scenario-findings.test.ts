import { afterEach, describe, expect, it } from 'vitest';
import { withFindings } from '../../../electron/findings-wiring';
import { diagnoseProbe } from '../../../shared/findings/diagnose-probe';
import { SCENARIO_IDS, SCENARIOS, startLab, type Lab } from '../../lab';
import { labDeps, labRequest, probeLab } from './lab-probe';

let lab: Lab | null = null;
afterEach(async () => {
  await lab?.close();
  lab = null;
});

/**
 * The catalogue wired into the probe as the app runs it: for every lab scenario, the first
 * finding of the whole result is the one the scenario reproduces (or none when it is
 * healthy), and it is the diagnosis's one answer, the one the result page leads with.
 */
describe('probe findings for every lab scenario', () => {
  it.each(SCENARIO_IDS)('%s', async (id) => {
    const info = SCENARIOS[id];
    lab = await startLab(id, id === 'slow-server' ? { delayMs: 150 } : {});
    const mode = info.appliesTo === 'oauth' ? 'oauth' : 'password';
    const request = labRequest(lab, { sendTestTo: lab.credentials.user, timeouts: { connect: 1500, greeting: 1500 } }, mode);
    const { result } = await probeLab(lab, request, labDeps(lab, withFindings()));
    expect(result.findings[0] ?? null).toBe(info.finding);
    expect(result.findings[0] ?? null).toBe(diagnoseProbe(result).primary?.id ?? null);
    // Each failing stage carries its own findings too.
    for (const stage of result.stages.filter((s) => s.status === 'fail')) expect(stage.findings.length).toBeGreaterThan(0);
  });
});
