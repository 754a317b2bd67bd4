import { useEffect, useId, useRef, useState } from 'react';
import type { Result } from '../../shared/result';
import { outlookCheckWords, type OutlookSetupCheck } from '../../shared/export/outlook-check';
import { getApi } from '../api';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import wizard from '../wizard/Wizard.module.css';
import styles from './Export.module.css';

type CheckState = { status: 'idle' } | { status: 'checking' } | { status: 'done'; check: OutlookSetupCheck } | { status: 'error'; message: string };

/** Asks main whether Outlook's own set-up will find the mailbox; runs once by itself when online. */
export function OutlookCheckCard({ address, online }: { address: string; online: boolean }) {
  const { t } = useT();
  const id = useId();
  // Automatically only when online: offline it would only say "offline", which the banner says already.
  const [state, setState] = useState<CheckState>(() => (online && getApi() ? { status: 'checking' } : { status: 'idle' }));
  const resultRef = useRef<HTMLDivElement>(null);

  const toState = (result: Result<OutlookSetupCheck>): CheckState => (result.ok ? { status: 'done', check: result.value } : { status: 'error', message: result.error.message });

  useEffect(() => {
    const api = getApi();
    if (!api || !online) return;
    let live = true;
    void api.checkOutlookSetup({ address }).then((result) => {
      if (live) setState(toState(result));
    });
    return () => {
      live = false;
    };
  }, [online, address]);

  const runAgain = async () => {
    const api = getApi();
    if (!api) return;
    setState({ status: 'checking' });
    setState(toState(await api.checkOutlookSetup({ address })));
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const words =
    state.status === 'done'
      ? outlookCheckWords(state.check)
      : state.status === 'checking'
        ? [t('export.outlook-check.checking')]
        : state.status === 'error'
          ? [t('export.outlook-check.failed', { reason: state.message })]
          : [online ? t('exportScreen.check.notRun') : t('export.outlook-check.offline')];

  return (
    <section className={`${wizard.card} ${styles.section} ${styles.check} ${styles.noPrint}`} aria-labelledby={`${id}-title`} data-testid="outlook-check" data-status={state.status === 'done' ? state.check.status : state.status}>
      <h3 id={`${id}-title`}>{t('exportScreen.check.heading')}</h3>
      <div ref={resultRef} tabIndex={-1} role="status" aria-live="polite" className={styles.result}>
        {words.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div>
        <Button onClick={() => void runAgain()} disabled={state.status === 'checking'} aria-describedby={`${id}-title`}>
          {state.status === 'idle' ? t('exportScreen.check.run') : t('exportScreen.check.again')}
        </Button>
      </div>
    </section>
  );
}
