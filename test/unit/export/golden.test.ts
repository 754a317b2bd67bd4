/**
 * Golden files: every generator's exact output for fixed input, a counting UUID and a
 * fixed date. A change in any byte is either a bug or a deliberate change that is
 * reviewed by regenerating with UPDATE_GOLDEN=1 and reading the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport, type ExportRequest } from '../../../shared/export/build-export';
import { encodeWindows1252 } from '../../../shared/export/windows-1252';
import { GOLDEN_DIR } from '../../fixtures/export/paths';
import { healthyResult } from '../../fixtures/export/probe-results';

const NOW = new Date('2026-11-23T10:00:00Z');
const describeFinding = (id: string) => ({ title: `Title of ${id}`, explanation: 'What it means, in plain words.' });

function counterUuid(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

const imap = { presetId: 'custom', address: 'alice@example.com', displayName: 'Alice Example', organization: 'Example Ltd', host: 'smtp.example.com', incoming: { protocol: 'imap', host: 'imap.example.com' } };
const pop = { presetId: 'custom', address: 'bob@example.org', displayName: 'Bob Müller', host: 'mail.example.org', port: 465, security: 'tls', incoming: { protocol: 'pop3', host: 'mail.example.org' } };
const m365 = { presetId: 'microsoft365', address: 'carol@contoso.com' };

const CASES: [name: string, request: ExportRequest][] = [
  ['imap-alice', { format: 'mobileconfig', account: imap }],
  ['pop-bob', { format: 'mobileconfig', account: pop }],
  ['m365-iphone', { format: 'mobileconfig', account: m365 }],
  ['m365-mac', { format: 'mobileconfig', account: m365, appleTarget: 'macos' }],
  ['imap-alice', { format: 'prf', account: imap }],
  ['pop-bob', { format: 'prf', account: pop }],
  ['imap-alice', { format: 'autoconfig', account: imap }],
  ['m365', { format: 'autoconfig', account: m365 }],
  ['imap-alice-sheet', { format: 'sheet', account: imap }],
  ['m365-sheet', { format: 'sheet', account: m365 }],
  ['m365-tenant-off-report', { format: 'report', result: healthyResult() }],
];

function bytesOf(content: string, encoding: string): Uint8Array {
  return encoding === 'windows-1252' ? (encodeWindows1252(content) as Uint8Array) : new TextEncoder().encode(content);
}

describe('golden files', () => {
  it.each(CASES)('%s (%o)', (name, request) => {
    const built = buildExport(request, { uuid: counterUuid(), now: NOW, describe: describeFinding });
    expect(built.ok, built.ok ? '' : built.error.message).toBe(true);
    if (!built.ok) return;
    for (const file of [built.value.main, ...built.value.companions]) {
      const goldenPath = path.join(GOLDEN_DIR, `${name}.${file.extension}`);
      const actual = bytesOf(file.content, file.encoding);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) {
        // Only ever on purpose: CI has the files, so a missing one fails below on the next run.
        if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`missing golden file ${goldenPath}; run with UPDATE_GOLDEN=1 and review it`);
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(goldenPath, actual);
      }
      expect(Buffer.from(actual).toString('latin1'), goldenPath).toBe(readFileSync(goldenPath).toString('latin1'));
    }
  });
});
