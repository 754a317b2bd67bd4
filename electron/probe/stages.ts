import { planStages as planForSecurity } from '../../shared/probe-plan';
import type { ProbeRequest, StageId } from '../../shared/types';

/** The wire-order plan lives in shared/ so the UI can lay out the timeline before the run. */
export function planStages(request: Pick<ProbeRequest, 'security'>): StageId[] {
  return planForSecurity(request.security);
}

/** Why a stage did not run; the key of its sentence in shared/i18n/en/probe.ts. */
export type SkipReason = 'earlier-failure' | 'cancelled' | 'no-credentials' | 'no-test-message';

export const SKIP_DETAIL: Readonly<Record<SkipReason, string>> = {
  'earlier-failure': 'not run: an earlier stage failed',
  cancelled: 'not run: cancelled',
  'no-credentials': 'not run: no credentials given',
  'no-test-message': 'not run: no test message requested',
};

