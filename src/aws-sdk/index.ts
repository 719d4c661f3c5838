/**
 * `privatelink-model/aws-sdk`: serve real AWS SDK v3 clients from a modelled cloud,
 * in-process, with no network and no credentials.
 *
 * @example
 * import { EC2Client, DescribeAvailabilityZonesCommand } from '@aws-sdk/client-ec2';
 * import { createCloud } from 'privatelink-model';
 * import { attachClient, detachClient } from 'privatelink-model/aws-sdk';
 *
 * const cloud = createCloud({ seed: 1 });
 * const ec2 = attachClient(new EC2Client({ region: 'us-east-1' }), cloud, { accountId: '222222222222' });
 * await ec2.send(new DescribeAvailabilityZonesCommand({}));
 * detachClient(ec2);
 *
 * @module privatelink-model/aws-sdk
 */
export { attachClient, detachClient, MODEL_MIDDLEWARE_NAME } from './attach.js';
export type { AttachableClient, AttachOptions } from './attach.js';
export type { ModelResponseMetadata } from './metadata.js';
