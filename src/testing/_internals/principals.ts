/**
 * The testing kit's own reading of endpoint service permissions, written apart from the
 * model's so the invariant checks do not trust the code they check: `*` covers everyone,
 * an account root covers every principal of the account in its partition, a user or role
 * only itself (and a role its STS sessions).
 *
 * @module
 */

/**
 * The 12-digit account of an `arn:<partition>:iam|sts::<account>:...` ARN, or `undefined`.
 *
 * @example
 * accountOfArn('arn:aws:iam::222222222222:role/app'); // '222222222222'
 */
export function accountOfArn(arn: string): string | undefined {
  const match = /^arn:[a-z-]+:(?:iam|sts)::(\d{12}):/.exec(arn);
  return match?.[1];
}

/** The partition of an ARN (`aws`, `aws-cn`...): a principal of one never covers another's. */
function partitionOfArn(arn: string): string | undefined {
  return /^arn:([a-z-]+):/.exec(arn)?.[1];
}

/** The role ARN behind an STS assumed-role session ARN. */
function roleOfSession(arn: string): string | undefined {
  const match = /^arn:([a-z-]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(arn);
  return match ? `arn:${match[1]}:iam::${match[2]}:role/${match[3]}` : undefined;
}

/**
 * Whether one allowed-principal entry covers `callerArn`.
 *
 * @example
 * entryCovers('arn:aws:iam::222222222222:root', 'arn:aws:iam::222222222222:role/app'); // true
 */
export function entryCovers(entry: string, callerArn: string): boolean {
  if (entry === '*' || entry === callerArn) return true;
  if (entry.endsWith(':root')) {
    const account = accountOfArn(entry);
    return account !== undefined && account === accountOfArn(callerArn) && partitionOfArn(entry) === partitionOfArn(callerArn);
  }
  return roleOfSession(callerArn) === entry;
}

/**
 * Whether any of `entries` covers `callerArn`.
 *
 * @example
 * principalsCover([...tableKeys(service.allowedPrincipals)], 'arn:aws:iam::222222222222:root');
 */
export function principalsCover(entries: Iterable<string>, callerArn: string): boolean {
  for (const entry of entries) if (entryCovers(entry, callerArn)) return true;
  return false;
}
