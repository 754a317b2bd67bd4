/** The export formats, their file extensions and the save-dialog filters for each. */
export const EXPORT_FORMATS = ['mobileconfig', 'prf', 'autoconfig', 'sheet', 'report'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Shape of Electron's FileFilter, declared here so shared code needs no electron types. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export const FORMAT_FILTERS: Readonly<Record<ExportFormat, FileFilter[]>> = {
  mobileconfig: [{ name: 'Apple configuration profile', extensions: ['mobileconfig'] }],
  prf: [{ name: 'Outlook profile file', extensions: ['prf'] }],
  autoconfig: [{ name: 'Thunderbird autoconfig XML', extensions: ['xml'] }],
  sheet: [{ name: 'Web page (HTML)', extensions: ['html'] }],
  report: [{ name: 'Web page (HTML)', extensions: ['html'] }],
};
