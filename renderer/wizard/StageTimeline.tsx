import type { MessageKey } from '../../shared/i18n';
import { stageDetailMessage } from '../../shared/stage-details';
import { STAGES } from '../../shared/stages';
import { useT } from '../i18n/I18nProvider';
import styles from './StageTimeline.module.css';
import { STATUS_KEYS } from './stage-words';
import type { StageView } from './wizard-state';

const ICON: Record<StageView['status'], string> = {
  pending: '○',
  running: '◌',
  pass: '✓',
  warn: '!',
  fail: '✕',
  skipped: '–',
};

const notRun = (stage: StageView) => stage.status === 'pending' || stage.status === 'skipped';

/** The folded rows' summary: before a test, while it runs, and after it ended early. */
function foldKey(stages: readonly StageView[], folded: readonly StageView[]): MessageKey {
  if (folded.length === stages.length) return 'wizard.test.notRun.planned';
  return folded.every((s) => s.status === 'skipped') ? 'wizard.test.notRun.skipped' : 'wizard.test.notRun.pending';
}

/**
 * The live test as a vertical timeline with fixed-size cells, so a row does not move
 * while results stream in; a finished run's list (`showDetail`) adds what each stage
 * saw, in words from its detail code. Checks that have not run (the planned ones still
 * to come, or those skipped after a failure) fold into one closed row at the end, so a
 * small window shows what happened rather than a list of "Waiting".
 */
export function StageTimeline({ stages, label, showDetail = false }: { stages: StageView[]; label: string; showDetail?: boolean }) {
  const { t } = useT();
  const detailText = (stage: StageView) => {
    if (!stage.detail) return '';
    const { key, params } = stageDetailMessage(stage.detail);
    return t(key, params);
  };
  const lastRun = stages.findLastIndex((stage) => !notRun(stage));
  const shown = stages.slice(0, lastRun + 1);
  const folded = stages.slice(lastRun + 1);
  const row = (stage: StageView) => (
    <li key={stage.id} className={styles.row} data-status={stage.status} data-testid={`stage-${stage.id}`}>
      <span className={styles.icon} aria-hidden="true">
        {ICON[stage.status]}
      </span>
      <span className={styles.name}>{t(STAGES[stage.id].name)}</span>
      <span className={styles.status}>{t(STATUS_KEYS[stage.status])}</span>
      <span className={styles.time}>{stage.durationMs !== undefined ? t('wizard.test.durationMs', { ms: Math.round(stage.durationMs) }) : ''}</span>
      {showDetail && stage.detail && (
        <span className={styles.detail} data-testid={`stage-detail-${stage.id}`}>
          {detailText(stage)}
        </span>
      )}
    </li>
  );
  return (
    <ol className={styles.timeline} aria-label={label}>
      {shown.map(row)}
      {folded.length > 0 && (
        <li className={styles.folded} data-testid="stages-not-run">
          <details>
            <summary>{t(foldKey(stages, folded), { count: folded.length })}</summary>
            <ol className={styles.foldedList}>{folded.map(row)}</ol>
          </details>
        </li>
      )}
    </ol>
  );
}
