/**
 * The argument schema of every IPC channel. Kept apart from validation.ts, which
 * the profile schemas build on, so neither module imports the other.
 */
import { z } from 'zod';
import type { ChannelName, ChannelRequest } from './contract';
import { discoverRequestSchema } from './discovery';
import { MAIL_APPS } from './export/app-kinds';
import { EXPORT_FORMATS } from './export/export-formats';
import { LocaleSchema, OAuthAccountKeySchema, PresetIdSchema, ProfileInputSchema, ProfileSchema } from './profile';
import { addressSchema, hostSchema, probeRequestFields, senderRule } from './validation';

const runIdSchema = z.string().uuid();
const signInIdSchema = z.string().uuid();
const profileIdSchema = ProfileSchema.shape.id;
const noArgument = z.undefined() as z.ZodType<void>;

const [noAuth, passwordAuth] = probeRequestFields.shape.auth.options;
/**
 * What the page may send as a test's sign-in: nothing, a password, or the signed-in
 * Microsoft account by key. A token is refused by name: the page never has one.
 */
const pageAuthSchema = z.discriminatedUnion('method', [
  noAuth,
  passwordAuth,
  z.object({
    method: z.literal('oauth2'),
    account: OAuthAccountKeySchema,
    address: addressSchema,
    accessToken: z.never({ message: 'the page never sends a token: name the signed-in account instead' }).optional(),
  }),
]);

/**
 * One schema per channel; the registry refuses a channel without one. Services that
 * own richer rules (profiles, exports) validate again with their own schemas.
 */
export const REQUEST_SCHEMAS: { [K in ChannelName]: z.ZodType<ChannelRequest<K>> } = {
  'app:info': noArgument,
  'probe:start': probeRequestFields.extend({ auth: pageAuthSchema, runId: runIdSchema }).superRefine(senderRule) as z.ZodType<ChannelRequest<'probe:start'>>,
  'probe:cancel': z.object({ runId: runIdSchema }),
  'settings:startup': noArgument,
  'settings:locale': noArgument,
  'settings:set-locale': z.object({ locale: LocaleSchema.nullable() }),
  'profiles:list': noArgument,
  'profiles:save': z.object({
    profile: ProfileInputSchema,
    rememberFromRunId: runIdSchema.optional(),
    remember: z.boolean().optional(),
  }) as z.ZodType<ChannelRequest<'profiles:save'>>,
  'profiles:rename': z.object({ id: profileIdSchema, name: ProfileSchema.shape.name }),
  'profiles:delete': z.object({ id: profileIdSchema }),
  'profiles:forget-all': noArgument,
  'profiles:retest': z.object({ id: profileIdSchema, runId: runIdSchema.optional() }),
  'vault:has': z.object({ address: addressSchema }),
  'vault:delete': z.object({ address: addressSchema }),
  'discover:check-domain': z.object({ domain: z.union([hostSchema, addressSchema]) }),
  'discover:run': discoverRequestSchema as z.ZodType<ChannelRequest<'discover:run'>>,
  // ---- exports per mail app (additive) ----
  'export:capabilities': noArgument,
  'export:save-file': z.object({
    target: z.enum([...EXPORT_FORMATS, 'sheet-pdf']),
    // The exporters validate the account field by field, with messages per field.
    account: z.record(z.string(), z.unknown()).optional(),
    appleTarget: z.enum(['ios', 'macos']).optional(),
    app: z.enum(MAIL_APPS).optional(),
    runId: runIdSchema.optional(),
  }) as z.ZodType<ChannelRequest<'export:save-file'>>,
  'export:check-outlook': z.object({ address: addressSchema }),
  'export:show-in-folder': z.object({ savedId: z.string().uuid() }),
  'export:open': z.object({ savedId: z.string().uuid() }),
  'oauth:status': z.object({ presetId: PresetIdSchema.optional() }),
  'oauth:sign-in': z.object({
    signInId: signInIdSchema,
    presetId: PresetIdSchema.optional(),
    flow: z.enum(['browser', 'device-code']),
    loginHint: addressSchema.optional(),
  }),
  'oauth:cancel': z.object({ signInId: signInIdSchema }),
  'oauth:sign-out': z.object({ account: OAuthAccountKeySchema }),
};
