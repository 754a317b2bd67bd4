/**
 * Signs an Apple configuration profile: CMS SignedData (PKCS#7, DER) with the plist as
 * its content, the signer's certificate and the chain IT supplied, so iOS and macOS can
 * build the chain and show the profile as "Verified". node-forge does the PKCS#12 and
 * CMS work; the plist bytes inside are exactly the unsigned export's.
 */
import forge from 'node-forge';
import { t } from '../../shared/i18n';
import { formatDay } from '../../shared/i18n/intl-format';
import { err, ok, type Result } from '../../shared/result';

export interface SigningIdentity {
  /** The signer certificate's common name, shown to IT ("Signed as …"). */
  signer: string;
  notAfter: Date;
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
  /** The rest of the chain from the file, carried in the signature. */
  chain: forge.pki.Certificate[];
}

const OID = forge.pki.oids as Record<string, string>;
const KEY_BAG = OID.keyBag as string;
const SHROUDED_KEY_BAG = OID.pkcs8ShroudedKeyBag as string;
const CERT_BAG = OID.certBag as string;
const SHA256 = OID.sha256 as string;
const CONTENT_TYPE = OID.contentType as string;
const DATA = OID.data as string;
const MESSAGE_DIGEST = OID.messageDigest as string;
const SIGNING_TIME = OID.signingTime as string;

function commonName(cert: forge.pki.Certificate): string {
  const cn = cert.subject.getField('CN') as { value?: string } | null;
  return cn?.value ?? cert.subject.attributes.map((a) => `${a.shortName ?? a.name}=${String(a.value)}`).join(', ');
}

function samePublicKey(key: forge.pki.rsa.PrivateKey, cert: forge.pki.Certificate): boolean {
  const pub = cert.publicKey as forge.pki.rsa.PublicKey;
  return pub.n !== undefined && pub.n.equals(key.n) && pub.e.equals(key.e);
}

/**
 * Reads IT's PKCS#12 file. A file whose key is not protected by a password is refused:
 * the org defaults are readable by everyone, and so would be a key in the clear.
 */
export function readSigningIdentity(der: Uint8Array, password: string, now: Date = new Date()): Result<SigningIdentity> {
  if (password === '') return err('INVALID_INPUT', t('export.signing.no-password'));
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(der).toString('binary'))), true, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err('INVALID_INPUT', /MAC could not be verified|Invalid password/i.test(message) ? t('export.signing.wrong-password') : t('export.signing.unreadable', { reason: message }));
  }
  const plainKeys = p12.getBags({ bagType: KEY_BAG })[KEY_BAG] ?? [];
  if (plainKeys.length > 0) return err('INVALID_INPUT', t('export.signing.no-password'));
  const keyBag = (p12.getBags({ bagType: SHROUDED_KEY_BAG })[SHROUDED_KEY_BAG] ?? [])[0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key?.n) return err('INVALID_INPUT', t('export.signing.no-key'));
  const certs = (p12.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? []).flatMap((bag: forge.pkcs12.Bag) => (bag.cert ? [bag.cert] : []));
  const certificate = certs.find((cert: forge.pki.Certificate) => samePublicKey(key, cert));
  if (!certificate) return err('INVALID_INPUT', t('export.signing.no-certificate'));
  // An expired signer makes devices treat the profile as unsigned: better to say so now.
  if (certificate.validity.notAfter < now || certificate.validity.notBefore > now) {
    return err('INVALID_INPUT', t('export.signing.not-valid', { signer: commonName(certificate), until: formatDay(certificate.validity.notAfter.toISOString().slice(0, 10)) }));
  }
  return ok({ signer: commonName(certificate), notAfter: certificate.validity.notAfter, key, certificate, chain: certs.filter((cert: forge.pki.Certificate) => cert !== certificate) });
}

/** The profile text wrapped in CMS SignedData (attached content), as DER bytes. */
export function signProfile(profileText: string, identity: SigningIdentity, now: Date = new Date()): Uint8Array {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(profileText, 'utf8');
  p7.addCertificate(identity.certificate);
  for (const cert of identity.chain) p7.addCertificate(cert);
  p7.addSigner({
    key: identity.key,
    certificate: identity.certificate,
    digestAlgorithm: SHA256,
    authenticatedAttributes: [
      { type: CONTENT_TYPE, value: DATA },
      { type: MESSAGE_DIGEST },
      // forge takes a Date here although its types say string.
      { type: SIGNING_TIME, value: now as unknown as string },
    ],
  });
  p7.sign();
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}
