import type { FactTable } from './fact';

/** Facts about Microsoft sign-in (OAuth 2.0): authorities, scopes, app registration, sovereign clouds. */
export const SIGN_IN_FACTS: FactTable = [];
