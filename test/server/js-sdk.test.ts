/**
 * The JS SDK v3 pointed at the server's URL (real HTTP, real serialisation, signing and XML
 * parsing by the SDK): the whole provider/consumer flow, NLB and target group through
 * `ElasticLoadBalancingV2Client`, each answer compared with what `attachClient` answers on a
 * twin cloud of the same seed, and errors arriving as the SDK's typed exceptions.
 */
import {
  AcceptVpcEndpointConnectionsCommand,
  CreateSubnetCommand,
  CreateTagsCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  CreateVpcEndpointServiceConfigurationCommand,
  DeleteVpcCommand,
  DescribeAvailabilityZonesCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointConnectionsCommand,
  DescribeVpcEndpointServiceConfigurationsCommand,
  DescribeVpcEndpointServicesCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  EC2Client,
  EC2ServiceException,
  ModifyVpcEndpointServicePermissionsCommand,
  DescribeVpcEndpointServicePermissionsCommand,
  CreateSecurityGroupCommand,
  AuthorizeSecurityGroupIngressCommand,
  DescribeSecurityGroupsCommand,
  DescribeNetworkInterfacesCommand,
} from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  LoadBalancerNotFoundException,
  ModifyLoadBalancerAttributesCommand,
  RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud } from '../../src/index.js';
import { serve, type ModelServer } from '../../src/server/index.js';

const PROVIDER = '111111111111';
const CONSUMER = '222222222222';
const REGION = 'us-east-1';
const ACCOUNTS = {
  [PROVIDER]: { zones: { [REGION]: ['use1-az4', 'use1-az6', 'use1-az1'] } },
  [CONSUMER]: { zones: { [REGION]: ['use1-az1', 'use1-az2', 'use1-az4'] } },
};

const credentials = (accountId: string) => ({ accessKeyId: accountId, secretAccessKey: 'not-checked' });

/** What an output carries apart from `$metadata` (request ids differ between the two paths). */
const body = (output: object): Record<string, unknown> => {
  const { $metadata: _metadata, ...rest } = output as Record<string, unknown>;
  return rest;
};

interface Side {
  ec2: EC2Client;
  elb: ElasticLoadBalancingV2Client;
}

