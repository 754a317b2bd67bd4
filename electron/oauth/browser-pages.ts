/**
 * The pages the person's own browser shows when MSAL's loopback server receives the
 * sign-in answer. Self-contained (inline style, no scripts, fonts or images from anywhere),
 * in the person's words, light and dark like the app.
 */
import { activeLocale, t } from '../../shared/i18n';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = [
  ':root{color-scheme:light dark;--bg:#f6f7f9;--card:#fff;--text:#1b1f24;--muted:#4a5360;--accent:#0b5cad}',
  '@media (prefers-color-scheme:dark){:root{--bg:#15181c;--card:#1f242a;--text:#eef1f4;--muted:#b8c0ca;--accent:#7fb6ff}}',
  'body{margin:0;min-height:100vh;display:grid;place-items:center;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}',
  'main{max-width:32rem;margin:1rem;padding:2rem;background:var(--card);border-radius:12px;box-shadow:0 1px 4px rgb(0 0 0/.15)}',
  'h1{margin:0 0 .5rem;font-size:1.4rem}p{margin:.5rem 0;color:var(--muted)}.app{font-weight:600;color:var(--accent)}',
].join('');

function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${activeLocale()}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing on these pages may load anything: the loopback server answers only "/".
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
    `<title>${escape(title)}</title><style>${STYLE}</style></head>`,
    `<body><main><p class="app">${escape(t('oauth.page.app-name'))}</p><h1>${escape(title)}</h1><p>${escape(body)}</p></main></body></html>`,
  ].join('\n');
}

export const successPage = (): string => page(t('oauth.page.success.title'), t('oauth.page.success.body'));
export const errorPage = (): string => page(t('oauth.page.error.title'), t('oauth.page.error.body'));
