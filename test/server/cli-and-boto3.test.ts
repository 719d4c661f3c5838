/**
 * Clients no one here wrote, run as child processes against the server: the AWS CLI
 * (`aws --endpoint-url …`) and boto3 (`endpoint_url=…`). The provider/consumer flow, an
 * error printing the AWS code, and pagination. CI installs both (`.ci/run`); a machine with
 * neither skips, saying so.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloud } from '../../src/index.js';
import { serve, type ModelServer } from '../../src/server/index.js';

const run = promisify(execFile);

const PROVIDER = '111111111111';
const CONSUMER = '222222222222';
const REGION = 'us-east-1';
const ACCOUNTS = {
  [PROVIDER]: { zones: { [REGION]: ['use1-az4', 'use1-az6', 'use1-az1'] } },
  [CONSUMER]: { zones: { [REGION]: ['use1-az4', 'use1-az6', 'use1-az1'] } },
};

/** Whether `command args` runs and exits 0. */
function works(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const hasAwsCli = works('aws', ['--version']);
/** A python3 that imports boto3: pyenv's or the system's (Debian's python3-boto3). */
const python = ['python3', '/usr/bin/python3'].find((candidate) => works(candidate, ['-c', 'import boto3']));

/** An environment with only the given credentials: no profile, no metadata service, no pager. */
function awsEnv(accountId: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '/tmp',
    AWS_ACCESS_KEY_ID: accountId,
    AWS_SECRET_ACCESS_KEY: 'not-checked',
    AWS_DEFAULT_REGION: REGION,
    AWS_CONFIG_FILE: '/nonexistent/privatelink-model/config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/privatelink-model/credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    AWS_MAX_ATTEMPTS: '1',
  };
}

