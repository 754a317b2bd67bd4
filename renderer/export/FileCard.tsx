import { useId } from 'react';
import type { AppFileSaveRequest } from '../../shared/contract';
import type { PlanFile } from '../../shared/export/app-kinds';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import wizard from '../wizard/Wizard.module.css';
import styles from './Export.module.css';
import { SaveResult } from './SaveResult';
import { useSaveFile } from './useSaveFile';

/** One file that can succeed for this app and account: what it does, what to expect, and Save. */
export function FileCard({ file, request }: { file: PlanFile; request: AppFileSaveRequest }) {
  const { t } = useT();
  const id = useId();
  const { state, save, show, open, resultRef } = useSaveFile();
  return (
    <section className={`${wizard.card} ${styles.section}`} aria-labelledby={`${id}-title`} data-testid={`file-${file.id}`}>
      <h3 id={`${id}-title`}>{file.title}</h3>
      <div id={`${id}-about`}>
        <p className={wizard.hint}>{file.what}</p>
        {file.notes.length > 0 && (
          <ul className={`${wizard.hint} ${styles.notes}`}>
            {file.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        {/* The name is the label only; what the file does is the description. */}
        <Button variant="primary" onClick={() => void save(request)} disabled={state.status === 'saving'} aria-describedby={`${id}-title ${id}-about`}>
          {t('exportScreen.save')}
        </Button>
      </div>
      <SaveResult ref={resultRef} state={state} onShow={() => void show()} onOpen={() => void open()} />
    </section>
  );
}
