import {
  AcceptVpcPeeringConnectionCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcPeeringConnectionCommand,
  DeleteVpcCommand,
  DescribeVpcPeeringConnectionsCommand,
  paginateDescribeVpcs,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { isolatedEc2Client } from '../aws-sdk/support.js';
import { A, B, newCloud } from './fixtures.js';

const client = () => isolatedEc2Client();

describe('network actions through @aws-sdk/client-ec2', () => {
  it('pages DescribeVpcs with the SDK paginator and refuses DeleteVpc with a typed error', async () => {
    const cloud = newCloud(7, { vpcsPerRegion: 7 });
    const ec2 = attachClient(client(), cloud, { accountId: A.accountId });
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push((await ec2.send(new CreateVpcCommand({ CidrBlock: `10.${i}.0.0/16` }))).Vpc?.VpcId ?? '');
    const seen: string[] = [];
    for await (const page of paginateDescribeVpcs({ client: ec2, pageSize: 5 }, {})) seen.push(...(page.Vpcs ?? []).map((v) => v.VpcId ?? ''));
    expect(seen.sort()).toEqual([...made].sort());

    const VpcId = made[0] ?? '';
    await ec2.send(new CreateSubnetCommand({ VpcId, CidrBlock: '10.0.1.0/24' }));
    const error = await ec2.send(new DeleteVpcCommand({ VpcId })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DependencyViolation', message: `The vpc '${VpcId}' has dependencies and cannot be deleted.` });
  });

  it('peers two accounts\' VPCs, with SDK-shaped status and dates', async () => {
    const cloud = newCloud();
    const a = attachClient(client(), cloud, { accountId: A.accountId });
    const b = attachClient(client(), cloud, { accountId: B.accountId });
    const mine = (await a.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc?.VpcId;
    const theirs = (await b.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' }))).Vpc?.VpcId;
    const created = await a.send(new CreateVpcPeeringConnectionCommand({ VpcId: mine, PeerVpcId: theirs, PeerOwnerId: B.accountId }));
    const id = created.VpcPeeringConnection?.VpcPeeringConnectionId;
    expect(created.VpcPeeringConnection?.ExpirationTime).toBeInstanceOf(Date);
    const pending = await b.send(new DescribeVpcPeeringConnectionsCommand({ VpcPeeringConnectionIds: [id ?? ''] }));
    expect(pending.VpcPeeringConnections?.[0]?.Status?.Code).toBe('pending-acceptance');
    await b.send(new AcceptVpcPeeringConnectionCommand({ VpcPeeringConnectionId: id }));
    const active = await a.send(new DescribeVpcPeeringConnectionsCommand({ Filters: [{ Name: 'status-code', Values: ['active'] }] }));
    expect(active.VpcPeeringConnections?.map((c) => c.AccepterVpcInfo?.CidrBlock)).toEqual(['10.1.0.0/16']);
  });
});
