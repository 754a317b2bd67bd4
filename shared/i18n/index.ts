import { en, type MessageKey } from './en';
import { createTranslator, hasMessage, type MessageParams } from './translate';

export type { MessageKey } from './en';
export type { MessageParams, MessageTable } from './translate';
export { format, createTranslator, hasMessage } from './translate';

export type Locale = 'en';
export const messages: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en };

/** Translate with the English table (the only locale so far). */
export const t = createTranslator(en);

/** Translate a key built at run time, e.g. `finding.${id}.title`; falls back to the key. */
export function tDynamic(key: string, params?: MessageParams): string {
  return hasMessage(en, key) ? t(key as MessageKey, params) : key;
}
