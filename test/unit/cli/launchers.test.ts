/**
 * The Windows launcher, checked as text: cmd.exe is not available on the build machines,
 * so what can be checked without running it is checked here — where it looks for the app
 * (against electron-builder.yml), how it passes arguments, that it captures and returns
 * the exit code, and that nothing a pasted error text contains can break out of a quote.
 * The macOS launcher runs for real in test/integration/cli/packaged-cli.test.ts.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Resource {
  from: string;
  to: string;
}
const builder = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as {
  productName: string;
  win: { extraResources: Resource[] };
  mac: { extraResources: Resource[] };
};
const bytes = readFileSync('build/cli/win/mail-setup.cmd');
const text = bytes.toString('latin1');
const lines = text.split('\r\n');
const code = lines.filter((line) => line.trim() !== '' && !line.startsWith('::'));

describe('build/cli/win/mail-setup.cmd', () => {
  it('is plain ASCII with CRLF line ends (cmd reads scripts in the console code page)', () => {
    expect([...bytes].every((b) => b < 0x80)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('echoes nothing and keeps its variables to itself, with delayed expansion off (a "!" in an argument stays a "!")', () => {
    expect(code[0]).toBe('@echo off');
    expect(code[1]).toBe('setlocal EnableExtensions DisableDelayedExpansion');
  });

  it('looks for the app binary where electron-builder installs it, relative to itself', () => {
    const resource = builder.win.extraResources.find((r) => r.from === 'build/cli/win/mail-setup.cmd');
    expect(resource).toBeDefined();
    // resources\<to>: one "..\" per folder in `to`, then one for resources\ itself.
    const depth = resource!.to.split('/').length - 1 + 1;
    expect(code).toContain(`set "MSA_APP=%~dp0${'..\\'.repeat(depth)}${builder.productName}.exe"`);
  });

  it('runs the app once, in CLI mode, with every argument as given and both streams to files', () => {
    const calls = code.filter((line) => line.includes('"%MSA_APP%" --cli'));
    expect(calls).toEqual(['"%MSA_APP%" --cli -- %* 1>"%MSA_OUT%.out" 2>"%MSA_OUT%.err"']);
    // %* passes the arguments as typed; single %1…%9 or shift would re-split or drop them.
    expect(text).not.toMatch(/%[1-9]|\bshift\b/i);
    expect(code).toContain('set "ELECTRON_NO_ATTACH_CONSOLE=1"');
  });

  it('returns the app’s exit code: captured on the next line, returned by the last', () => {
    const call = code.findIndex((line) => line.startsWith('"%MSA_APP%" --cli'));
    expect(code[call + 1]).toBe('set "MSA_CODE=%ERRORLEVEL%"');
    expect(code.at(-1)).toBe('exit /b %MSA_CODE%');
    expect(code.filter((line) => /\bMSA_CODE=/.test(line))).toHaveLength(1);
    // A missing app is reported, not run.
    expect(code).toContain('  exit /b 69');
  });

  it('shows the output files on its own stdout and stderr, in UTF-8, then deletes them', () => {
    expect(code).toContain('type "%MSA_OUT%.out"');
    expect(code).toContain('type "%MSA_OUT%.err" 1>&2');
    expect(code).toContain('chcp 65001 >nul 2>&1');
    expect(code).toContain('if defined MSA_CP chcp %MSA_CP% >nul 2>&1');
    expect(code).toContain('del "%MSA_OUT%.out" "%MSA_OUT%.err" >nul 2>&1');
    expect(code.findIndex((l) => l.startsWith('del '))).toBeGreaterThan(code.findIndex((l) => l.startsWith('type "%MSA_OUT%.err"')));
  });

  it('quotes every path it expands (install folders and %TEMP% may hold spaces, & or parentheses)', () => {
    for (const line of code) {
      expect((line.match(/"/g) ?? []).length % 2, line).toBe(0);
      for (const match of line.matchAll(/%(MSA_APP|MSA_OUT|TEMP|~dp0)%?/g)) {
        const before = line.slice(0, match.index);
        expect((before.match(/"/g) ?? []).length % 2, `${match[0]} unquoted in: ${line}`).toBe(1);
      }
    }
  });
});

describe('build/cli/mac/mail-setup', () => {
  it('looks for the app binary where electron-builder puts it (Contents/MacOS/<productName>)', () => {
    const script = readFileSync('build/cli/mac/mail-setup', 'utf8');
    const resource = builder.mac.extraResources.find((r) => r.from === 'build/cli/mac/mail-setup');
    expect(resource?.to).toBe('bin/mail-setup');
    expect(script).toContain('contents=$(cd "$(dirname "$self")/../.." && pwd -P)');
    expect(script).toContain(`app_binary="$contents/MacOS/${builder.productName}"`);
    expect(script).toContain('exec "$app_binary" --cli -- "$@"');
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
  });
});
