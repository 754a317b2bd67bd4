/** English messages: wizard. Keys are stable ids; see shared/i18n/translate.ts. */
export const wizard = {
} as const;
