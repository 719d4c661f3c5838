/**
 * `$metadata` for outputs and errors served by the model: what the SDK's deserializer and
 * retry middleware put there after one successful HTTP attempt, with a request id derived
 * from the world's seed and a per-cloud counter. The counter lives beside the cloud, never
 * in the world: request ids are not AWS resources and must not change snapshots.
 *
 * @module
 */
import type { Cloud } from '../cloud.js';
import { seededHex } from '../core/hash.js';

/**
 * The SDK v3 `ResponseMetadata` fields the model fills (`extendedRequestId` and `cfId`,
 * S3 and CloudFront headers, stay absent).
 *
 * @example
 * const { $metadata } = await ec2.send(new DescribeAvailabilityZonesCommand({}));
 * $metadata; // { httpStatusCode: 200, requestId: '…', attempts: 1, totalRetryDelay: 0 }
 */
export interface ModelResponseMetadata {
  httpStatusCode: number;
  requestId: string;
  attempts: 1;
  totalRetryDelay: 0;
}

const requestCounters = new WeakMap<Cloud, number>();

/**
 * The next request id for `cloud`, UUID-shaped like EC2's and ELBv2's: deterministic for a
 * seed and the number of SDK calls served so far by that cloud.
 *
 * @example
 * nextRequestId(createCloud({ seed: 1 })); // the same 8-4-4-4-12 hex string on every run
 */
export function nextRequestId(cloud: Cloud): string {
  const count = requestCounters.get(cloud) ?? 0;
  requestCounters.set(cloud, count + 1);
  const hex = seededHex(cloud.world.seed, `aws-sdk-request\u0000${count}`, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * `$metadata` of a response answered with `httpStatusCode` on the first attempt.
 *
 * @example
 * responseMetadata(cloud, 200); // { httpStatusCode: 200, requestId: '…', attempts: 1, totalRetryDelay: 0 }
 */
export function responseMetadata(cloud: Cloud, httpStatusCode: number): ModelResponseMetadata {
  return { httpStatusCode, requestId: nextRequestId(cloud), attempts: 1, totalRetryDelay: 0 };
}
