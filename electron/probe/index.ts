/** The probe engine's public API (electron/ipc.ts, the CLI, discover and benchmarks use these). */
export { runProbe, type ProbeDeps } from './run-probe';
export { createProbeService, type ProbeService, type ProbeServiceDeps } from './probe-service';
export { checkProbeRequest, ProbeRequestError } from './validate-request';
export { formatProbeResult, type DescribeFinding } from './format-result';
export { DEFAULT_TIMEOUTS, resolveTimeouts, uniformTimeouts } from './timeouts';
export { planStages } from './stages';
export { redactRequest } from './redact-request';
export { diagnoseTls, type TlsObservation, type TlsDiagnosis } from './tls-diagnosis';
export type { Classify, ProbeClassifyContext } from './stage-recorder';
export type { Resolver } from './resolve-host';
