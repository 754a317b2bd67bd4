/** English messages: findings. Keys are stable ids; see shared/i18n/translate.ts. */
export const findings = {
} as const;
