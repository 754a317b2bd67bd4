/** English messages: settings. Keys are stable ids; see shared/i18n/translate.ts. */
export const settings = {
} as const;
