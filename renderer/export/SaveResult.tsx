import { forwardRef } from 'react';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import wizard from '../wizard/Wizard.module.css';
import styles from './Export.module.css';
import type { SaveState } from './useSaveFile';

interface SaveResultProps {
  state: SaveState;
  onShow: () => void;
  onOpen: () => void;
}

/** What happened to a save, with "Show in folder" / "Open" once the file exists. Focus lands here after saving. */
export const SaveResult = forwardRef<HTMLDivElement, SaveResultProps>(function SaveResult({ state, onShow, onOpen }, ref) {
  const { t } = useT();
  return (
    <div ref={ref} tabIndex={-1} className={styles.result} data-testid="save-result">
      <p role="status" aria-live="polite">
        {state.status === 'saving' && t('exportScreen.saving')}
        {state.status === 'saved' && t('exportScreen.saved', { path: state.saved.paths.join(', ') })}
        {state.status === 'saved' && state.saved.signed === true && ` ${t('exportScreen.saved.signed')}`}
        {state.status === 'saved' && state.saved.signed === false && ` ${t('exportScreen.saved.unsigned')}`}
        {state.status === 'error' && t('exportScreen.failed', { message: state.message })}
      </p>
      {state.status === 'saved' && (
        <div className={`${styles.noPrint} ${wizard.row}`}>
          <Button onClick={onShow}>{t('exportScreen.showInFolder')}</Button>
          {state.saved.canOpen && <Button onClick={onOpen}>{t('exportScreen.open')}</Button>}
          {state.followUp && <p role="alert">{t('exportScreen.openFailed', { message: state.followUp })}</p>}
        </div>
      )}
    </div>
  );
});
