import { describe, expect, it } from 'vitest';
import { buildExport, type ExportRequest } from '../../../shared/export/build-export';
import { EXPORT_FORMATS } from '../../../shared/export/export-formats';
import { CANARY_PASSWORD, CANARY_TOKEN, canaryForms, canaryResult } from '../../fixtures/export/probe-results';

/** Settings as a careless caller might pass them: secrets under every plausible key. */
const leakyAccount = {
  presetId: 'custom',
  address: 'alice@example.com',
  host: 'smtp.example.com',
  incoming: { protocol: 'imap', host: 'imap.example.com', password: CANARY_PASSWORD },
  password: CANARY_PASSWORD,
  accessToken: CANARY_TOKEN,
  refreshToken: CANARY_TOKEN,
  auth: 'password',
};

describe('no export ever contains a password or token', () => {
  it.each(EXPORT_FORMATS)('%s', (format) => {
    const request: ExportRequest = format === 'report' ? { format, result: canaryResult() } : { format, account: leakyAccount };
    const built = buildExport(request, { now: new Date('2026-11-23T10:00:00Z') });
    expect(built.ok, built.ok ? '' : built.error.message).toBe(true);
    if (!built.ok) return;
    for (const file of [built.value.main, ...built.value.companions]) {
      for (const form of canaryForms()) expect(file.content, `${format}.${file.extension}`).not.toContain(form);
    }
    for (const form of canaryForms()) expect(built.value.notes.join(' ')).not.toContain(form);
  });

  it('Microsoft presets too', () => {
    for (const format of ['mobileconfig', 'autoconfig', 'sheet'] as const) {
      const built = buildExport({ format, account: { ...leakyAccount, presetId: 'microsoft365', host: undefined } });
      expect(built.ok).toBe(true);
      if (built.ok) for (const form of canaryForms()) expect(built.value.main.content).not.toContain(form);
    }
  });

  it('strips a secret the caller names even from free text the patterns cannot recognise', () => {
    const result = canaryResult();
    result.stages[0]!.detail = { code: 'text', params: { text: `resolved, and by the way ${CANARY_PASSWORD}` } };
    const built = buildExport({ format: 'report', result }, { secrets: [CANARY_PASSWORD] });
    expect(built.ok && built.value.main.content).not.toContain(CANARY_PASSWORD);
    expect(built.ok && built.value.companions[0]?.content).not.toContain(CANARY_PASSWORD);
  });
});
