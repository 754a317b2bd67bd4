import { describe, expect, it } from 'vitest';
import { migrateSettings, readVersion, type Migration } from '../../../electron/settings/migrations';
import { SETTINGS_VERSION } from '../../../shared/profile';

describe('settings migrations', () => {
  it('lifts an unversioned document to the current version with empty sections', () => {
    const outcome = migrateSettings({ preferences: { theme: 'dark' } });
    expect(outcome).toEqual({
      kind: 'current',
      migratedFrom: 0,
      doc: { schemaVersion: SETTINGS_VERSION, profiles: [], preferences: { theme: 'dark' } },
    });
  });

  it('leaves a current document alone', () => {
    const doc = { schemaVersion: SETTINGS_VERSION, profiles: [], preferences: {} };
    expect(migrateSettings(doc)).toEqual({ kind: 'current', doc, migratedFrom: null });
  });

  const chain: Migration[] = [
    { to: 3, migrate: (d) => ({ ...d, steps: [...(d['steps'] as string[]), '2→3'] }) },
    { to: 2, migrate: (d) => ({ ...d, steps: [...(d['steps'] as string[]), '1→2'] }) },
  ];

  it('runs each step once, in version order, and stamps the version', () => {
    const outcome = migrateSettings({ schemaVersion: 1, steps: [] }, chain, 3);
    expect(outcome).toEqual({ kind: 'current', migratedFrom: 1, doc: { schemaVersion: 3, steps: ['1→2', '2→3'] } });
    expect(migrateSettings({ schemaVersion: 2, steps: [] }, chain, 3)).toMatchObject({ doc: { steps: ['2→3'] } });
  });

  it('reports a newer file instead of touching it', () => {
    expect(migrateSettings({ schemaVersion: 9 }, chain, 3)).toEqual({ kind: 'newer', version: 9 });
  });

  it('reports a step that throws or is missing, without throwing', () => {
    const throwing: Migration[] = [{ to: 2, migrate: () => { throw new Error('bad data'); } }];
    expect(migrateSettings({ schemaVersion: 1 }, throwing, 2)).toEqual({ kind: 'failed', from: 1, to: 2, reason: 'bad data' });
    expect(migrateSettings({ schemaVersion: 1 }, [], 2)).toMatchObject({ kind: 'failed', reason: 'no migration step' });
  });

  it('treats a non-integer version as bad', () => {
    expect(readVersion({ schemaVersion: '1' })).toBeNull();
    expect(readVersion({ schemaVersion: 1.5 })).toBeNull();
    expect(migrateSettings({ schemaVersion: -1 })).toEqual({ kind: 'bad-version', value: -1 });
  });
});
