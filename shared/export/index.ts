/** Public API of the exporters (pure: settings → file text). */
export { buildExport, type BuildExportOptions, type ExportDocument, type ExportFile, type ExportRequest, type FileEncoding } from './build-export';
export { resolveExportAccount, accountInputSchema, type AccountInput, type ExportAccount } from './export-account';
export { EXPORT_FORMATS, FORMAT_FILTERS, isExportFormat, type ExportFormat, type FileFilter } from './export-formats';
export { buildMobileconfig, type AppleTarget, type MobileconfigOptions, type GeneratedText } from './mobileconfig';
export { buildPrf } from './prf';
export { buildPrfImportCmd } from './prf-import-cmd';
export { buildAutoconfig, autoconfigFileName } from './autoconfig';
export { renderSheetHtml, type SheetOptions } from './sheet-html';
export { renderReportHtml } from './report-html';
export { buildDiagnosticReport, renderReportJson, type DiagnosticReport, type ReportOptions } from './report-json';
export { redactProbeResult, redactText, redactValue, secretForms, REDACTED } from './redaction';
export { parseProbeResult } from './probe-result-schema';
export { describeFromMessages, type DescribeFinding, type FindingDescription } from './finding-descriptions';
export { safeFileName, safeFileBaseName, withExtension } from './file-names';
export { encodeWindows1252, canEncodeWindows1252 } from './windows-1252';
export { profileIdentifier } from './payload-identifier';
