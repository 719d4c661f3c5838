import { describe, expect, it } from 'vitest';
import { CONSUMER } from '../../fixtures/topology.js';
import { buildDataPath } from '../../data-plane/fixtures.js';
import { call, expectControlError, hostOf, ok } from './support.js';

describe('on-premises network routes', () => {
  it('attaches a network hosts connect from, and detaches it (cutting their connections)', () => {
    const t = buildDataPath();
    const host = hostOf(t.cloud);
    t.cloud.ec2(t.consumer.identity).authorizeSecurityGroupIngress({
      GroupId: t.consumer.defaultSecurityGroupId,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '192.168.0.0/16' }] }],
    });
    const attach = { accountId: CONSUMER, region: 'us-east-1', vpcId: t.consumer.vpcId, cidrBlock: '192.168.0.0/16', link: 'direct-connect' };
    const { NetworkId } = ok(call(host, 'POST', 'network/on-premises', attach)) as { NetworkId: string };
    expect(NetworkId).toMatch(/^onprem-[0-9a-f]{17}$/);
    const r = ok(call(host, 'POST', 'connect', { from: { accountId: CONSUMER, network: NetworkId, ip: '192.168.4.4' }, host: t.regionalName, port: 443 }));
    expect(r).toMatchObject({ ok: true, connection: { path: { kind: 'on-premises', networkId: NetworkId, link: 'direct-connect' } } });
    expect(ok(call(host, 'DELETE', 'network/on-premises', { accountId: CONSUMER, region: 'us-east-1', networkId: NetworkId }))).toEqual({});
    expect(host.cloud.connections()).toEqual([]);
  });

  it('refuses missing fields, an overlap, an unknown VPC, link or network; nothing changes', () => {
    const t = buildDataPath();
    const host = hostOf(t.cloud);
    const attach = { accountId: CONSUMER, region: 'us-east-1', vpcId: t.consumer.vpcId, cidrBlock: '192.168.0.0/16', link: 'site-to-site-vpn' };
    for (const field of Object.keys(attach)) {
      expectControlError(host, 'POST', 'network/on-premises', { ...attach, [field]: undefined }, 400, 'MissingParameter', `The request must contain the parameter ${field}`);
    }
    expectControlError(host, 'POST', 'network/on-premises', { ...attach, accountId: '12' }, 400, 'UnknownAccount');
    expectControlError(host, 'POST', 'network/on-premises', { ...attach, cidrBlock: '10.1.0.0/24' }, 400, 'InvalidParameterValue', /overlaps VPC/);
    expectControlError(host, 'POST', 'network/on-premises', { ...attach, cidrBlock: 'wide' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'network/on-premises', { ...attach, link: 'carrier-pigeon' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'network/on-premises', { ...attach, vpcId: 'vpc-0123456789abcdef0' }, 400, 'InvalidVpcID.NotFound');
    expectControlError(host, 'POST', 'network/on-premises', { ...attach, bgpAsn: 65000 }, 400, 'InvalidParameter');
    const detach = { accountId: CONSUMER, region: 'us-east-1', networkId: 'onprem-0123456789abcdef0' };
    expectControlError(host, 'DELETE', 'network/on-premises', detach, 400, 'InvalidParameterValue', "The on-premises network 'onprem-0123456789abcdef0' does not exist");
    expectControlError(host, 'DELETE', 'network/on-premises', { ...detach, networkId: undefined }, 400, 'MissingParameter');
    expectControlError(host, 'DELETE', 'network/on-premises', { ...detach, region: 'nowhere' }, 400, 'InvalidParameterValue');
  });
});
