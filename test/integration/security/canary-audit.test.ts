/**
 * Issue 13, canary audit: canary passwords and tokens go through every lab scenario, by
 * IPC (results and every event) and by the CLI (human and JSON), then into every export,
 * the diagnostic report (from the app and from the CLI), the settings file with the
 * password remembered, and the logs. Every output is scanned for every form a secret can
 * take (test/integration/security/canary-forms.ts): 0 hits.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/command';
import { dispatch } from '../../../electron/cli/dispatch';
import { exportCommand } from '../../../electron/cli/export-command';
import { createProbeCommand } from '../../../electron/cli/probe-command';
import { createHandlers } from '../../../electron/handlers';
import { createIpcRegistry, type SenderInfo } from '../../../electron/ipc';
import { EXPORT_FORMATS } from '../../../shared/export/export-formats';
import { classifyAll } from '../../../shared/findings';
import type { ProbeEvent } from '../../../shared/types';
import { testHandlerDeps } from '../../fixtures/handler-deps';
import { tempDir } from '../../fixtures/temp-dir';
import { LAB_CREDENTIALS, SCENARIO_IDS, startLab, type Lab, type ScenarioId } from '../../lab';
import { canaryForms, scanForCanaries } from './canary-forms';

const trusted: SenderInfo = { url: 'file:///app/dist/renderer/index.html', fromMainWindow: true };
const USER = LAB_CREDENTIALS.user;
// The lab's own secrets sign in; these two never match, so the failure paths carry them too.
const CANARY_PASSWORD = 'Canary pass/+wörd%7f&=';
const CANARY_TOKEN = 'eyJjYW5hcnkiOnRydWV9.Q2FuYXJ5+/~_-.c2ln==';
const TIMEOUTS = { resolve: 1000, connect: 1000, greeting: 1500, tls: 1500, command: 1500, data: 1500 };
const FORMS = [
  ...canaryForms(LAB_CREDENTIALS.password, USER, 'password'),
  ...canaryForms(LAB_CREDENTIALS.accessToken, USER, 'token'),
  ...canaryForms(CANARY_PASSWORD, USER, 'password'),
  ...canaryForms(CANARY_TOKEN, USER, 'token'),
];

const outputs = new Map<string, string>();
const put = (name: string, value: unknown) => outputs.set(name, typeof value === 'string' ? value : JSON.stringify(value));

function appUnderTest(lab: Lab) {
  const events: ProbeEvent[] = [];
  const logs: string[] = [];
  const deps = testHandlerDeps({
    emitProbeEvent: (event) => events.push(event),
    probe: { extraCa: [lab.caPem], tlsServername: lab.servername, env: {}, systemCertificates: () => [] },
    logger: { error: (message, detail) => logs.push(`${message} ${String(detail)}`) },
  });
  const registry = createIpcRegistry(createHandlers(deps), { isTrustedSender: () => true, logger: { error: (m, d) => logs.push(`${m} ${String(d)}`) } });
  const finished = async (runId: string) => {
    for (let i = 0; i < 1000 && !events.some((e) => e.runId === runId && e.type === 'done'); i++) await new Promise((r) => setTimeout(r, 10));
  };
  return { deps, registry, events, logs, finished };
}

async function cli(argv: string[], stdin: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => stdin, env: {} };
  const probe = createProbeCommand({ classify: classifyAll, deps: { systemCertificates: () => [] } });
  await dispatch(argv, [probe, exportCommand], io);
  return { stdout, stderr };
}

async function auditScenario(id: ScenarioId, cliDir: string): Promise<void> {
  const lab = await startLab(id, id === 'slow-server' ? { delayMs: 100 } : {});
  try {
    const app = appUnderTest(lab);
    const base = { host: lab.host, port: lab.port, security: lab.security, timeouts: TIMEOUTS, sendTestTo: USER };
    const requests = {
      password: { ...base, auth: { method: 'password', user: USER, password: LAB_CREDENTIALS.password } },
      token: { ...base, auth: { method: 'oauth2', user: USER, accessToken: LAB_CREDENTIALS.accessToken } },
      'canary password': { ...base, auth: { method: 'password', user: USER, password: CANARY_PASSWORD } },
    };
    const runIds: string[] = [];
    for (const [name, request] of Object.entries(requests)) {
      const started = await app.registry.invoke('probe:start', { ...request, runId: randomUUID() }, trusted);
      put(`${id}: IPC probe:start (${name})`, started);
      if (!started.ok) continue;
      const { runId } = started.value as { runId: string };
      runIds.push(runId);
      await app.finished(runId);
      put(`${id}: IPC events (${name})`, app.events.filter((e) => e.runId === runId));
      const report = await app.registry.invoke('export:save-file', { target: 'report', runId }, trusted);
      put(`${id}: IPC export report (${name})`, report);
    }
    // Remember the password of the first run, the way the app does after a passed test.
    const saved = await app.registry.invoke('profiles:save', { profile: { name: 'Work', preset: 'custom', address: USER, host: 'smtp.office365.com', port: 587, security: 'starttls', authMethod: 'password' }, rememberFromRunId: runIds[0], remember: true }, trusted);
    put(`${id}: IPC profiles:save`, saved);
    for (const channel of ['profiles:list', 'settings:startup'] as const) put(`${id}: IPC ${channel}`, await app.registry.invoke(channel, undefined, trusted));
    const accounts = {
      microsoft365: { presetId: 'microsoft365', address: USER, displayName: 'Alice', auth: 'password' },
      custom: { presetId: 'custom', address: USER, host: 'smtp.contoso.example', port: 587, security: 'starttls', auth: 'password', username: USER, incoming: { protocol: 'imap', host: 'imap.contoso.example', port: 993, security: 'tls' } },
    };
    for (const [kind, account] of Object.entries(accounts)) {
      for (const format of EXPORT_FORMATS.filter((f) => f !== 'report')) put(`${id}: IPC export ${format} (${kind})`, await app.registry.invoke('export:save-file', { target: format, account }, trusted));
    }
    for (const file of readdirSync(app.deps.dir)) put(`${id}: file ${file}`, readFileSync(join(app.deps.dir, file)).toString('utf8'));
    put(`${id}: logs`, app.logs.join('\n'));

    // The CLI: human and JSON, signing in with each secret; then a report from its JSON.
    const target = ['--host', lab.host, '--port', String(lab.port), '--security', lab.security, '--tls-servername', lab.servername, '--user', USER, '--send-test-to', USER, '--timeout', '1.5'];
    const runs: [string, string[], string][] = [
      ['human, password', ['--password-stdin'], `${LAB_CREDENTIALS.password}\n`],
      ['human, canary password', ['--password-stdin'], CANARY_PASSWORD],
      ['JSON, token', ['--oauth-token-stdin', '--json'], LAB_CREDENTIALS.accessToken],
      ['JSON, canary token', ['--oauth-token-stdin', '--json'], CANARY_TOKEN],
    ];
    for (const [name, flags, stdin] of runs) {
      const out = await cliWithLab(lab, ['probe', ...target, ...flags], stdin);
      put(`${id}: CLI probe ${name} stdout`, out.stdout);
      put(`${id}: CLI probe ${name} stderr`, out.stderr);
      if (name.startsWith('JSON')) {
        const resultFile = join(cliDir, `${id}-${name.replace(/\W+/g, '-')}.json`);
        writeFileSync(resultFile, out.stdout);
        const reportOut = join(cliDir, `${id}-${name.replace(/\W+/g, '-')}-report.html`);
        const exported = await cli(['export', '--format', 'report', '--result', resultFile, '--out', reportOut], '');
        put(`${id}: CLI export report ${name}`, exported.stdout + exported.stderr);
      }
    }
  } finally {
    await lab.close();
  }
}

/** The CLI with the lab root added to its trusted roots. */
async function cliWithLab(lab: Lab, argv: string[], stdin: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => stdin, env: {} };
  const probe = createProbeCommand({ classify: classifyAll, deps: { extraCa: [lab.caPem], systemCertificates: () => [] } });
  await dispatch(argv, [probe], io);
  return { stdout, stderr };
}

