/**
 * IPC for the per-app export screen (additive to export-handlers.ts): what IT set up
 * (signing, EWS), saving one file of an app's plan (Apple profiles signed when IT
 * supplied a certificate), the Outlook set-up check, and "Show in folder" / "Open" for
 * files this session saved. Electron's shell functions come in through HandlerDeps.
 */
import { readFile } from 'node:fs/promises';
import type { AppFileSaved, ExportCapabilities } from '../../shared/contract';
import { describeFinding } from '../../shared/findings/describe';
import { isFindingId } from '../../shared/findings/ids';
import { buildExport, type ExportDocument } from '../../shared/export/build-export';
import { safeFileName } from '../../shared/export/file-names';
import { err, ok, type Result } from '../../shared/result';
import { writeFileAtomic } from '../export/atomic-write';
import { checkOutlookSetup } from '../export/outlook-setup-check';
import { saveExport } from '../export/save-export';
import { createSavedExports } from '../export/saved-exports';
import { signExportDocument } from '../export/sign-export';
import { loadSigning, signingSummary, type SigningState } from '../export/signing-config';
import type { Handlers } from '../ipc';
import type { RunsService } from '../runs/runs-service';
import type { HandlerDeps } from './deps';

type Channels = 'export:capabilities' | 'export:save-file' | 'export:check-outlook' | 'export:show-in-folder' | 'export:open';

const describe = (id: string) => (isFindingId(id) ? describeFinding(id) : undefined);

export function exportAppHandlers(deps: HandlerDeps, runs: RunsService): Pick<Handlers, Channels> {
  const saved = createSavedExports();
  // Read once per session: the certificate does not change while the app runs.
  let signing: Promise<SigningState> | null = null;
  const signingState = () =>
    (signing ??= loadSigning({
      orgDefaults: deps.orgDefaults.defaults,
      orgDefaultsSource: deps.orgDefaults.source,
      env: deps.env ?? process.env,
      readFile: async (file) => new Uint8Array(await readFile(file)),
    }));
  const ewsAllowed = () => deps.orgDefaults.defaults.exchange?.ewsAllowed === true;

  async function savePdf(sheet: ExportDocument): Promise<Result<string[]>> {
    if (!deps.printPdf) return err('INTERNAL', 'printing to PDF is not available here');
    const name = safeFileName(sheet.defaultFileName.replace(/\.html$/i, ''), 'pdf');
    const target = await deps.chooseSavePath(name, [{ name: 'PDF document', extensions: ['pdf'] }]);
    if (!target) return err('CANCELLED', 'Save cancelled');
    await writeFileAtomic(target, await deps.printPdf(sheet.main.content));
    return ok([target]);
  }

  async function build(request: Parameters<Handlers['export:save-file']>[0]): Promise<Result<{ doc: ExportDocument; signed: boolean | null }>> {
    if (request.target === 'report') {
      const run = request.runId ? runs.result(request.runId) : undefined;
      if (!run) return err('NOT_FOUND', 'run a test first: the report describes a test result', 'runId');
      const built = buildExport({ format: 'report', result: await run }, { describe, secrets: runs.secretsOf(request.runId ?? '') });
      return built.ok ? ok({ doc: built.value, signed: null }) : built;
    }
    const state = await signingState();
    const format = request.target === 'sheet-pdf' ? 'sheet' : request.target;
    const built = buildExport({
      format,
      account: request.account,
      ...(request.appleTarget ? { appleTarget: request.appleTarget } : {}),
      ...(request.app ? { app: request.app, planContext: { ewsAllowed: ewsAllowed(), signing: state.state === 'ready' } } : {}),
    });
    if (!built.ok) return built;
    if (format !== 'mobileconfig') return ok({ doc: built.value, signed: null });
    // Without a working certificate the profile is saved unsigned, and the screen says so.
    return state.state === 'ready' ? ok({ doc: signExportDocument(built.value, state.identity), signed: true }) : ok({ doc: built.value, signed: false });
  }

  return {
    'export:capabilities': async (): Promise<Result<ExportCapabilities>> => ok({ signing: signingSummary(await signingState()), ewsAllowed: ewsAllowed() }),

    'export:save-file': async (request): Promise<Result<AppFileSaved>> => {
      const built = await build(request);
      if (!built.ok) return built;
      const { doc, signed } = built.value;
      const written = request.target === 'sheet-pdf' ? await savePdf(doc) : await saveExport(doc, deps.chooseSavePath);
      if (!written.ok) return written;
      const { savedId, canOpen } = saved.add(written.value);
      return ok({ savedId, paths: written.value, notes: doc.notes, signed, canOpen: canOpen && deps.openPath !== undefined });
    },

    'export:check-outlook': async ({ address }) => ok(await checkOutlookSetup(address, { isOnline: deps.isOnline, ...deps.outlookCheck })),

    'export:show-in-folder': ({ savedId }) => {
      const entry = saved.get(savedId);
      if (!entry) return err('NOT_FOUND', 'no such saved file');
      if (!deps.showItemInFolder) return err('INTERNAL', 'showing files is not available here');
      deps.showItemInFolder(entry.paths[0] as string);
      return ok({ shown: true as const });
    },

    'export:open': async ({ savedId }) => {
      const entry = saved.get(savedId);
      if (!entry) return err('NOT_FOUND', 'no such saved file');
      if (!entry.canOpen || !deps.openPath) return err('INVALID_INPUT', 'this file is not opened from the app; use Show in folder');
      // shell.openPath resolves an error text, or '' on success.
      const problem = await deps.openPath(entry.paths[0] as string);
      return problem === '' ? ok({ opened: true as const }) : err('IO_ERROR', problem);
    },
  };
}
