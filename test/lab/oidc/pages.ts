/**
 * The lab provider's own pages: sign-in, consent and the device-code pages. Plain HTML with
 * inline style; nothing is fetched from anywhere (oidc-provider's development pages load
 * remote fonts, which the lab must never do).
 */
const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = 'body{font:16px system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:.75rem 0 .25rem}input{width:100%;padding:.4rem}button{margin:1rem .5rem 0 0;padding:.5rem 1rem}';

export function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE}</style></head><body><h1>${escape(title)}</h1>${body}</body></html>`;
}

export function loginPage(uid: string, loginHint: string | undefined, problem?: string): string {
  return page(
    'Lab sign-in',
    `${problem ? `<p role="alert">${escape(problem)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
  <label for="login">Email address</label><input id="login" name="login" autocomplete="username" value="${escape(loginHint ?? '')}">
  <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
  <button type="submit">Sign in</button>
  <button type="submit" formaction="/interaction/${escape(uid)}/abort">Cancel</button>
</form>`,
  );
}

export function consentPage(uid: string, clientName: string, scopes: string[]): string {
  return page(
    'Let this app send mail?',
    `<p>${escape(clientName)} asks for: ${scopes.map((s) => `<code>${escape(s)}</code>`).join(', ')}</p>
<form method="post" action="/interaction/${escape(uid)}/confirm">
  <button type="submit">Accept</button>
  <button type="submit" formaction="/interaction/${escape(uid)}/abort">Cancel</button>
</form>`,
  );
}

/** How Entra returns an error to a form_post client: a page that posts itself back. */
export function formPostPage(redirectUri: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Working…</title></head><body onload="document.forms[0].submit()"><form method="post" action="${escape(redirectUri)}">${inputs}<noscript><button type="submit">Continue</button></noscript></form></body></html>`;
}

export function deviceInputPage(form: string, problem: string | null): string {
  return page('Enter code', `${problem ? `<p role="alert">${escape(problem)}</p>` : '<p>Enter the code displayed on your device.</p>'}${form}<button type="submit" form="op.deviceInputForm">Next</button>`);
}

export function deviceConfirmPage(form: string, userCode: string): string {
  return page('Confirm the code', `<p>Is this the code on your device? <code>${escape(userCode)}</code></p>${form}<button type="submit" form="op.deviceConfirmForm">Continue</button>`);
}

export function deviceSuccessPage(): string {
  return page('You are signed in', '<p>You can close this window and go back to the app.</p>');
}
