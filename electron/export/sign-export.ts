/**
 * Turns a built Apple profile into its signed form: the same plist, wrapped in CMS
 * SignedData. Other documents pass through untouched.
 */
import type { ExportDocument } from '../../shared/export/build-export';
import { signProfile, type SigningIdentity } from './profile-signing';

export function signExportDocument(doc: ExportDocument, identity: SigningIdentity, now?: Date): ExportDocument {
  if (doc.format !== 'mobileconfig') return doc;
  const der = signProfile(doc.main.content, identity, now);
  return { ...doc, main: { extension: 'mobileconfig', content: Buffer.from(der).toString('base64'), encoding: 'base64' } };
}
