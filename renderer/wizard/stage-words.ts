import type { MessageKey } from '../../shared/i18n';
import type { StageView } from './wizard-state';

/** A stage row's status in words; the stage names come from the STAGES table (shared/stages.ts). */
export const STATUS_KEYS: Readonly<Record<StageView['status'], MessageKey>> = {
  pending: 'wizard.test.pending',
  running: 'probe.status.running',
  pass: 'probe.status.pass',
  warn: 'probe.status.warn',
  fail: 'probe.status.fail',
  skipped: 'probe.status.skipped',
};
