import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

// Validate against electron-builder's own schema (shipped in app-builder-lib).
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
interface BuilderConfig {
  productName: string;
  appId: string;
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  win: { target: { target: string }[] };
  mac: { hardenedRuntime: boolean; entitlements: string; target: { arch: string[] }[] };
  asar: boolean;
  files: string[];
  asarUnpack: string[];
}
interface Resource {
  from: string;
  to: string;
}
type WithResources = { extraResources?: Resource[] };
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s JSON schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('sets the product identity and the security fuses', () => {
    expect(config.productName).toBe('Mail Setup Assistant');
    expect(config.appId).toMatch(/^[a-z0-9.]+$/);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('installs per user on Windows and builds universal, hardened macOS packages', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, oneClick: false });
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(readFileSync(config.mac.entitlements, 'utf8')).toContain('com.apple.security.cs.allow-jit');
    for (const target of config.mac.target) expect(target.arch).toEqual(['universal']);
  });

  it('ships only built output, with keytar’s native file outside the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['dist/renderer/**', 'dist-electron/**', 'package.json']);
    expect(config.asarUnpack).toEqual(['**/node_modules/keytar/**/*.node']);
  });

  it('ships the mail-setup launchers into the Windows and macOS packages, with the runAsNode fuse still off', () => {
    const win = (config.win as WithResources).extraResources ?? [];
    const mac = (config.mac as WithResources).extraResources ?? [];
    expect(win).toEqual([{ from: 'build/cli/win/mail-setup.cmd', to: 'bin/mail-setup.cmd' }]);
    expect(mac).toEqual([{ from: 'build/cli/mac/mail-setup', to: 'bin/mail-setup' }]);
    for (const { from } of [...win, ...mac]) expect(readFileSync(from, 'utf8')).toContain('--cli --');
    // Not at the top level: the Linux package gets no launcher it cannot use.
    expect((config as WithResources).extraResources).toBeUndefined();
    expect(config.electronFuses.runAsNode).toBe(false);
  });

  it('puts resources\\bin on the installing user’s PATH through the NSIS include, and takes it off on uninstall', () => {
    const include = (config.nsis as { include?: string }).include;
    expect(include).toBe('build/mail-setup-path.nsh');
    const script = readFileSync(include!, 'utf8');
    expect(script).toMatch(/!macro customInstall[\s\S]+WriteRegExpandStr HKCU "Environment" "Path"[\s\S]+!macroend/);
    expect(script).toMatch(/!macro customUnInstall[\s\S]+un\.WordReplace[\s\S]+!macroend/);
    expect(script).toContain('!define MSA_CLI_DIR "$INSTDIR\\resources\\bin"');
    expect(script).not.toMatch(/HKLM/);
  });

  it('leaves the CLI build manifest out of the package', () => {
    expect(config.files).toContain('!dist-electron/cli.inputs.json');
  });
});
