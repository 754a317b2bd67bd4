/**
 * The main process's language on real settings files (conf, as electron-store wraps it):
 * the system's language by default, a saved choice over it, validated input, and the
 * IPC handlers that expose it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localeHandlers } from '../../../electron/handlers/locale-handlers';
import { createLocaleService } from '../../../electron/i18n/locale-service';
import { createSettingsService } from '../../../electron/settings/settings-service';
import { activeLocale, setActiveLocale, type Locale } from '../../../shared/i18n';
import { REQUEST_SCHEMAS } from '../../../shared/ipc-schemas';
import { tempDir } from '../../fixtures/temp-dir';

afterEach(() => setActiveLocale('en'));

const SENDER = { url: 'file:///app/index.html', fromMainWindow: true };
const onDisk = (dir: string) => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as { preferences: Record<string, unknown> };

describe('locale service', () => {
  it('follows the system language until the person chooses one, and remembers the choice', async () => {
    const dir = tempDir('locale');
    const changes: Locale[] = [];
    const service = createLocaleService({ settings: createSettingsService({ cwd: dir }), systemLocale: 'en-GB', onChange: (l) => changes.push(l) });
    await service.ready;
    expect(service.info()).toEqual({ locale: 'en', chosen: null });

    const chosen = await service.choose('fr');
    expect(chosen.ok).toBe(true);
    expect(service.info().chosen).toBe('fr');
    expect(onDisk(dir).preferences['locale']).toBe('fr');

    // A new start (a new service over the same folder) speaks the saved choice, whatever the system says.
    const again = createLocaleService({ settings: createSettingsService({ cwd: dir }), systemLocale: 'de-AT' });
    await again.ready;
    expect(again.info().chosen).toBe('fr');

    // null: follow the system again; the key leaves the file.
    const reset = await again.choose(null);
    expect(reset.ok && reset.value.chosen).toBe(null);
    expect('locale' in onDisk(dir).preferences).toBe(false);
    expect(changes[0]).toBe('en');
  });

  it('refuses anything that is not a shipped locale, as data', async () => {
    const service = createLocaleService({ settings: createSettingsService({ cwd: tempDir('locale') }) });
    for (const bad of ['en-XA', 'xx', 42, { locale: 'de' }, '__proto__']) {
      const result = await service.choose(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
    expect(service.info().chosen).toBe(null);
    expect(REQUEST_SCHEMAS['settings:set-locale'].safeParse({ locale: 'en-XA' }).success).toBe(false);
    expect(REQUEST_SCHEMAS['settings:set-locale'].safeParse({ locale: 'pt-BR' }).success).toBe(true);
    expect(REQUEST_SCHEMAS['settings:set-locale'].safeParse({ locale: null }).success).toBe(true);
  });

  it('makes the language active in the main process (exports and reports are written in it)', async () => {
    const service = createLocaleService({ settings: createSettingsService({ cwd: tempDir('locale') }), systemLocale: 'en-US' });
    const handlers = localeHandlers(service);
    const answer = await handlers['settings:set-locale']({ locale: 'nl' }, SENDER);
    expect(answer.ok).toBe(true);
    // Without the nl folder in this build the app stays English rather than half-translated.
    expect(activeLocale()).toBe(answer.ok ? answer.value.locale : 'en');
    expect(await handlers['settings:locale'](undefined, SENDER)).toEqual(answer);
  });
});
