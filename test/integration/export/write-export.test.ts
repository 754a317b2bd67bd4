import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/export/atomic-write';
import { saveExport } from '../../../electron/export/save-export';
import { writeExportDocument } from '../../../electron/export/write-export';
import { buildExport, type ExportDocument } from '../../../shared/export/build-export';
import type { FileFilter } from '../../../shared/export/export-formats';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'export-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function doc(format: 'prf' | 'mobileconfig' | 'sheet', extra: object = {}): ExportDocument {
  const built = buildExport({ format, account: { presetId: 'custom', address: 'alice@example.com', displayName: 'Zoë €uro', host: 'smtp.example.com', incoming: { protocol: 'imap', host: 'imap.example.com' }, ...extra } });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

describe('writeFileAtomic', () => {
  it('writes, replaces, and leaves no temporary file behind', async () => {
    const target = path.join(dir, 'a.txt');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, 'second, longer');
    expect(await readFile(target, 'utf8')).toBe('second, longer');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('on failure keeps what was there and cleans up its temporary file', async () => {
    // A directory at the target path makes the final rename fail (EISDIR/ENOTEMPTY), even as root.
    const target = path.join(dir, 'taken');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a.txt'), 'x')).rejects.toThrow(/ENOENT/);
  });
});

describe('writeExportDocument', () => {
  it('writes the .prf in Windows-1252 and the .cmd beside it under the chosen name', async () => {
    const result = await writeExportDocument(doc('prf'), path.join(dir, 'My profile.prf'));
    expect(result).toEqual({ ok: true, value: [path.join(dir, 'My profile.prf'), path.join(dir, 'My profile.cmd')] });
    const bytes = await readFile(path.join(dir, 'My profile.prf'));
    // "Zoë €uro": ë = 0xEB, € = 0x80 in Windows-1252; no UTF-8 BOM.
    expect(bytes.includes(Buffer.from([0x5a, 0x6f, 0xeb, 0x20, 0x80, 0x75]))).toBe(true);
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(await readFile(path.join(dir, 'My profile.cmd'), 'latin1')).toContain('/importprf "%~dpn0.prf"');
    expect((await readdir(dir)).sort()).toEqual(['My profile.cmd', 'My profile.prf']);
  });

  it('never lets the companion overwrite a main file that was given its extension', async () => {
    const result = await writeExportDocument(doc('prf'), path.join(dir, 'odd.cmd'));
    expect(result.ok && result.value).toEqual([path.join(dir, 'odd.cmd'), path.join(dir, 'odd.cmd.cmd')]);
    expect(await readFile(path.join(dir, 'odd.cmd'), 'latin1')).toContain('[General]');
  });

  it('reports an I/O error as data with the path', async () => {
    const result = await writeExportDocument(doc('sheet'), path.join(dir, 'no-such-dir', 'sheet.html'));
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
    if (!result.ok) expect(result.error.message).toContain('no-such-dir');
  });
});

describe('saveExport', () => {
  it('offers the safe default name and filters, then writes where the person chose', async () => {
    const calls: [string, FileFilter[]][] = [];
    const result = await saveExport(doc('mobileconfig'), async (name, filters) => {
      calls.push([name, filters]);
      return path.join(dir, name);
    });
    expect(calls).toEqual([['alice@example.com.mobileconfig', [{ name: 'Apple configuration profile', extensions: ['mobileconfig'] }]]]);
    expect(result).toEqual({ ok: true, value: [path.join(dir, 'alice@example.com.mobileconfig')] });
    expect(await readFile(path.join(dir, 'alice@example.com.mobileconfig'), 'utf8')).toContain('<string>com.apple.mail.managed</string>');
  });

  it('writes nothing when the person cancels', async () => {
    const result = await saveExport(doc('prf'), async () => undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await readdir(dir)).toEqual([]);
  });
});
