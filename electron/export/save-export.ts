/**
 * "Save as…" for an export. The dialog is Electron's, so it is injected: main passes a
 * function around dialog.showSaveDialog; tests pass a plain function. This module never
 * imports electron and runs under plain Node.
 */
import type { ExportDocument } from '../../shared/export/build-export';
import type { FileFilter } from '../../shared/export/export-formats';
import { err, type Result } from '../../shared/result';
import { writeExportDocument } from './write-export';

/** Resolves the chosen path, or null/undefined when the person cancels. */
export type ChooseSavePath = (defaultName: string, filters: FileFilter[]) => Promise<string | null | undefined>;

export async function saveExport(doc: ExportDocument, chooseSavePath: ChooseSavePath): Promise<Result<string[]>> {
  const chosen = await chooseSavePath(doc.defaultFileName, doc.filters);
  if (!chosen) return err('CANCELLED', 'Save cancelled');
  return writeExportDocument(doc, chosen);
}
