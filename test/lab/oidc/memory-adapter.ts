/**
 * oidc-provider's storage for one lab instance (its built-in memory adapter is shared by
 * every provider in the process). Keeps everything in one Map so the lab can revoke every
 * grant at once, as an admin who revokes sessions or a password reset would.
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

export interface LabStorage {
  adapterFor(model: string): Adapter;
  /** Destroys grants, refresh tokens and sessions; returns how many were removed. */
  revokeAll(): number;
}

export function createLabStorage(): LabStorage {
  const entries = new Map<string, Entry>();
  const key = (model: string, id: string) => `${model}:${id}`;
  const live = (k: string): AdapterPayload | undefined => {
    const entry = entries.get(k);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(k);
      return undefined;
    }
    return entry.payload;
  };
  const findWhere = (model: string, field: 'userCode' | 'uid', value: string) => {
    for (const [k] of entries) {
      if (!k.startsWith(`${model}:`)) continue;
      const payload = live(k);
      if (payload?.[field] === value) return payload;
    }
    return undefined;
  };

  return {
    adapterFor(model) {
      return {
        async upsert(id, payload, expiresIn) {
          entries.set(key(model, id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
        },
        async find(id) {
          return live(key(model, id));
        },
        async findByUserCode(userCode) {
          return findWhere(model, 'userCode', userCode);
        },
        async findByUid(uid) {
          return findWhere(model, 'uid', uid);
        },
        async consume(id) {
          const payload = live(key(model, id));
          if (payload) payload.consumed = Math.floor(Date.now() / 1000);
        },
        async destroy(id) {
          entries.delete(key(model, id));
        },
        async revokeByGrantId(grantId) {
          for (const [k, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(k);
        },
      };
    },
    revokeAll() {
      let removed = 0;
      for (const k of [...entries.keys()]) {
        if (/^(Grant|RefreshToken|Session|AccessToken):/.test(k)) {
          entries.delete(k);
          removed++;
        }
      }
      return removed;
    },
  };
}
