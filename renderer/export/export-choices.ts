import type { ExportTarget } from '../../shared/contract';

/** The exports offered, in the order most people need them. */
export const EXPORT_CHOICES: readonly ExportTarget[] = ['sheet-pdf', 'mobileconfig', 'prf', 'autoconfig', 'sheet', 'report'];
