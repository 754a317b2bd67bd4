import { useId, type ReactNode } from 'react';
import styles from './Field.module.css';

/** What a form control gets from its Field: its id and the ids of its hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

export interface FieldProps {
  label: ReactNode;
  /** Read as the control's description, after its name. */
  hint?: ReactNode;
  /** Shown and described when present; marks the control invalid. */
  error?: ReactNode;
  /** Renders the input, select or textarea with the props it needs. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled control whose name is the label only; hint and error arrive as its description. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true } : {}) })}
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
