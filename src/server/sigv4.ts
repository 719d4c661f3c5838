/**
 * Who a request is from, read from its SigV4 credential scope
 * (`Authorization: AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/ec2/aws4_request, …`,
 * or `X-Amz-Credential` in a presigned query): the access key id selects the account (a
 * 12-digit one is that account, any other is the server's default account), the scope gives
 * the region and the service. Signatures are not verified: the model holds no secrets.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { isAccountId } from '../core/ids.js';
import type { Identity } from '../core/identity.js';

/**
 * A SigV4 credential scope: `<access key id>/<date>/<region>/<service>/aws4_request`.
 *
 * @example
 * const scope: CredentialScope = { accessKeyId: '111111111111', region: 'us-east-1', service: 'ec2' };
 */
export interface CredentialScope {
  readonly accessKeyId: string;
  readonly region: string;
  readonly service: string;
}

/** Reads `AKID/date/region/service/aws4_request`. */
function parseCredential(credential: string, where: string): CredentialScope {
  const parts = credential.split('/');
  const [accessKeyId, date, region, service, terminator] = parts;
  if (parts.length !== 5 || accessKeyId === undefined || accessKeyId === '' || date === undefined || !/^\d{8}$/.test(date) || region === undefined || region === '' || service === undefined || service === '' || terminator !== 'aws4_request') {
    throw errors.incompleteSignature(
      `${where}: the credential must have the form <access key id>/<YYYYMMDD>/<region>/<service>/aws4_request, got '${credential}'`,
    );
  }
  return { accessKeyId, region, service };
}

/**
 * The credential scope of a request: from its `Authorization` header, else from the
 * `X-Amz-Credential` parameter; `undefined` when the request is not signed.
 *
 * @throws CloudError `IncompleteSignature` for an `Authorization` header that is not
 * `AWS4-HMAC-SHA256 Credential=…`, or a malformed credential.
 *
 * @example
 * credentialScope('AWS4-HMAC-SHA256 Credential=111111111111/20260101/eu-west-1/ec2/aws4_request, SignedHeaders=host, Signature=0', undefined);
 * // { accessKeyId: '111111111111', region: 'eu-west-1', service: 'ec2' }
 */
export function credentialScope(authorization: string | undefined, queryCredential: string | undefined): CredentialScope | undefined {
  if (authorization !== undefined) {
    const match = /^AWS4-HMAC-SHA256\s+(?:.*[\s,])?Credential=([^,\s]+)/.exec(authorization.trim());
    if (match?.[1] === undefined) {
      throw errors.incompleteSignature(
        `Authorization header requires 'Credential' parameter. Authorization=${authorization.length > 100 ? `${authorization.slice(0, 100)}…` : authorization}`,
      );
    }
    return parseCredential(match[1], 'Authorization header');
  }
  return queryCredential === undefined ? undefined : parseCredential(queryCredential, 'X-Amz-Credential');
}

/** The server's identity rule: its default account and region. */
export interface IdentityDefaults {
  /** The account of any access key id that is not 12 digits, and of unsigned requests. */
  readonly defaultAccountId: string;
  /** The region of unsigned requests. */
  readonly defaultRegion: string;
}

/**
 * The identity a request calls as: a 12-digit access key id is that account, any other
 * access key id (and an unsigned request) the default account; the region is the scope's
 * (the default region for an unsigned request).
 *
 * @example
 * identityOf({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', region: 'eu-west-1', service: 'ec2' }, { defaultAccountId: '123456789012', defaultRegion: 'us-east-1' });
 * // { accountId: '123456789012', region: 'eu-west-1' }
 */
export function identityOf(scope: CredentialScope | undefined, defaults: IdentityDefaults): Identity {
  if (scope === undefined) return { accountId: defaults.defaultAccountId, region: defaults.defaultRegion };
  const accountId = isAccountId(scope.accessKeyId) ? scope.accessKeyId : defaults.defaultAccountId;
  return { accountId, region: scope.region };
}
