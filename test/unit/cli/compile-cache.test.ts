import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../../electron/cli/compile-cache';

const runtime = `${process.version}-${process.arch}`;

describe('compileCacheDir', () => {
  it('is in the user’s own cache folder, one per Node version and architecture', () => {
    expect(compileCacheDir({}, 'linux', '/home/sam')).toBe(join('/home/sam', '.cache', 'mail-setup', 'compile-cache', runtime));
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/sam' }, 'linux', '/home/sam')).toBe(join('/var/cache/sam', 'mail-setup', 'compile-cache', runtime));
    expect(compileCacheDir({ XDG_CACHE_HOME: '' }, 'linux', '/home/sam')).toBe(join('/home/sam', '.cache', 'mail-setup', 'compile-cache', runtime));
    expect(compileCacheDir({}, 'darwin', '/Users/sam')).toBe(join('/Users/sam', 'Library', 'Caches', 'mail-setup', 'compile-cache', runtime));
    expect(compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local' }, 'win32', 'C:\\Users\\sam')).toBe(join('C:\\Users\\sam\\AppData\\Local', 'mail-setup', 'compile-cache', runtime));
  });

  it('never points at the shared temp folder', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) expect(compileCacheDir({ TMPDIR: '/tmp', TEMP: '/tmp' }, platform, '/home/sam')).not.toMatch(/^\/tmp/);
  });
});
