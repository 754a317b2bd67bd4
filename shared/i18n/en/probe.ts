/** English messages: probe. Keys are stable ids; see shared/i18n/translate.ts. */
export const probe = {
} as const;
