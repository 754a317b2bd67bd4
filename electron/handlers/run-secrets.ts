/**
 * The password of a recent run, held in main memory only, so that "remember" can store
 * exactly the secret that just signed in successfully without the page sending it
 * again. Bounded in number and in time, and cleared once used: a password typed and
 * walked away from does not stay in memory for the rest of the session.
 */
const KEEP = 5;
const TTL_MS = 15 * 60_000;

export interface RunSecrets {
  put(runId: string, secret: string): void;
  get(runId: string): string | undefined;
  take(runId: string): string | undefined;
}

export interface RunSecretsOptions {
  now?: () => number;
  ttlMs?: number;
}

export function createRunSecrets({ now = Date.now, ttlMs = TTL_MS }: RunSecretsOptions = {}): RunSecrets {
  const secrets = new Map<string, { secret: string; at: number }>();
  const forgetExpired = () => {
    for (const [runId, entry] of secrets) if (now() - entry.at >= ttlMs) secrets.delete(runId);
  };
  return {
    put(runId, secret) {
      forgetExpired();
      secrets.set(runId, { secret, at: now() });
      while (secrets.size > KEEP) secrets.delete(secrets.keys().next().value as string);
    },
    get(runId) {
      forgetExpired();
      return secrets.get(runId)?.secret;
    },
    take(runId) {
      forgetExpired();
      const entry = secrets.get(runId);
      secrets.delete(runId);
      return entry?.secret;
    },
  };
}
