/**
 * A publisher's own multi-tenant app registration, baked in at `vite build` from the
 * MSA_OAUTH_CLIENT_ID environment variable (vite.config.ts `define`). Empty when the build
 * had none, and always empty when the code runs unbuilt (tsx, tests): then the
 * organisation defaults must name the app, or sign-in says it is not set up.
 */
declare const __MSA_OAUTH_CLIENT_ID__: string | undefined;

export const BUILD_CLIENT_ID: string = typeof __MSA_OAUTH_CLIENT_ID__ === 'string' ? __MSA_OAUTH_CLIENT_ID__.trim() : '';
