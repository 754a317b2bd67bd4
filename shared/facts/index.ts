import type { Fact } from './fact';
import { MAIL_APP_FACTS } from './mail-apps';
import { SERVICE_FACTS } from './service';
import { SIGN_IN_FACTS } from './sign-in';

export type { Fact, FactTable } from './fact';

/** Every fact the app states, one table per area (see ./fact.ts). */
export const FACTS: readonly Fact[] = [...SERVICE_FACTS, ...SIGN_IN_FACTS, ...MAIL_APP_FACTS];

const BY_ID = new Map(FACTS.map((fact) => [fact.id, fact]));

/** The fact with this id; throws for an unknown id, which is a bug the tests catch. */
export function fact(id: string): Fact {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown fact "${id}"`);
  return found;
}
