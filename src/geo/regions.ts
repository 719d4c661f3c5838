/**
 * The catalogue of commercial regions the model knows, with their real Availability Zone
 * ids and their partition. AZ ids (`use1-az1`) name the same physical location in every
 * account; AZ names (`us-east-1a`) are per account (see `zones.ts`).
 *
 * A partition (`aws`, `aws-cn`, `aws-us-gov`) is a separate AWS: its principals and ARNs
 * (`arn:aws-cn:...`) mean nothing in another. Every region of the catalogue is in `aws`;
 * the China and GovCloud partitions are not modelled (their ARNs and DNS suffixes differ),
 * so a principal of those partitions is refused everywhere.
 *
 * @module
 */
import { ownValue } from '../core/own-key.js';

/** The AWS partitions: what the second field of an ARN names. */
export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

/** Every partition, for ARN syntax (`arn:<partition>:...`). */
export const PARTITIONS: readonly Partition[] = ['aws', 'aws-cn', 'aws-us-gov'];

/** One region of the catalogue. */
export interface RegionInfo {
  /** Region code, e.g. `us-east-1`. */
  name: string;
  /** The partition the region belongs to (`aws` for every commercial region). */
  partition: Partition;
  /** The AZ ids of the region, in AWS's numbering order. */
  zoneIds: readonly string[];
  /** Route 53 hosted zone id of `*.vpce.amazonaws.com` names in this region (`DnsEntries`). */
  vpceHostedZoneId: string;
  /** Canonical hosted zone id of Network Load Balancers in this region. */
  nlbHostedZoneId: string;
}

const region = (
  name: string,
  prefix: string,
  zoneNumbers: readonly number[],
  vpceHostedZoneId: string,
  nlbHostedZoneId: string,
): RegionInfo => ({
  name,
  partition: 'aws',
  zoneIds: zoneNumbers.map((n) => `${prefix}-az${n}`),
  vpceHostedZoneId,
  nlbHostedZoneId,
});

/** Every region in the catalogue, keyed by region code. */
export const REGIONS: Readonly<Record<string, RegionInfo>> = Object.freeze(
  Object.fromEntries(
    [
      region('us-east-1', 'use1', [1, 2, 3, 4, 5, 6], 'Z7HUB22UULQXV', 'Z26RNL4JYFTOTI'),
      region('us-east-2', 'use2', [1, 2, 3], 'ZC8PG0KIFKBRI', 'ZLMOA37VPKANP'),
      region('us-west-1', 'usw1', [1, 3], 'Z12I86A8N7VCZO', 'Z24FKFUX50B4VW'),
      region('us-west-2', 'usw2', [1, 2, 3, 4], 'Z1YSA3EXCYUU9Z', 'Z18D5FSROUN65G'),
      region('ca-central-1', 'cac1', [1, 2, 4], 'ZRCXCF510Y6P9', 'Z2EPGBW3API2WT'),
      region('eu-west-1', 'euw1', [1, 2, 3], 'Z38GZ743OKFT7T', 'Z2IFOLAFXWLO4F'),
      region('eu-west-2', 'euw2', [1, 2, 3], 'Z3KFJPGDAJGMKD', 'ZD4D7Y8KGAS4G'),
      region('eu-west-3', 'euw3', [1, 2, 3], 'Z1DWHTMFP0WECP', 'Z1CMS0P5QUZ6D5'),
      region('eu-central-1', 'euc1', [1, 2, 3], 'Z273ZU8SZ5RJPC', 'Z3F0SRJ5LGBH90'),
      region('eu-north-1', 'eun1', [1, 2, 3], 'Z3OWWK6JFDEDGC', 'Z1UDT6IFJ4EJM'),
      region('ap-southeast-1', 'apse1', [1, 2, 3], 'Z18LLCSTV4NVNL', 'ZKVM4W9LS7TM'),
      region('ap-southeast-2', 'apse2', [1, 2, 3], 'ZDK2GCRPAFKGO', 'ZCT6FZBF4DROD'),
      region('ap-northeast-1', 'apne1', [1, 2, 4], 'Z2E726K9Y6RL4W', 'Z31USIVHYNEOWT'),
      region('ap-south-1', 'aps1', [1, 2, 3], 'Z2KVTB3ZLFM7JR', 'ZVDDRBQ08TROA'),
      region('sa-east-1', 'sae1', [1, 2, 3], 'Z2LXUWEVLCVSU8', 'ZTK26PT1VY4CU'),
    ].map((r) => [r.name, Object.freeze(r)]),
  ),
);

/** The region record for `name`, or `undefined` if the catalogue lacks it. */
export function findRegion(name: unknown): RegionInfo | undefined {
  return ownValue(REGIONS, name);
}

/**
 * The partition of a region of the catalogue (`undefined` for a region it lacks).
 *
 * @example
 * partitionOf('us-east-1'); // 'aws'
 */
export function partitionOf(region: unknown): Partition | undefined {
  return findRegion(region)?.partition;
}

/** Region codes in the catalogue, sorted. */
export function regionNames(): string[] {
  return Object.keys(REGIONS).sort();
}

/** The region an AZ id belongs to (`use1-az4` -> `us-east-1`), or `undefined`. */
export function regionOfZoneId(zoneId: string): RegionInfo | undefined {
  for (const info of Object.values(REGIONS)) if (info.zoneIds.includes(zoneId)) return info;
  return undefined;
}
