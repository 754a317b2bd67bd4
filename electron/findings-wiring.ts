/**
 * The probe engine as the app, the CLI and discover run it: with the findings
 * catalogue's classifier. The one place `classifyAll` is plugged in; the engine itself
 * takes any classifier (tests pass their own) and classifies nothing without one.
 */
import { classifyAll } from '../shared/findings';
import type { ProbeDeps } from './probe';

export function withFindings(deps: ProbeDeps = {}): ProbeDeps {
  return { classify: classifyAll, ...deps };
}
