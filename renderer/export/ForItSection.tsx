import { useId } from 'react';
import type { AppFileSaveRequest } from '../../shared/contract';
import type { PlanFile } from '../../shared/export/app-kinds';
import { useT } from '../i18n/I18nProvider';
import wizard from '../wizard/Wizard.module.css';
import styles from './Export.module.css';
import { FileCard } from './FileCard';

/** IT-only exports, apart from the person's own: publishing Thunderbird's settings, the full sheet, the report. */
export function ForItSection({ files, requestFor, reportAvailable }: { files: PlanFile[]; requestFor: (file: PlanFile) => AppFileSaveRequest; reportAvailable: boolean }) {
  const { t } = useT();
  const id = useId();
  return (
    <section className={`${styles.section} ${styles.forIt} ${styles.noPrint}`} aria-labelledby={`${id}-heading`} data-testid="for-it">
      <h2 id={`${id}-heading`}>{t('exportScreen.forIt.heading')}</h2>
      <p className={wizard.hint}>{t('exportScreen.forIt.lead')}</p>
      {files.map((file) => (
        <FileCard key={file.id} file={file} request={requestFor(file)} />
      ))}
      {!reportAvailable && <p className={wizard.hint}>{t('exportApps.note.report-none')}</p>}
    </section>
  );
}
