import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ExportTarget } from '../../shared/contract';
import type { AccountInput } from '../../shared/export/export-account';
import { buildExport } from '../../shared/export/build-export';
import { getApi } from '../api';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import styles from '../wizard/Wizard.module.css';
import { EXPORT_CHOICES } from './export-choices';

type Saved = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; paths: string[] } | { status: 'error'; message: string };

export interface ExportScreenProps {
  account: AccountInput;
  /** The test to describe in the diagnostic report; without it the report is not offered. */
  runId?: string;
  onBack: () => void;
}

/** Carry the working settings into a mail app, print them, or send IT a report. */
export function ExportScreen({ account, runId, onBack }: ExportScreenProps) {
  const { t, tDynamic } = useT();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [appleTarget, setAppleTarget] = useState<'ios' | 'macos'>('ios');
  const [saved, setSaved] = useState<Record<string, Saved>>({});
  useEffect(() => headingRef.current?.focus(), []);

  // Notes are known before saving: the generators are pure shared code. Built once per
  // account and device, not on every render (a save status change re-renders the screen).
  const notes = useMemo(
    () =>
      Object.fromEntries(
        EXPORT_CHOICES.map((format) => {
          if (format === 'report') return [format, [] as string[]];
          const built = buildExport({ format: format === 'sheet-pdf' ? 'sheet' : format, account, appleTarget });
          return [format, built.ok ? built.value.notes : [built.error.message]];
        }),
      ) as Record<ExportTarget, string[]>,
    [account, appleTarget],
  );

  const save = async (format: ExportTarget) => {
    const api = getApi();
    if (!api) return;
    setSaved((s) => ({ ...s, [format]: { status: 'saving' } }));
    const result = await api.saveExport({ format, ...(format === 'report' ? { runId } : { account, appleTarget }) });
    const next: Saved = result.ok
      ? { status: 'saved', paths: result.value.paths }
      : result.error.code === 'CANCELLED'
        ? { status: 'idle' }
        : { status: 'error', message: result.error.message };
    setSaved((s) => ({ ...s, [format]: next }));
  };

  return (
    <div className={styles.step}>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('exportScreen.title')}
      </h1>
      <p className={styles.lead}>{t('exportScreen.lead', { address: account.address })}</p>
      <div className={styles.body}>
        {EXPORT_CHOICES.filter((format) => format !== 'report' || runId).map((format) => {
          const state = saved[format] ?? { status: 'idle' };
          return (
            <section key={format} className={styles.card} aria-labelledby={`${id}-${format}`} data-testid={`export-${format}`}>
              <h2 id={`${id}-${format}`} className={styles.label}>
                {tDynamic(`exportScreen.format.${format}.title`)}
              </h2>
              <p className={styles.hint}>{tDynamic(`exportScreen.format.${format}.hint`)}</p>
              {format === 'mobileconfig' && (
                <div className={styles.field}>
                  <label htmlFor={`${id}-apple`}>{t('exportScreen.appleTarget')}</label>
                  <select id={`${id}-apple`} className={styles.input} value={appleTarget} onChange={(event) => setAppleTarget(event.target.value as 'ios' | 'macos')}>
                    <option value="ios">{t('exportScreen.appleTarget.ios')}</option>
                    <option value="macos">{t('exportScreen.appleTarget.macos')}</option>
                  </select>
                </div>
              )}
              {notes[format].length > 0 && (
                <ul className={styles.hint}>
                  {notes[format].map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              )}
              <div className={styles.row}>
                <Button onClick={() => void save(format)} disabled={state.status === 'saving'} aria-describedby={`${id}-${format}`}>
                  {t('exportScreen.save')}
                </Button>
                <span role="status" aria-live="polite" className={styles.hint}>
                  {state.status === 'saved' && t('exportScreen.saved', { path: state.paths.join(', ') })}
                  {state.status === 'error' && t('exportScreen.failed', { message: state.message })}
                </span>
              </div>
            </section>
          );
        })}
      </div>
      <div className={styles.actions}>
        <Button onClick={onBack} className={styles.back}>
          {t('common.back')}
        </Button>
      </div>
    </div>
  );
}
