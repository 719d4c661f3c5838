/**
 * AWS-managed prefix lists of the gateway services (`DescribePrefixLists`): one per gateway
 * service of the catalogue per region, named after the service
 * (`com.amazonaws.us-east-1.s3`), with the service's public address ranges. A gateway
 * endpoint routes to them; security groups and route tables name them by id.
 *
 * For `us-east-1` and `us-west-2` the ids are AWS's published ones and the CIDRs those AWS
 * published for them (both recalled from AWS's documentation and widely used templates; not
 * checked against a live account, and AWS changes the CIDRs over time). Every other region
 * gets a deterministic id (`pl-` + 8 hex from the region and service) and one plausible
 * /16 range derived the same way: stand-ins, not AWS's values.
 *
 * @module
 */
import { hashString, hexDigest } from '../core/hash.js';
import { findRegion } from '../geo/regions.js';
import { AWS_SERVICES } from './catalogue.js';
import { awsServiceName } from './lookup.js';

/** One AWS-managed prefix list. */
export interface AwsPrefixList {
  PrefixListId: string;
  /** `com.amazonaws.<region>.<service>`. */
  PrefixListName: string;
  Cidrs: readonly string[];
}

/** AWS's own prefix lists, where known: region -> service -> id and CIDRs. */
const KNOWN: Readonly<Record<string, Readonly<Record<string, { id: string; cidrs: readonly string[] }>>>> = {
  'us-east-1': {
    s3: { id: 'pl-63a5400a', cidrs: ['3.5.0.0/19', '16.182.0.0/16', '18.34.0.0/19', '18.34.232.0/21', '52.216.0.0/15', '54.231.0.0/16'] },
    dynamodb: { id: 'pl-02cd2c6b', cidrs: ['3.218.180.0/23', '3.218.182.0/24', '52.94.0.0/22', '52.119.224.0/20'] },
  },
  'us-west-2': {
    s3: { id: 'pl-68a54001', cidrs: ['3.5.76.0/22', '3.5.80.0/21', '18.34.48.0/20', '18.34.244.0/22', '52.92.128.0/17', '52.218.128.0/17'] },
    dynamodb: { id: 'pl-00a54069', cidrs: ['35.71.99.0/24', '52.94.8.0/24', '52.119.240.0/21'] },
  },
};

function prefixListOf(region: string, service: string): AwsPrefixList {
  const known = KNOWN[region]?.[service];
  const name = awsServiceName(region, service);
  if (known !== undefined) return { PrefixListId: known.id, PrefixListName: name, Cidrs: known.cidrs };
  const key = `prefix-list\u0000${region}\u0000${service}`;
  return { PrefixListId: `pl-${hexDigest(key, 8)}`, PrefixListName: name, Cidrs: [`52.${hashString(key) % 256}.0.0/16`] };
}

/**
 * The AWS-managed prefix lists of a region, sorted by id (none for a region the catalogue
 * lacks).
 *
 * @example
 * awsPrefixLists('us-east-1').map((p) => p.PrefixListName); // ['com.amazonaws.us-east-1.dynamodb', 'com.amazonaws.us-east-1.s3']
 */
export function awsPrefixLists(region: string): AwsPrefixList[] {
  if (findRegion(region) === undefined) return [];
  return AWS_SERVICES.filter((s) => s.types.includes('Gateway'))
    .map((s) => prefixListOf(region, s.name))
    .sort((a, b) => (a.PrefixListId < b.PrefixListId ? -1 : a.PrefixListId > b.PrefixListId ? 1 : 0));
}
