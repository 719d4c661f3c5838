/**
 * Caller identity: the account, region and principal a request is made as. The default
 * principal is the account root, as when a caller uses root credentials.
 *
 * @module
 */
import { accountRootArn, parseArn } from './arn.js';
import { describeValue, errors } from './errors.js';
import { isAccountId } from './ids.js';
import { findRegion } from '../geo/regions.js';

/** Who is calling, as given to `cloud.ec2(identity)`. */
export interface Identity {
  /** 12-digit AWS account id. */
  accountId: string;
  /** Region code of the client, e.g. `us-east-1`. */
  region: string;
  /** IAM principal ARN; defaults to `arn:aws:iam::<accountId>:root`. */
  principalArn?: string;
}

/** A checked identity with its principal filled in. */
export interface Caller {
  readonly accountId: string;
  readonly region: string;
  readonly principalArn: string;
}

/**
 * Checks an identity: a 12-digit account, a region of the catalogue, a principal of that
 * account in the region's partition. Misuse here is a programming error of the caller, reported as a `CloudError`.
 *
 * @example
 * toCaller({ accountId: '111111111111', region: 'us-east-1' }).principalArn;
 * // 'arn:aws:iam::111111111111:root'
 */
export function toCaller(identity: unknown): Caller {
  if (typeof identity !== 'object' || identity === null) throw errors.unknownAccount(identity);
  const { accountId, region, principalArn } = identity as Record<string, unknown>;
  if (!isAccountId(accountId)) throw errors.unknownAccount(accountId);
  const info = findRegion(region);
  if (!info) {
    throw errors.invalidParameterValueMessage(
      `'${describeValue(region)}' is not a region the model knows: see the regions catalogue`,
    );
  }
  if (principalArn === undefined) return { accountId, region: info.name, principalArn: accountRootArn(accountId) };
  const arn = parseArn(principalArn);
  if (typeof principalArn !== 'string' || arn === undefined || arn.accountId !== accountId) {
    throw errors.invalidParameterValueMessage(
      `Principal '${describeValue(principalArn)}' is not an IAM principal ARN of account ${accountId}`,
    );
  }
  if (arn.partition !== info.partition) {
    throw errors.invalidParameterValueMessage(
      `Principal '${principalArn}' is of partition ${arn.partition}, region ${info.name} of partition ${info.partition}`,
    );
  }
  return { accountId, region: info.name, principalArn };
}
