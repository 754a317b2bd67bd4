/**
 * Writes an export document: the main file at the chosen path, and its companions
 * (the .prf's .cmd, the report's .json) beside it under the same name, each in its
 * own encoding and each atomically.
 */
import { t } from '../../shared/i18n';
import type { ExportDocument, ExportFile } from '../../shared/export/build-export';
import { withExtension } from '../../shared/export/file-names';
import { encodeWindows1252 } from '../../shared/export/windows-1252';
import { err, ok, type Result } from '../../shared/result';
import { writeFileAtomic } from './atomic-write';

function encode(file: ExportFile): Uint8Array | null {
  if (file.encoding === 'windows-1252') return encodeWindows1252(file.content);
  return Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');
}

/** Paths the document will be written to, main file first. */
export function exportPaths(doc: ExportDocument, mainPath: string): string[] {
  return [
    mainPath,
    ...doc.companions.map((file) => {
      const beside = withExtension(mainPath, file.extension);
      // A main file named like its companion (x.cmd for a .prf) must not be overwritten by it.
      return beside === mainPath ? `${mainPath}.${file.extension}` : beside;
    }),
  ];
}

export async function writeExportDocument(doc: ExportDocument, mainPath: string): Promise<Result<string[]>> {
  const files = [doc.main, ...doc.companions];
  const paths = exportPaths(doc, mainPath);
  // Encode everything first, so a file that cannot be encoded leaves nothing half-written.
  const encoded: Uint8Array[] = [];
  for (const file of files) {
    const bytes = encode(file);
    if (bytes === null) return err('INVALID_INPUT', t('export.invalid.not-windows-1252', { field: file.extension }));
    encoded.push(bytes);
  }
  for (const [index, target] of paths.entries()) {
    try {
      await writeFileAtomic(target, encoded[index] as Uint8Array);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return err('IO_ERROR', t('export.write.failed', { path: target, reason }));
    }
  }
  return ok(paths);
}
