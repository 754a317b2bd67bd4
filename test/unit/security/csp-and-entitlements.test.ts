import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as plist from 'plist';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function cspDirectives(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!meta?.[1]) throw new Error('renderer/index.html has no CSP meta tag');
  return new Map(
    meta[1]
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('the renderer CSP (renderer/index.html)', () => {
  const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
  const csp = cspDirectives(html);

  it('denies by default and allows only the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('names no network origin, no inline or eval script, no wildcard', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(`${name} ${source}`).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:|wss?:|blob:|filesystem:/);
      }
    }
  });

  it('loads nothing from the network and runs no inline script', () => {
    expect(html).not.toMatch(/\s(?:src|href)="(?:https?:)?\/\//i);
    for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) expect(script).toMatch(/<script type="module" src="\.\/[^"]+"><\/script>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('macOS entitlements (build/entitlements.mac.plist)', () => {
  it('hold only what the app uses: JIT for V8 and outgoing connections (issue 13: no network.server)', () => {
    const entitlements = plist.parse(readFileSync(join(root, 'build/entitlements.mac.plist'), 'utf8')) as Record<string, unknown>;
    expect(entitlements).toEqual({ 'com.apple.security.cs.allow-jit': true, 'com.apple.security.network.client': true });
  });
});
