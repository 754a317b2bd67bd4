/**
 * Pure decisions behind the window guards in main.ts (Electron security checklist
 * items 12–14: navigation, new windows, openExternal), kept apart so they are unit
 * tested without Electron.
 */

/** Hosts the app may open in the person's browser: Microsoft help and sign-in pages only. */
export const EXTERNAL_HOST_ALLOW_LIST: readonly string[] = [
  'learn.microsoft.com',
  'support.microsoft.com',
  'admin.microsoft.com',
  'admin.exchange.microsoft.com',
  'security.microsoft.com',
  'entra.microsoft.com',
  'aka.ms',
  'techcommunity.microsoft.com',
];

/** True only for https URLs whose host is on the allow-list (exact match, no credentials, default port). */
export function isAllowedExternalUrl(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  return EXTERNAL_HOST_ALLOW_LIST.includes(url.hostname.toLowerCase());
}

/**
 * The renderer is a single page: any navigation away from the URL it was loaded
 * from (including in-app links that would reload) is refused.
 */
export function isAllowedNavigation(targetUrl: string, appUrl: string): boolean {
  try {
    const target = new URL(targetUrl);
    const app = new URL(appUrl);
    return target.origin === app.origin && target.pathname === app.pathname && target.protocol === app.protocol;
  } catch {
    return false;
  }
}

/** Whether an IPC request comes from the app's own page (file:// in production, the dev server in development). */
export function isAppPageUrl(senderUrl: string, appUrl: string): boolean {
  try {
    const sender = new URL(senderUrl);
    const app = new URL(appUrl);
    if (sender.protocol !== app.protocol) return false;
    return sender.protocol === 'file:' ? sender.pathname === app.pathname : sender.origin === app.origin;
  } catch {
    return false;
  }
}
