import { useState } from 'react';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';

/** Copies text to the clipboard and says so (visibly and to screen readers). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span>
      <Button
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {label}
      </Button>
      <span role="status" aria-live="polite" className="copy-status">
        {state === 'copied' ? ` ${t('results.copied')}` : state === 'failed' ? ` ${t('results.copyFailed')}` : ''}
      </span>
    </span>
  );
}