describe('the JS SDK v3 over HTTP', () => {
  let server: ModelServer;
  const http: Record<string, Side> = {};
  const attached: Record<string, Side> = {};

  beforeAll(async () => {
    server = await serve({ port: 0, cloud: createCloud({ seed: 7, accounts: ACCOUNTS }) });
    const twin = createCloud({ seed: 7, accounts: ACCOUNTS });
    for (const account of [PROVIDER, CONSUMER]) {
      const config = { endpoint: server.url, region: REGION, credentials: credentials(account), maxAttempts: 1 };
      http[account] = { ec2: new EC2Client(config), elb: new ElasticLoadBalancingV2Client(config) };
      attached[account] = {
        ec2: attachClient(new EC2Client({ region: REGION }), twin, { accountId: account }),
        elb: attachClient(new ElasticLoadBalancingV2Client({ region: REGION }), twin, { accountId: account }),
      };
    }
  });

  afterAll(async () => {
    await server.close();
  });

  /** Sends `command` over HTTP and to the twin; the two answers must be equal. */
  async function both<T extends object>(account: string, client: keyof Side, command: object): Promise<T> {
    const over = http[account]?.[client];
    const twin = attached[account]?.[client];
    if (over === undefined || twin === undefined) throw new Error('no client');
    const send = (c: EC2Client | ElasticLoadBalancingV2Client) => (c.send as (command: object) => Promise<T>)(command);
    const [viaHttp, viaAttach] = await Promise.all([send(over), send(twin)]);
    expect(body(viaHttp)).toEqual(body(viaAttach));
    expect((viaHttp as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(200);
    return viaHttp;
  }

  it('runs the provider/consumer flow, with NLB and target group, as attachClient answers it', async () => {
    const zones = await both<{ AvailabilityZones?: { ZoneName?: string }[] }>(PROVIDER, 'ec2', new DescribeAvailabilityZonesCommand({}));
    expect(zones.AvailabilityZones?.length).toBeGreaterThan(2);

    const pVpc = await both<{ Vpc?: { VpcId?: string } }>(
      PROVIDER,
      'ec2',
      new CreateVpcCommand({ CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'provider <&> "vpc"' }] }] }),
    );
    const pVpcId = pVpc.Vpc?.VpcId ?? '';
    const pSubnets: string[] = [];
    for (const [i, zone] of ['us-east-1a', 'us-east-1b'].entries()) {
      const s = await both<{ Subnet?: { SubnetId?: string } }>(PROVIDER, 'ec2', new CreateSubnetCommand({ VpcId: pVpcId, CidrBlock: `10.0.${i}.0/24`, AvailabilityZone: zone }));
      pSubnets.push(s.Subnet?.SubnetId ?? '');
    }
    const sg = await both<{ GroupId?: string }>(PROVIDER, 'ec2', new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'web', VpcId: pVpcId }));
    await both(PROVIDER, 'ec2', new AuthorizeSecurityGroupIngressCommand({
      GroupId: sg.GroupId ?? '',
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8', Description: 'internal' }] }],
    }));
    await both(PROVIDER, 'ec2', new DescribeSecurityGroupsCommand({ GroupIds: [sg.GroupId ?? ''] }));

    const lb = await both<{ LoadBalancers?: { LoadBalancerArn?: string; CreatedTime?: Date }[] }>(
      PROVIDER,
      'elb',
      new CreateLoadBalancerCommand({ Name: 'api', Type: 'network', Scheme: 'internal', Subnets: pSubnets, Tags: [{ Key: 'team', Value: 'core' }] }),
    );
    const lbArn = lb.LoadBalancers?.[0]?.LoadBalancerArn ?? '';
    expect(lb.LoadBalancers?.[0]?.CreatedTime).toBeInstanceOf(Date);
    const tg = await both<{ TargetGroups?: { TargetGroupArn?: string }[] }>(
      PROVIDER,
      'elb',
      new CreateTargetGroupCommand({ Name: 'api', Protocol: 'TCP', Port: 8080, VpcId: pVpcId, TargetType: 'ip' }),
    );
    const tgArn = tg.TargetGroups?.[0]?.TargetGroupArn ?? '';
    await both(PROVIDER, 'elb', new RegisterTargetsCommand({ TargetGroupArn: tgArn, Targets: [{ Id: '10.0.0.10', Port: 8080 }, { Id: '10.0.1.10' }] }));
    await both(PROVIDER, 'elb', new CreateListenerCommand({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] }));
    await both(PROVIDER, 'elb', new DescribeListenersCommand({ LoadBalancerArn: lbArn }));
    await both(PROVIDER, 'elb', new DescribeTargetGroupsCommand({ LoadBalancerArn: lbArn }));
    const health = await both<{ TargetHealthDescriptions?: unknown[] }>(PROVIDER, 'elb', new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
    expect(health.TargetHealthDescriptions).toHaveLength(2);
    await both(PROVIDER, 'elb', new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: lbArn, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] }));
    await both(PROVIDER, 'elb', new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: lbArn }));
    const tags = await both<{ TagDescriptions?: { Tags?: { Key?: string }[] }[] }>(PROVIDER, 'elb', new DescribeTagsCommand({ ResourceArns: [lbArn] }));
    expect(tags.TagDescriptions?.[0]?.Tags?.[0]?.Key).toBe('team');
    await both(PROVIDER, 'elb', new DescribeLoadBalancersCommand({}));

    const service = await both<{ ServiceConfiguration?: { ServiceId?: string; ServiceName?: string; AcceptanceRequired?: boolean } }>(
      PROVIDER,
      'ec2',
      new CreateVpcEndpointServiceConfigurationCommand({ NetworkLoadBalancerArns: [lbArn], AcceptanceRequired: true }),
    );
    const serviceId = service.ServiceConfiguration?.ServiceId ?? '';
    const serviceName = service.ServiceConfiguration?.ServiceName ?? '';
    expect(service.ServiceConfiguration?.AcceptanceRequired).toBe(true);
    await both(PROVIDER, 'ec2', new ModifyVpcEndpointServicePermissionsCommand({ ServiceId: serviceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] }));
    await both(PROVIDER, 'ec2', new DescribeVpcEndpointServicePermissionsCommand({ ServiceId: serviceId }));
    await both(PROVIDER, 'ec2', new DescribeVpcEndpointServiceConfigurationsCommand({ ServiceIds: [serviceId] }));

    const cVpc = await both<{ Vpc?: { VpcId?: string } }>(CONSUMER, 'ec2', new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' }));
    const cVpcId = cVpc.Vpc?.VpcId ?? '';
    for (const [i, zone] of ['us-east-1a', 'us-east-1b', 'us-east-1c'].entries()) {
      await both(CONSUMER, 'ec2', new CreateSubnetCommand({ VpcId: cVpcId, CidrBlock: `10.1.${i}.0/24`, AvailabilityZone: zone }));
    }
    const offered = await both<{ ServiceDetails?: unknown[] }>(CONSUMER, 'ec2', new DescribeVpcEndpointServicesCommand({ ServiceNames: [serviceName] }));
    expect(offered.ServiceDetails).toHaveLength(1);
    const subnets = await both<{ Subnets?: { SubnetId?: string }[] }>(CONSUMER, 'ec2', new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [cVpcId] }, { Name: 'availability-zone', Values: ['us-east-1c'] }] }));
    expect(subnets.Subnets).toHaveLength(1); // the consumer's us-east-1c is the provider's us-east-1a (use1-az4)
    const endpoint = await both<{ VpcEndpoint?: { VpcEndpointId?: string; State?: string; CreationTimestamp?: Date } }>(
      CONSUMER,
      'ec2',
      new CreateVpcEndpointCommand({
        VpcEndpointType: 'Interface',
        VpcId: cVpcId,
        ServiceName: serviceName,
        SubnetIds: (subnets.Subnets ?? []).map((s) => s.SubnetId ?? ''),
        TagSpecifications: [{ ResourceType: 'vpc-endpoint', Tags: [{ Key: 'app', Value: 'x' }] }],
      }),
    );
    const endpointId = endpoint.VpcEndpoint?.VpcEndpointId ?? '';
    expect(endpoint.VpcEndpoint?.State).toBe('pendingAcceptance');
    expect(endpoint.VpcEndpoint?.CreationTimestamp).toBeInstanceOf(Date);

    const pending = await both<{ VpcEndpointConnections?: { VpcEndpointState?: string }[] }>(PROVIDER, 'ec2', new DescribeVpcEndpointConnectionsCommand({}));
    expect(pending.VpcEndpointConnections?.[0]?.VpcEndpointState).toBe('pendingAcceptance');
    const accepted = await both<{ Unsuccessful?: unknown[] }>(PROVIDER, 'ec2', new AcceptVpcEndpointConnectionsCommand({ ServiceId: serviceId, VpcEndpointIds: [endpointId] }));
    expect(accepted.Unsuccessful).toEqual([]);
    const after = await both<{ VpcEndpoints?: { State?: string; Tags?: { Key?: string }[] }[] }>(CONSUMER, 'ec2', new DescribeVpcEndpointsCommand({ VpcEndpointIds: [endpointId] }));
    expect(after.VpcEndpoints?.[0]?.State).toBe('available');
    expect(after.VpcEndpoints?.[0]?.Tags).toEqual([{ Key: 'app', Value: 'x' }]);
    await both(CONSUMER, 'ec2', new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'vpc-id', Values: [cVpcId] }] }));
    await both(CONSUMER, 'ec2', new CreateTagsCommand({ Resources: [cVpcId], Tags: [{ Key: 'env', Value: '' }] }));
    const vpcs = await both<{ Vpcs?: { Tags?: unknown[] }[] }>(CONSUMER, 'ec2', new DescribeVpcsCommand({ Filters: [{ Name: 'tag-key', Values: ['env'] }] }));
    expect(vpcs.Vpcs?.[0]?.Tags).toEqual([{ Key: 'env', Value: '' }]);
    // Paging: MaxResults and NextToken round-trip.
    const page = await both<{ Subnets?: unknown[]; NextToken?: string }>(CONSUMER, 'ec2', new DescribeSubnetsCommand({ MaxResults: 5 }));
    expect(page.Subnets).toHaveLength(3);
  });

  it('answers errors as the SDK’s typed exceptions with the AWS code and HTTP status', async () => {
    const ec2 = http[CONSUMER]?.ec2;
    const elb = http[CONSUMER]?.elb;
    if (ec2 === undefined || elb === undefined) throw new Error('no client');
    const vpcError = await ec2.send(new DeleteVpcCommand({ VpcId: 'vpc-0123456789abcdef0' })).catch((e: unknown) => e);
    expect(vpcError).toBeInstanceOf(EC2ServiceException);
    expect(vpcError).toMatchObject({ name: 'InvalidVpcID.NotFound', message: "The vpc ID 'vpc-0123456789abcdef0' does not exist", $metadata: { httpStatusCode: 400 } });
    const lbError = await elb.send(new DescribeLoadBalancersCommand({ Names: ['missing'] })).catch((e: unknown) => e);
    expect(lbError).toBeInstanceOf(LoadBalancerNotFoundException);
    expect(lbError).toMatchObject({ name: 'LoadBalancerNotFoundException', Code: 'LoadBalancerNotFound', $metadata: { httpStatusCode: 400 } });
    const serviceError = await ec2.send(new DescribeVpcEndpointServiceConfigurationsCommand({ ServiceIds: ['vpce-svc-0123456789abcdef0'] })).catch((e: unknown) => e);
    expect(serviceError).toMatchObject({ name: 'InvalidVpcEndpointServiceId.NotFound' });
  });

  it('takes the region from the credential scope and the account from the access key id', async () => {
    const west = new EC2Client({ endpoint: server.url, region: 'eu-west-1', credentials: credentials(CONSUMER), maxAttempts: 1 });
    const { AvailabilityZones = [] } = await west.send(new DescribeAvailabilityZonesCommand({}));
    expect(AvailabilityZones.every((z) => z.RegionName === 'eu-west-1')).toBe(true);
    const other = new EC2Client({ endpoint: server.url, region: REGION, credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1 });
    await other.send(new CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }));
    const defaults = server.host.cloud.ec2({ accountId: '123456789012', region: REGION }).describeVpcs({}).Vpcs;
    expect(defaults.map((v) => v.CidrBlock)).toEqual(['10.9.0.0/16']);
  });
});
