/**
 * The i18n layer: every user-facing string lives in a message table keyed by a stable
 * id, so the text can be reviewed and translated without touching code. Interpolation
 * is `{name}`; unknown placeholders are left visible so a missing parameter shows up
 * in review rather than as an empty gap.
 */
export type MessageTable = Readonly<Record<string, string>>;
export type MessageParams = Readonly<Record<string, string | number>>;

export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function createTranslator<T extends MessageTable>(table: T) {
  return function t(key: keyof T & string, params?: MessageParams): string {
    const template = table[key];
    // A missing key is a bug; show the key rather than crash a screen or the CLI.
    return template === undefined ? key : format(template, params);
  };
}

/** For keys built at run time (finding ids, stage ids): checks the key exists. */
export function hasMessage(table: MessageTable, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}
