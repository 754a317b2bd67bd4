import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Focus for what an action brought up (a result heading, a saved notice, an export result):
 * call `focusAfter()` with the state change that shows it, and focus moves to the element
 * given `ref` once React has rendered it. Without this, focus falls to the page body when
 * the pressed button goes away. The target should have tabIndex={-1}. `ref` is a callback,
 * so one hook can serve whichever of several elements is rendered (saved, or failed).
 */
export function useFocusAfterAction() {
  const target = useRef<HTMLElement | null>(null);
  // A counter, so the same action twice still moves focus.
  const [requested, setRequested] = useState(0);
  useEffect(() => {
    if (requested > 0) target.current?.focus();
  }, [requested]);
  const ref = useCallback((element: HTMLElement | null) => {
    target.current = element;
  }, []);
  const focusAfter = useCallback(() => setRequested((n) => n + 1), []);
  return { ref, focusAfter };
}
