import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrgDefaults } from '../../../electron/settings/org-defaults';
import { BUILT_IN_ORG_DEFAULTS, noticeText } from '../../../shared/profile';
import { tempDir } from '../../fixtures/temp-dir';

const readText = (path: string) => readFile(path, 'utf8');

function layout() {
  const root = tempDir('org');
  const appDir = join(root, 'app');
  const machine = join(root, 'etc');
  mkdirSync(appDir);
  mkdirSync(machine);
  return { appFile: join(appDir, 'org-defaults.json'), machineFile: join(machine, 'org-defaults.json') };
}

describe('loadOrgDefaults on real files', () => {
  it('uses built-in defaults silently when no file exists', async () => {
    const { appFile, machineFile } = layout();
    expect(await loadOrgDefaults({ candidates: [appFile, machineFile], readFile: readText })).toEqual({
      defaults: BUILT_IN_ORG_DEFAULTS,
      source: null,
      warnings: [],
    });
  });

  it('prefers the file next to the app over the machine-wide one', async () => {
    const { appFile, machineFile } = layout();
    writeFileSync(machineFile, JSON.stringify({ tenantDomain: 'machine.example' }));
    expect(await loadOrgDefaults({ candidates: [appFile, machineFile], readFile: readText })).toMatchObject({
      source: machineFile,
      defaults: { tenantDomain: 'machine.example' },
    });
    writeFileSync(appFile, JSON.stringify({ tenantDomain: 'app.example', lockedFields: ['host', 'port', 'security'] }));
    expect(await loadOrgDefaults({ candidates: [appFile, machineFile], readFile: readText })).toEqual({
      source: appFile,
      defaults: { ...BUILT_IN_ORG_DEFAULTS, tenantDomain: 'app.example', lockedFields: ['host', 'port', 'security'] },
      warnings: [],
    });
  });

  it('falls back to built-in defaults with a warning naming the file and the problem', async () => {
    const { appFile, machineFile } = layout();
    writeFileSync(appFile, '{ "presets": "microsoft365" }');
    writeFileSync(machineFile, JSON.stringify({ tenantDomain: 'machine.example' }));
    const loaded = await loadOrgDefaults({ candidates: [appFile, machineFile], readFile: readText });
    expect(loaded.defaults).toEqual(BUILT_IN_ORG_DEFAULTS);
    expect(loaded.source).toBeNull();
    expect(loaded.warnings).toEqual([
      { kind: 'org-defaults-invalid', file: appFile, problem: 'the entry "presets" should be a list [ … ], but it is text.' },
    ]);
    expect(noticeText(loaded.warnings[0]!).body).toContain(appFile);
  });

  it('reports a path it cannot read (a directory) instead of failing', async () => {
    const { appFile } = layout();
    mkdirSync(appFile);
    const loaded = await loadOrgDefaults({ candidates: [appFile], readFile: readText });
    expect(loaded.defaults).toEqual(BUILT_IN_ORG_DEFAULTS);
    expect(loaded.warnings).toMatchObject([{ kind: 'org-defaults-unreadable', file: appFile, problem: expect.stringMatching(/EISDIR/) }]);
  });
});
