import { afterEach, describe, expect, it } from 'vitest';
import { chooseCliLocale } from '../../../electron/cli/cli-locale';
import type { CliIo } from '../../../electron/cli/command';
import { dispatch } from '../../../electron/cli/dispatch';
import { activeLocale, registerTable, setActiveLocale } from '../../../shared/i18n';

afterEach(() => setActiveLocale('en'));

function fakeIo(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('CLI language', () => {
  it('takes --lang X and --lang=X out of the arguments, anywhere before --', () => {
    expect(chooseCliLocale(['explain', '--lang', 'de', 'text'], {})).toEqual({ ok: true, argv: ['explain', 'text'], locale: 'de' });
    expect(chooseCliLocale(['--lang=pt-PT', 'explain'], {})).toEqual({ ok: true, argv: ['explain'], locale: 'pt-BR' });
    expect(chooseCliLocale(['explain', '--', '--lang', 'de'], {})).toEqual({ ok: true, argv: ['explain', '--', '--lang', 'de'], locale: 'en' });
  });

  it('--lang wins over LC_ALL / LC_MESSAGES / LANG, which win over English', () => {
    expect(chooseCliLocale(['explain'], { LANG: 'de_DE.UTF-8' })).toMatchObject({ locale: 'de' });
    expect(chooseCliLocale(['explain'], { LC_ALL: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' })).toMatchObject({ locale: 'fr' });
    expect(chooseCliLocale(['explain', '--lang', 'pl'], { LC_ALL: 'fr_FR.UTF-8' })).toMatchObject({ locale: 'pl' });
    expect(chooseCliLocale(['explain', '--lang', 'en-GB'], { LANG: 'de_DE.UTF-8' })).toMatchObject({ locale: 'en' });
    expect(chooseCliLocale(['explain'], {})).toMatchObject({ locale: 'en' });
  });

  it('refuses a language the app does not speak with exit code 2', async () => {
    expect(chooseCliLocale(['--lang', 'xx'], {})).toEqual({ ok: false, given: 'xx' });
    expect(chooseCliLocale(['--lang'], {})).toEqual({ ok: false, given: '' });
    const cli = fakeIo();
    expect(await dispatch(['--lang', 'klingon', '--help'], [], cli.io)).toBe(2);
    expect(cli.stderr()).toContain('--lang "klingon" is not a language this app speaks');
  });

  it('prints --help in the chosen language, and keeps --json runs English', async () => {
    // A test table stands in for the German folder, registered the way the loader does it.
    registerTable('de', { 'cli.help.commands': 'Befehle:' });
    const help = fakeIo({ LANG: 'de_DE.UTF-8' });
    expect(await dispatch(['--help'], [], help.io)).toBe(0);
    expect(help.stdout()).toContain('Befehle:');
    expect(help.stdout()).toContain('--lang');

    const echo = { name: 'echo', summary: 'echo', usage: 'mail-setup echo', run: async () => (activeLocale() === 'en' ? 0 : 1) };
    expect(await dispatch(['echo', '--json', '--lang', 'de'], [echo], fakeIo().io)).toBe(0);
    expect(await dispatch(['echo', '--lang', 'de'], [echo], fakeIo().io)).toBe(1);
  });
});
