import type { ReactNode } from 'react';
import styles from './ActionBar.module.css';

/**
 * A screen's main buttons (Back, Continue, Start the test…), kept at the bottom of the
 * window while the content above scrolls, so the next step is always in view in a small
 * window. It follows the content in the tab order. In a very short window (200% zoom of
 * the smallest one) it goes back into the flow rather than cover most of the screen.
 */
export function ActionBar({ children }: { children: ReactNode }) {
  return (
    <div className={styles.bar} data-testid="action-bar">
      {children}
    </div>
  );
}
