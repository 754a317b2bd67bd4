import { TEXT_RULES } from './match-rules';

/** Codes worth picking out of free text (a pasted "connect ECONNREFUSED …"). */
export const KNOWN_ERROR_CODES: ReadonlySet<string> = new Set(TEXT_RULES.flatMap((rule) => rule.codes ?? []));