describe(`canary audit: ${SCENARIO_IDS.length} lab scenarios, IPC, CLI, exports, report, settings`, () => {
  it('finds no secret in any form in any output', async () => {
    const cliDir = mkdtempSync(join(tempDir('canary'), 'cli-'));
    const queue = [...SCENARIO_IDS];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) await auditScenario(id, cliDir);
      }),
    );
    for (const file of readdirSync(cliDir)) put(`CLI file ${file}`, readFileSync(join(cliDir, file)).toString('utf8'));

    const { hits, comparisons } = scanForCanaries(outputs, FORMS);
    console.log(`canary audit: ${FORMS.length} forms × ${outputs.size} outputs = ${comparisons} comparisons, ${hits.length} hits`);
    expect(hits).toEqual([]);
    // The audit really saw the secrets go out: sign-ins happened and reports were written.
    expect([...outputs.keys()].filter((k) => k.includes('CLI export report')).length).toBeGreaterThan(SCENARIO_IDS.length);
    expect([...outputs.entries()].some(([k, v]) => k.startsWith('healthy: IPC events (password)') && v.includes('"auth"') && v.includes('235'))).toBe(true);
    expect([...outputs.keys()].some((k) => k.endsWith('file settings.json'))).toBe(true);
    for (const extension of ['.mobileconfig', '.prf', '.cmd', '.xml', '-report.html', '-report.json']) {
      expect([...outputs.keys()].some((k) => k.startsWith('healthy: file') && k.endsWith(extension)), extension).toBe(true);
    }
  }, 180_000);

  it('the scan is sensitive: each form of each canary is found where it is planted', () => {
    for (const form of FORMS) {
      const planted = new Map([['planted', `before ${form.text} after`]]);
      expect(scanForCanaries(planted, FORMS).hits.map((h) => h.form)).toContain(form.name);
    }
    const wire = new Map([['an AUTH PLAIN line', `AUTH PLAIN ${Buffer.from(`\0${USER}\0${CANARY_PASSWORD}`).toString('base64')}`]]);
    expect(scanForCanaries(wire, FORMS).hits.length).toBeGreaterThan(0);
  });
});
