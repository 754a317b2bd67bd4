import { describeFinding } from '../../shared/findings/describe';
import { isFindingId } from '../../shared/findings/ids';
import { buildExport, type ExportDocument } from '../../shared/export/build-export';
import { safeFileName } from '../../shared/export/file-names';
import { err, ok, type Result } from '../../shared/result';
import { writeFileAtomic } from '../export/atomic-write';
import { saveExport } from '../export/save-export';
import type { Handlers } from '../ipc';
import type { RunsService } from '../runs/runs-service';
import type { HandlerDeps } from './deps';

const describe = (id: string) => (isFindingId(id) ? describeFinding(id) : undefined);

/** The sheet as PDF: the sheet's HTML printed by Chromium (Electron's printToPDF in the app). */
async function savePdf(deps: HandlerDeps, sheet: ExportDocument): Promise<Result<string[]>> {
  if (!deps.printPdf) return err('INTERNAL', 'printing to PDF is not available here');
  const name = safeFileName(sheet.defaultFileName.replace(/\.html$/i, ''), 'pdf');
  const path = await deps.chooseSavePath(name, [{ name: 'PDF document', extensions: ['pdf'] }]);
  if (!path) return err('CANCELLED', 'Save cancelled');
  const pdf = await deps.printPdf(sheet.main.content);
  await writeFileAtomic(path, pdf);
  return ok([path]);
}

export function exportHandlers(deps: HandlerDeps, runs: RunsService): Pick<Handlers, 'export:save'> {
  return {
    'export:save': async ({ format, account, runId, appleTarget }) => {
      let built: Result<ExportDocument>;
      if (format === 'report') {
        const run = runId ? runs.result(runId) : undefined;
        if (!run || !runId) return err('NOT_FOUND', 'run a test first: the report describes a test result', 'runId');
        // Defence in depth: the report is redacted already; also strip the run's own secret by value.
        built = buildExport({ format: 'report', result: await run }, { describe, secrets: runs.secretsOf(runId) });
      } else {
        built = buildExport({ format: format === 'sheet-pdf' ? 'sheet' : format, account, ...(appleTarget ? { appleTarget } : {}) });
      }
      if (!built.ok) return built;
      const saved = format === 'sheet-pdf' ? await savePdf(deps, built.value) : await saveExport(built.value, deps.chooseSavePath);
      return saved.ok ? ok({ paths: saved.value, notes: built.value.notes }) : saved;
    },
  };
}
