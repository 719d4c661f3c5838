import { DescribeAvailabilityZonesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachClient, detachClient, MODEL_MIDDLEWARE_NAME, type AttachableClient } from '../../src/aws-sdk/index.js';
import { CloudError, createCloud } from '../../src/index.js';
import { isolatedEc2Client } from './support.js';

const ACCOUNT = '222222222222';

/** AWS's answer to DescribeAvailabilityZones on the wire, for the detached client. */
const AWS_ANSWER =
  '<DescribeAvailabilityZonesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>from-aws</requestId>' +
  '<availabilityZoneInfo><item><zoneName>us-east-1a</zoneName><zoneId>use1-az9</zoneId></item></availabilityZoneInfo>' +
  '</DescribeAvailabilityZonesResponse>';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('attachClient lifecycle', () => {
  it('needs no credentials: the SDK never resolves any', async () => {
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE']) {
      vi.stubEnv(name, undefined);
    }
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/privatelink-model/credentials');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/privatelink-model/config');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    const plain = new EC2Client({ region: 'us-east-1' });
    // Without the model this client could not sign anything ...
    await expect(plain.config.credentials()).rejects.toThrow();
    // ... with it, it works.
    const ec2 = attachClient(new EC2Client({ region: 'us-east-1' }), createCloud({ seed: 1 }), { accountId: ACCOUNT });
    const { AvailabilityZones = [] } = await ec2.send(new DescribeAvailabilityZonesCommand({}));
    expect(AvailabilityZones).toHaveLength(6);
  });

  it('detachClient restores the client: its next command goes to its HTTP handler again', async () => {
    const requests: unknown[] = [];
    const client = new EC2Client({
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1,
      requestHandler: {
        handle: async (request: unknown) => {
          requests.push(request);
          return { response: { statusCode: 200, headers: { 'content-type': 'text/xml' }, body: new TextEncoder().encode(AWS_ANSWER) } };
        },
      },
    });
    attachClient(client, createCloud({ seed: 1 }), { accountId: ACCOUNT });
    expect((await client.send(new DescribeAvailabilityZonesCommand({}))).AvailabilityZones).toHaveLength(6);
    expect(requests).toHaveLength(0);

    expect(detachClient(client)).toBe(true);
    expect(detachClient(client)).toBe(false);
    const fromAws = await client.send(new DescribeAvailabilityZonesCommand({}));
    expect(requests).toHaveLength(1);
    expect(fromAws.AvailabilityZones?.map((z) => z.ZoneId)).toEqual(['use1-az9']);
  });

  it('attaching again replaces the attachment (new cloud, new account)', async () => {
    const client = isolatedEc2Client();
    const first = createCloud({ seed: 1 });
    const second = createCloud({ seed: 1, accounts: { '333333333333': { zones: { 'us-east-1': ['use1-az2'] } } } });
    attachClient(client, first, { accountId: ACCOUNT });
    attachClient(client, second, { accountId: '333333333333' });
    const { AvailabilityZones = [] } = await client.send(new DescribeAvailabilityZonesCommand({}));
    expect(AvailabilityZones.map((z) => z.ZoneId)).toEqual(['use1-az2']);
    expect(client.middlewareStack.identify().filter((entry) => entry.startsWith(MODEL_MIDDLEWARE_NAME))).toHaveLength(1);
  });

  it('checks the identity at once', () => {
    const cloud = createCloud({ seed: 1 });
    expect(() => attachClient(isolatedEc2Client(), cloud, { accountId: '12345' })).toThrow(CloudError);
    expect(() => attachClient(isolatedEc2Client(), cloud, { accountId: ACCOUNT, principalArn: 'arn:aws:iam::999999999999:root' })).toThrow(
      /is not an IAM principal ARN of account 222222222222/,
    );
  });

  it('refuses a client that is neither EC2 nor ELBv2', () => {
    const stranger: AttachableClient = {
      config: { region: async () => 'us-east-1', serviceId: 'S3' },
      middlewareStack: { add: () => undefined, remove: () => false },
    };
    expect(() => attachClient(stranger, createCloud(), { accountId: ACCOUNT })).toThrow(/Expected an EC2 client/);
  });
});
