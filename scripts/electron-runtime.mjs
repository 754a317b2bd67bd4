/**
 * Where the Electron runtime is, without downloading it: the folder in
 * ELECTRON_OVERRIDE_DIST_PATH when set (as the electron package itself reads it), else
 * node_modules/electron/dist after a `npx install-electron`. The binary's path inside
 * that folder is the package's path.txt when present, else Electron's layout per platform.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LAYOUT = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/** @returns {{ binary: string } | { missing: string }} */
export function findElectronRuntime(root, env = process.env, platform = process.platform) {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : (LAYOUT[platform] ?? 'electron');
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative) : join(electronDir, 'dist', relative);
  if (existsSync(binary)) return { binary };
  return {
    missing: override
      ? `no Electron runtime at ${binary} (from ELECTRON_OVERRIDE_DIST_PATH)`
      : `no Electron runtime installed (${binary} is missing; run \`npx install-electron\` where the internet is reachable, or set ELECTRON_OVERRIDE_DIST_PATH to a folder with Electron 45)`,
  };
}
