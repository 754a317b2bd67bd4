import { useT } from '../i18n/I18nProvider';
import styles from './StageTimeline.module.css';
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
 * start with fixed-size cells, so nothing moves while results stream in.
 */
export function StageTimeline({ stages, label }: { stages: StageView[]; label: string }) {
  const { t, tDynamic } = useT();
  return (
    <ol className={styles.timeline} aria-label={label}>
      {stages.map((stage) => (
        <li key={stage.id} className={styles.row} data-status={stage.status} data-testid={`stage-${stage.id}`}>
          <span className={styles.icon} aria-hidden="true">
            {ICON[stage.status]}
          </span>
          <span className={styles.name}>{tDynamic(`probe.stage.${stage.id}.name`)}</span>
          <span className={styles.status}>{stage.status === 'pending' ? t('wizard.test.pending') : tDynamic(`probe.status.${stage.status}`)}</span>
          <span className={styles.time}>{stage.durationMs !== undefined ? t('wizard.test.durationMs', { ms: Math.round(stage.durationMs) }) : ''}</span>
        </li>
      ))}
    </ol>
  );
}
