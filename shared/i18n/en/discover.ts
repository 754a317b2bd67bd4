/** English messages: discover. Keys are stable ids; see shared/i18n/translate.ts. */
export const discover = {
} as const;
