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

/**
 * The live test as a vertical timeline. Every planned row is laid out from the
 * start with fixed-size cells, so nothing moves while results stream in; a finished
 * run's list (`showDetail`) adds what each stage saw, in words from its detail code.
 */
export function StageTimeline({ stages, label, showDetail = false }: { stages: StageView[]; label: string; showDetail?: boolean }) {
  const { t } = useT();
  const detailText = (stage: StageView) => {
    if (!stage.detail) return '';
    const { key, params } = stageDetailMessage(stage.detail);
    return t(key, params);
  };
  return (
    <ol className={styles.timeline} aria-label={label}>
      {stages.map((stage) => (
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
      ))}
    </ol>
  );
}
