import type { TranscriptLine } from '../../shared/types';
import { useT } from '../i18n/I18nProvider';
import styles from './TranscriptView.module.css';

/** The redacted conversation, swaks-style, folded by default. */
export function TranscriptView({ lines, summary }: { lines: TranscriptLine[]; summary: string }) {
  const { t } = useT();
  return (
    <details className={styles.transcript}>
      <summary>{summary}</summary>
      {lines.length === 0 ? (
        <p>{t('results.transcriptEmpty')}</p>
      ) : (
        <pre className={styles.lines} data-testid="transcript" tabIndex={0}>
          {lines.map((line) => `${String(Math.round(line.atMs)).padStart(6)}ms ${line.marker} ${line.text}`).join('\n')}
        </pre>
      )}
    </details>
  );
}
