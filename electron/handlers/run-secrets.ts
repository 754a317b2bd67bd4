/**
 * The password of a recent run, held in main memory only, so that "remember" can store
 * exactly the secret that just signed in successfully without the page sending it
 * again. Bounded and cleared once used.
 */
const KEEP = 5;

export interface RunSecrets {
  put(runId: string, secret: string): void;
  get(runId: string): string | undefined;
  take(runId: string): string | undefined;
}

export function createRunSecrets(): RunSecrets {
  const secrets = new Map<string, string>();
  return {
    put(runId, secret) {
      secrets.set(runId, secret);
      while (secrets.size > KEEP) secrets.delete(secrets.keys().next().value as string);
    },
    get: (runId) => secrets.get(runId),
    take(runId) {
      const secret = secrets.get(runId);
      secrets.delete(runId);
      return secret;
    },
  };
}