/** A provider with an NLB in the zone both accounts share, and a consumer VPC with subnets. */
function arrange(server: ModelServer) {
  const cloud = server.host.cloud;
  const provider = cloud.ec2({ accountId: PROVIDER, region: REGION });
  const pVpc = provider.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const pSubnet = provider.createSubnet({ VpcId: pVpc, CidrBlock: '10.0.0.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
  const consumer = cloud.ec2({ accountId: CONSUMER, region: REGION });
  const cVpc = consumer.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const cSubnets = Array.from({ length: 7 }, (_, i) => consumer.createSubnet({ VpcId: cVpc, CidrBlock: `10.1.${i}.0/24`, AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId);
  return { pVpc, pSubnet, cVpc, cSubnets };
}

describe.skipIf(!hasAwsCli)('the AWS CLI against the server', () => {
  let server: ModelServer;
  let ids: ReturnType<typeof arrange>;
  let lbArn: string;

  beforeAll(async () => {
    server = await serve({ port: 0, cloud: createCloud({ seed: 3, accounts: ACCOUNTS }) });
    ids = arrange(server);
    lbArn = server.host.cloud.elbv2({ accountId: PROVIDER, region: REGION }).createLoadBalancer({ Name: 'api', Type: 'network', Scheme: 'internal', Subnets: [ids.pSubnet] }).LoadBalancers[0]?.LoadBalancerArn ?? '';
  });

  afterAll(async () => {
    await server.close();
  });

  /** Runs `aws --endpoint-url <server> <args> --output json` as `accountId`; the parsed output. */
  async function aws(accountId: string, args: string[]): Promise<Record<string, unknown>> {
    const { stdout } = await run('aws', ['--endpoint-url', server.url, ...args, '--output', 'json'], { env: awsEnv(accountId), timeout: 60_000 });
    return stdout.trim() === '' ? {} : (JSON.parse(stdout) as Record<string, unknown>);
  }

  it('runs the provider/consumer flow: service, endpoint, acceptance, connections', async () => {
    const created = await aws(PROVIDER, ['ec2', 'create-vpc-endpoint-service-configuration', '--network-load-balancer-arns', lbArn, '--acceptance-required']);
    const config = created['ServiceConfiguration'] as { ServiceId: string; ServiceName: string; AcceptanceRequired: boolean };
    expect(config.AcceptanceRequired).toBe(true);
    await aws(PROVIDER, ['ec2', 'modify-vpc-endpoint-service-permissions', '--service-id', config.ServiceId, '--add-allowed-principals', `arn:aws:iam::${CONSUMER}:root`]);
    const endpoint = (await aws(CONSUMER, ['ec2', 'create-vpc-endpoint', '--vpc-endpoint-type', 'Interface', '--vpc-id', ids.cVpc, '--service-name', config.ServiceName, '--subnet-ids', ids.cSubnets[0] ?? '']))['VpcEndpoint'] as { VpcEndpointId: string; State: string };
    expect(endpoint.State).toBe('pendingAcceptance');
    const accepted = await aws(PROVIDER, ['ec2', 'accept-vpc-endpoint-connections', '--service-id', config.ServiceId, '--vpc-endpoint-ids', endpoint.VpcEndpointId]);
    expect(accepted['Unsuccessful']).toEqual([]);
    const connections = (await aws(PROVIDER, ['ec2', 'describe-vpc-endpoint-connections']))['VpcEndpointConnections'] as { VpcEndpointId: string; VpcEndpointState: string; VpcEndpointOwner: string; CreationTimestamp: string }[];
    expect(connections).toHaveLength(1);
    expect(connections[0]).toMatchObject({ VpcEndpointId: endpoint.VpcEndpointId, VpcEndpointState: 'available', VpcEndpointOwner: CONSUMER });
    expect(Number.isNaN(Date.parse(connections[0]?.CreationTimestamp ?? ''))).toBe(false);
    const lbs = (await aws(PROVIDER, ['elbv2', 'describe-load-balancers', '--names', 'api']))['LoadBalancers'] as { LoadBalancerArn: string; Type: string }[];
    expect(lbs).toEqual([expect.objectContaining({ LoadBalancerArn: lbArn, Type: 'network' })]);
  });

  it('prints the AWS error code and exits non-zero', async () => {
    const failure = await run('aws', ['--endpoint-url', server.url, 'ec2', 'describe-vpc-endpoint-service-configurations', '--service-ids', 'vpce-svc-0123456789abcdef0'], { env: awsEnv(PROVIDER), timeout: 60_000 }).then(
      () => undefined,
      (error: unknown) => error as { code?: number; stderr?: string },
    );
    expect(failure?.code).not.toBe(0);
    expect(failure?.stderr).toContain('(InvalidVpcEndpointServiceId.NotFound)');
    const elbFailure = await run('aws', ['--endpoint-url', server.url, 'elbv2', 'describe-load-balancers', '--names', 'missing'], { env: awsEnv(PROVIDER), timeout: 60_000 }).then(
      () => undefined,
      (error: unknown) => error as { stderr?: string },
    );
    expect(elbFailure?.stderr).toContain('(LoadBalancerNotFound)');
  });

  it('paginates with --max-items and --page-size', async () => {
    const first = await aws(CONSUMER, ['ec2', 'describe-subnets', '--filters', `Name=vpc-id,Values=${ids.cVpc}`, '--page-size', '5', '--max-items', '3']);
    const firstIds = (first['Subnets'] as { SubnetId: string }[]).map((s) => s.SubnetId);
    expect(firstIds).toHaveLength(3);
    expect(typeof first['NextToken']).toBe('string');
    const rest = await aws(CONSUMER, ['ec2', 'describe-subnets', '--filters', `Name=vpc-id,Values=${ids.cVpc}`, '--page-size', '5', '--starting-token', String(first['NextToken'])]);
    const restIds = (rest['Subnets'] as { SubnetId: string }[]).map((s) => s.SubnetId);
    expect([...firstIds, ...restIds].sort()).toEqual([...ids.cSubnets].sort());
  });
});

describe.skipIf(hasAwsCli)('the AWS CLI', () => {
  it('is not installed here: its tests are skipped (CI installs Debian’s awscli)', () => {
    expect(hasAwsCli).toBe(false);
  });
});

const BOTO3_FLOW = String.raw`
import json, os, sys
import boto3
from botocore.exceptions import ClientError

url, provider, consumer, c_vpc, c_subnet, p_vpc, p_subnet = sys.argv[1:8]
def client(service, account):
    return boto3.client(service, endpoint_url=url, region_name='us-east-1',
                        aws_access_key_id=account, aws_secret_access_key='not-checked')

out = {}
elb = client('elbv2', provider)
lb = elb.create_load_balancer(Name='boto', Type='network', Scheme='internal', Subnets=[p_subnet])['LoadBalancers'][0]
tg = elb.create_target_group(Name='boto', Protocol='TCP', Port=8080, VpcId=p_vpc, TargetType='ip')['TargetGroups'][0]
elb.register_targets(TargetGroupArn=tg['TargetGroupArn'], Targets=[{'Id': '10.0.0.10', 'Port': 8080}])
elb.create_listener(LoadBalancerArn=lb['LoadBalancerArn'], Protocol='TCP', Port=443,
                    DefaultActions=[{'Type': 'forward', 'TargetGroupArn': tg['TargetGroupArn']}])
out['health'] = [d['TargetHealth']['State'] for d in elb.describe_target_health(TargetGroupArn=tg['TargetGroupArn'])['TargetHealthDescriptions']]
out['lbCreatedIsDatetime'] = type(lb['CreatedTime']).__name__

p = client('ec2', provider)
svc = p.create_vpc_endpoint_service_configuration(NetworkLoadBalancerArns=[lb['LoadBalancerArn']], AcceptanceRequired=True)['ServiceConfiguration']
p.modify_vpc_endpoint_service_permissions(ServiceId=svc['ServiceId'], AddAllowedPrincipals=['arn:aws:iam::%s:root' % consumer])
c = client('ec2', consumer)
ep = c.create_vpc_endpoint(VpcEndpointType='Interface', VpcId=c_vpc, ServiceName=svc['ServiceName'], SubnetIds=[c_subnet],
                           TagSpecifications=[{'ResourceType': 'vpc-endpoint', 'Tags': [{'Key': 'k', 'Value': 'v & <w>'}]}])['VpcEndpoint']
out['created'] = ep['State']
out['accept'] = p.accept_vpc_endpoint_connections(ServiceId=svc['ServiceId'], VpcEndpointIds=[ep['VpcEndpointId']])['Unsuccessful']
conns = p.describe_vpc_endpoint_connections(Filters=[{'Name': 'vpc-endpoint-id', 'Values': [ep['VpcEndpointId']]}])['VpcEndpointConnections']
out['connections'] = [(x['VpcEndpointId'] == ep['VpcEndpointId'], x['VpcEndpointState']) for x in conns]
out['tags'] = c.describe_vpc_endpoints(VpcEndpointIds=[ep['VpcEndpointId']])['VpcEndpoints'][0]['Tags']
try:
    p.describe_vpc_endpoint_service_configurations(ServiceIds=['vpce-svc-0123456789abcdef0'])
except ClientError as e:
    out['error'] = [e.response['Error']['Code'], e.response['ResponseMetadata']['HTTPStatusCode']]
try:
    elb.describe_target_groups(Names=['missing'])
except ClientError as e:
    out['elbError'] = e.response['Error']['Code']
pages = c.get_paginator('describe_subnets').paginate(Filters=[{'Name': 'vpc-id', 'Values': [c_vpc]}], PaginationConfig={'PageSize': 5})
out['pages'] = [len(page['Subnets']) for page in pages]
print(json.dumps(out))
`;

describe.skipIf(python === undefined)('boto3 against the server', () => {
  let server: ModelServer;

  beforeAll(async () => {
    server = await serve({ port: 0, cloud: createCloud({ seed: 4, accounts: ACCOUNTS }) });
  });

  afterAll(async () => {
    await server.close();
  });

  it('runs the flow with ELBv2 and EC2 clients, errors as ClientError codes, a paginator', async () => {
    const ids = arrange(server);
    const { stdout } = await run(python ?? 'python3', ['-c', BOTO3_FLOW, server.url, PROVIDER, CONSUMER, ids.cVpc, ids.cSubnets[0] ?? '', ids.pVpc, ids.pSubnet], {
      env: awsEnv(PROVIDER),
      timeout: 60_000,
    });
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toEqual({
      health: ['healthy'],
      lbCreatedIsDatetime: 'datetime',
      created: 'pendingAcceptance',
      accept: [],
      connections: [[true, 'available']],
      tags: [{ Key: 'k', Value: 'v & <w>' }],
      error: ['InvalidVpcEndpointServiceId.NotFound', 400],
      elbError: 'TargetGroupNotFound',
      pages: [5, 2],
    });
  });
});

describe.skipIf(python !== undefined)('boto3', () => {
  it('is not installed here: its tests are skipped (CI installs Debian’s python3-boto3)', () => {
    expect(python).toBeUndefined();
  });
});
