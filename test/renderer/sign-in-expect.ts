/**
 * How a sign-in failure reads on screen. Until the diagnosis catalogue has the `auth.oauth-*`
 * findings, the sign-in's own sentence (shared/i18n/en/oauth.ts); once it has them, the
 * catalogue's card for that finding. These checks follow whichever the catalogue holds, so
 * the same tests hold before and after that catalogue lands.
 */
import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import { isFindingId } from '../../shared/findings/ids';

export function expectFailureWords(findingId: string, sentence: string | RegExp): void {
  if (isFindingId(findingId)) expect(document.querySelector(`[data-finding="${findingId}"]`)).not.toBeNull();
  else expect(screen.getByText(sentence)).toBeInTheDocument();
}

/** Focus moved to the failure (its heading, or the catalogue card's group). */
export function expectFocusOnFailure(): void {
  expect(document.activeElement?.closest('[data-failure]')).not.toBeNull();
}
