/** English messages: export. Keys are stable ids; see shared/i18n/translate.ts. */
export const exportMessages = {
} as const;
