/**
 * One entry point for every export: validates the input, runs the right generator and
 * returns the file text, a safe default file name, the save-dialog filters and the
 * plain-language notes about what the target client can and cannot do. Pure: the
 * main process (or the CLI) writes the files; the renderer may preview them.
 */
import { err, ok, type Result } from '../result';
import type { MailApp, PlanContext } from './app-kinds';
import { planForApp } from './app-plan';
import { renderAppSheetHtml } from './app-sheet-html';
import { autoconfigFileName, buildAutoconfig } from './autoconfig';
import { resolveExportAccount, type AccountInput } from './export-account';
import { FORMAT_FILTERS, type ExportFormat, type FileFilter } from './export-formats';
import type { DescribeFinding } from './finding-descriptions';
import { safeFileName } from './file-names';
import { buildMobileconfig, type AppleTarget } from './mobileconfig';
import { buildPrf } from './prf';
import { buildPrfImportCmd } from './prf-import-cmd';
import { parseProbeResult } from './probe-result-schema';
import { renderReportHtml } from './report-html';
import { renderReportJson } from './report-json';
import { renderSheetHtml } from './sheet-html';

/** 'base64': binary content (a signed profile is DER), carried as base64 text. */
export type FileEncoding = 'utf-8' | 'windows-1252' | 'base64';

export interface ExportFile {
  /** Without the dot: "prf", "cmd", "json". */
  extension: string;
  content: string;
  encoding: FileEncoding;
}

export interface ExportDocument {
  format: ExportFormat;
  defaultFileName: string;
  filters: FileFilter[];
  main: ExportFile;
  /** Written beside the main file, same name, own extension (the .prf's .cmd, the report's .json). */
  companions: ExportFile[];
  /** What the target client can and cannot do with this file, in plain words. */
  notes: string[];
}

export type ExportRequest =
  | {
      format: Exclude<ExportFormat, 'report'>;
      account: AccountInput | unknown;
      appleTarget?: AppleTarget;
      /** For the sheet: only this app's steps and notes (the plan the screen shows). */
      app?: MailApp;
      planContext?: Partial<PlanContext>;
    }
  | { format: 'report'; result: unknown };

export interface BuildExportOptions {
  uuid?: () => string;
  now?: Date;
  describe?: DescribeFinding;
  /** Secrets the caller knows about; the report strips them wherever they appear. */
  secrets?: readonly string[];
}

/** Nothing known from IT: EWS not allowed, profiles unsigned, no test result. */
export const DEFAULT_PLAN_CONTEXT: Omit<PlanContext, 'now'> = { ewsAllowed: false, signing: false, reportAvailable: false };

const utf8 = (extension: string, content: string): ExportFile => ({ extension, content, encoding: 'utf-8' });

export function buildExport(request: ExportRequest, options: BuildExportOptions = {}): Result<ExportDocument> {
  if (request.format === 'report') {
    const parsed = parseProbeResult(request.result);
    if (!parsed.ok) return parsed;
    const result = parsed.value;
    const reportOptions = { now: options.now, describe: options.describe, secrets: options.secrets };
    return ok({
      format: 'report',
      defaultFileName: safeFileName(result.request.auth.user ?? result.request.host, 'html', 'report'),
      filters: FORMAT_FILTERS.report,
      main: utf8('html', renderReportHtml(result, reportOptions)),
      companions: [utf8('json', renderReportJson(result, reportOptions))],
      notes: [],
    });
  }

  const resolved = resolveExportAccount(request.account);
  if (!resolved.ok) return resolved;
  const account = resolved.value;
  const base = { format: request.format, filters: FORMAT_FILTERS[request.format] };

  switch (request.format) {
    case 'mobileconfig': {
      const built = buildMobileconfig(account, { uuid: options.uuid, appleTarget: request.appleTarget });
      if (!built.ok) return built;
      const device = account.microsoft ? (request.appleTarget === 'macos' ? 'mac' : 'iphone') : '';
      return ok({ ...base, defaultFileName: safeFileName(account.address, 'mobileconfig', device), main: utf8('mobileconfig', built.value.text), companions: [], notes: built.value.notes });
    }
    case 'prf': {
      const built = buildPrf(account);
      if (!built.ok) return built;
      return ok({
        ...base,
        defaultFileName: safeFileName(account.address, 'prf'),
        main: { extension: 'prf', content: built.value.text, encoding: 'windows-1252' },
        companions: [{ extension: 'cmd', content: buildPrfImportCmd(), encoding: 'windows-1252' }],
        notes: built.value.notes,
      });
    }
    case 'autoconfig': {
      const built = buildAutoconfig(account);
      if (!built.ok) return built;
      return ok({ ...base, defaultFileName: autoconfigFileName, main: utf8('xml', built.value.text), companions: [], notes: built.value.notes });
    }
    case 'sheet': {
      const now = options.now ?? new Date();
      if (request.app) {
        const plan = planForApp(account, request.app, { ...DEFAULT_PLAN_CONTEXT, now, ...request.planContext });
        return ok({ ...base, defaultFileName: safeFileName(account.address, 'html', request.app), main: utf8('html', renderAppSheetHtml(account, plan, now)), companions: [], notes: [] });
      }
      return ok({ ...base, defaultFileName: safeFileName(account.address, 'html', 'mail-setup'), main: utf8('html', renderSheetHtml(account, { now })), companions: [], notes: [] });
    }
    default:
      return err('INVALID_INPUT', `unknown export format`, 'format');
  }
}
