import { describe, expect, it } from 'vitest';
import { createProfilesService } from '../../../electron/settings/profiles';
import { createSettingsService } from '../../../electron/settings/settings-service';
import { MAX_PROFILES } from '../../../shared/profile';
import { SAMPLE_PROFILE_INPUT } from '../../fixtures/samples';
import { createMemoryVault } from '../../fixtures/memory-vault';
import { tempDir } from '../../fixtures/temp-dir';

describe('the profile cap', () => {
  it('says in plain words that 200 is the most, and keeps the 200 (issue 13)', async () => {
    const settings = createSettingsService({ cwd: tempDir('cap') });
    let n = 0;
    const profiles = createProfilesService({ settings, vault: createMemoryVault(), newId: () => `p${++n}` });
    settings.update((draft) => ({
      ...draft,
      profiles: Array.from({ length: MAX_PROFILES }, (_, i) => ({ ...SAMPLE_PROFILE_INPUT, id: `old${i}`, name: `P${i}` })),
    }));
    const refused = await profiles.save({ ...SAMPLE_PROFILE_INPUT, name: 'One more' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'profiles', message: 'you can keep at most 200 profiles; delete some before adding more' },
    });
    expect(profiles.list()).toHaveLength(MAX_PROFILES);
    // Changing one of the 200 is still allowed.
    expect((await profiles.save({ ...SAMPLE_PROFILE_INPUT, id: 'old0', name: 'Renamed' })).ok).toBe(true);
  });
});
