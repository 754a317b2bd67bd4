/** The probe engine's public API (the runs service, the CLI, discover and the benchmarks use these). */
export { runProbe, ProbeRequestError, type ProbeDeps } from './run-probe';
export { redactRequest } from './redaction';
export { diagnoseTls, type TlsObservation, type TlsDiagnosis } from './tls-diagnosis';
export { systemResolver, type Resolver } from './connect';
export type { Classify, ProbeClassifyContext } from './recorder';
export { DEFAULT_TIMEOUTS, planStages, resolveTimeouts, uniformTimeouts } from '../../shared/stages';
