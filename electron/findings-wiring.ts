/**
 * The probe engine as the app, the CLI and discover run it: with the findings
 * catalogue's classifier, and the result's findings ordered by the catalogue's diagnosis
 * (its one answer first, so `findings[0]` is what the result page leads with). The one
 * place the catalogue is plugged in; the engine itself takes any classifier (tests pass
 * their own) and classifies nothing without one.
 */
import { classifyAll } from '../shared/findings';
import { probeFindingOrder } from '../shared/findings/diagnose-probe';
import type { ProbeDeps } from './probe';

export function withFindings(deps: ProbeDeps = {}): ProbeDeps {
  return { classify: classifyAll, orderFindings: probeFindingOrder, ...deps };
}
