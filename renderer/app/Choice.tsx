import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import styles from './Choice.module.css';

export interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'children'> {
  type: 'radio' | 'checkbox';
  label: ReactNode;
  /** Read after the name, as its description; never part of the name. */
  hint?: ReactNode;
  /** A card (a choice among a few), or a line (a checkbox in a form). */
  look?: 'card' | 'line';
}

/**
 * A radio or checkbox whose accessible name is its label only: the hint is wired with
 * aria-describedby, so a screen reader says "Sign in with Microsoft, radio button" and
 * then the hint, instead of reading the whole card as the name. The whole card is the
 * click target (a <label>).
 */
export function Choice({ type, label, hint, look = type === 'radio' ? 'card' : 'line', className, ...input }: ChoiceProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, input['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <label className={[styles[look], className].filter(Boolean).join(' ')} data-selected={input.checked === true}>
      <input {...input} type={type} aria-labelledby={`${id}-label`} aria-describedby={describedBy} />
      <span className={styles.text}>
        <span id={`${id}-label`} className={look === 'card' ? styles.title : undefined}>
          {label}
        </span>
        {hint && (
          <span id={`${id}-hint`} className={styles.hint}>
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}
