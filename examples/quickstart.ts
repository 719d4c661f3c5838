/**
 * Quickstart (`npm run demo`): the whole control-plane story of an endpoint service, with
 * two accounts whose Availability Zone names disagree.
 *
 * 1. A provider and a consumer look at the same region: each has its own AZ names, and
 *    only AZ ids say which zones they share.
 * 2. The provider builds a VPC, subnets and a Network Load Balancer, puts an endpoint
 *    service in front of it and grants the consumer.
 * 3. The consumer sees the service only in the AZs both accounts have, in its own names,
 *    and creates an interface endpoint there.
 * 4. The provider sees the pending connection and accepts it.
 * 5. The consumer reads the endpoint's regional and zonal DNS names.
 */
import { createCloud } from '../src/index.js';

const REGION = 'us-east-1';
const PROVIDER = '111111111111';
const CONSUMER = '222222222222';

// Explicit AZ maps (index 0 is the account's `us-east-1a`), so the names surely disagree.
const cloud = createCloud({
  seed: 42,
  accounts: {
    [PROVIDER]: { zones: { [REGION]: ['use1-az4', 'use1-az6', 'use1-az1'] } },
    [CONSUMER]: { zones: { [REGION]: ['use1-az1', 'use1-az2', 'use1-az4'] } },
  },
});
const provider = cloud.ec2({ accountId: PROVIDER, region: REGION });
const providerElb = cloud.elbv2({ accountId: PROVIDER, region: REGION });
const consumer = cloud.ec2({ accountId: CONSUMER, region: REGION });

const heading = (text: string) => console.log(`\n== ${text} ==`);
const line = (text: string) => console.log(`   ${text}`);
const pad = (text: string, width: number) => text.padEnd(width);

heading('1. Two accounts, one region: AZ names are per account, AZ ids are shared');
const providerZones = provider.describeAvailabilityZones().AvailabilityZones;
const consumerZones = consumer.describeAvailabilityZones().AvailabilityZones;
const nameIn = (zones: typeof providerZones, zoneId: string) => zones.find((z) => z.ZoneId === zoneId)?.ZoneName ?? '-';
const allIds = [...new Set([...providerZones, ...consumerZones].map((z) => z.ZoneId))].sort();
line(`${pad('AZ id', 10)} ${pad(`provider ${PROVIDER}`, 22)} consumer ${CONSUMER}`);
for (const zoneId of allIds) line(`${pad(zoneId, 10)} ${pad(nameIn(providerZones, zoneId), 22)} ${nameIn(consumerZones, zoneId)}`);
const shared = allIds.filter((id) => nameIn(providerZones, id) !== '-' && nameIn(consumerZones, id) !== '-');
line(`Shared by id: ${shared.map((id) => `${id} (provider ${nameIn(providerZones, id)} = consumer ${nameIn(consumerZones, id)})`).join(', ')}`);

heading('2. Provider: VPC, one subnet per AZ, an internal Network Load Balancer');
const providerVpc = provider.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
const providerSubnets = providerZones.map(
  (zone, i) => provider.createSubnet({ VpcId: providerVpc, CidrBlock: `10.0.${i + 1}.0/24`, AvailabilityZone: zone.ZoneName }).Subnet,
);
for (const s of providerSubnets) line(`${s.SubnetId}  ${s.CidrBlock}  ${s.AvailabilityZone} (${s.AvailabilityZoneId})`);
const nlb = providerElb.createLoadBalancer({
  Name: 'orders-nlb',
  Type: 'network',
  Scheme: 'internal',
  Subnets: providerSubnets.map((s) => s.SubnetId),
}).LoadBalancers[0];
const nlbArn = nlb?.LoadBalancerArn ?? '';
line(`NLB ${nlb?.LoadBalancerName ?? ''}: ${nlbArn}`);

heading('3. Provider: endpoint service in front of the NLB (acceptance required)');
const { ServiceConfiguration } = provider.createVpcEndpointServiceConfiguration({
  NetworkLoadBalancerArns: [nlbArn],
  AcceptanceRequired: true,
});
const { ServiceId, ServiceName } = ServiceConfiguration;
line(`${ServiceId}  ${ServiceName}`);
line(`offered in (provider's names): ${ServiceConfiguration.AvailabilityZones.join(', ')}`);

heading('4. Provider: grants the consumer account');
const grant = `arn:aws:iam::${CONSUMER}:root`;
provider.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [grant] });
line(`allowed principal: ${grant}`);

heading('5. Consumer: describes the service; only the common AZs, in its own names');
const detail = consumer.describeVpcEndpointServices({ ServiceNames: [ServiceName] }).ServiceDetails[0];
line(`${detail?.ServiceName ?? ''} owned by ${detail?.Owner ?? ''}`);
line(`available to me in: ${(detail?.AvailabilityZones ?? []).join(', ')}`);

heading('6. Consumer: VPC, subnets, and the interface endpoint in the common AZs');
const consumerVpc = consumer.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
const consumerSubnets = consumerZones.map(
  (zone, i) => consumer.createSubnet({ VpcId: consumerVpc, CidrBlock: `10.1.${i + 1}.0/24`, AvailabilityZone: zone.ZoneName }).Subnet,
);
const endpointSubnets = consumerSubnets.filter((s) => (detail?.AvailabilityZones ?? []).includes(s.AvailabilityZone));
const { VpcEndpoint } = consumer.createVpcEndpoint({
  VpcEndpointType: 'Interface',
  VpcId: consumerVpc,
  ServiceName,
  SubnetIds: endpointSubnets.map((s) => s.SubnetId),
});
line(`${VpcEndpoint.VpcEndpointId} in ${endpointSubnets.map((s) => `${s.SubnetId} (${s.AvailabilityZone})`).join(', ')}`);
line(`state: ${VpcEndpoint.State}`);

heading('7. Provider: sees the pending connection and accepts it');
for (const c of provider.describeVpcEndpointConnections({ Filters: [{ Name: 'service-id', Values: [ServiceId] }] }).VpcEndpointConnections) {
  line(`${c.VpcEndpointId} from ${c.VpcEndpointOwner}: ${c.VpcEndpointState}`);
}
const accepted = provider.acceptVpcEndpointConnections({ ServiceId, VpcEndpointIds: [VpcEndpoint.VpcEndpointId] });
line(`accepted (unsuccessful: ${accepted.Unsuccessful.length})`);

heading('8. Consumer: the endpoint is available; its DNS names');
const ready = consumer.describeVpcEndpoints({ VpcEndpointIds: [VpcEndpoint.VpcEndpointId] }).VpcEndpoints[0];
line(`state: ${ready?.State ?? ''}`);
const [regional, ...zonal] = ready?.DnsEntries ?? [];
line(`regional: ${regional?.DnsName ?? ''}`);
for (const entry of zonal) line(`zonal:    ${entry.DnsName}`);
line(`hosted zone: ${regional?.HostedZoneId ?? ''}`);

heading('9. Data plane: a consumer host connects through the endpoint to a target');
// The provider puts a target behind the NLB in each of its subnets and listens on 443.
const targetGroupArn =
  providerElb.createTargetGroup({ Name: 'orders', Protocol: 'TCP', Port: 8080, VpcId: providerVpc, TargetType: 'ip' }).TargetGroups[0]
    ?.TargetGroupArn ?? '';
providerElb.registerTargets({
  TargetGroupArn: targetGroupArn,
  Targets: providerSubnets.map((s) => ({ Id: (s.CidrBlock ?? '').replace(/0\/24$/, '10'), Port: 8080 })),
});
providerElb.createListener({ LoadBalancerArn: nlbArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }] });
// A host in the consumer's first endpoint subnet, in the VPC's default group (which admits its members).
const hostSubnet = endpointSubnets[0]?.SubnetId ?? '';
const result = cloud.connect({ from: { accountId: CONSUMER, subnetId: hostSubnet }, host: regional?.DnsName ?? '', port: 443 });
if (result.ok) {
  const c = result.connection;
  line(`consumer ${c.consumer.ip}:${c.consumer.port} -> endpoint interface ${c.endpointIp}:443 (${c.availabilityZoneId})`);
  line(`NLB node ${c.nodeIp}:${c.sourcePort} -> target ${c.target.ip}:${c.target.port}; the target sees ${c.seenSourceIp}`);
  cloud.close(c.id);
} else {
  line(`failed: ${result.reason}: ${result.message}`);
}

heading('What next');
line('npx tsx examples/acceptance.ts         who may connect, and who must be accepted');
line('npx tsx examples/private-dns.ts        a private DNS name, verified through a TXT record');
line('npx tsx examples/port-allocation.ts    the 55,000 connections per target limit');
line('docs/use-in-your-tests.md              the model behind real AWS SDK clients in your tests');
line('docs/fuzz-your-tool.md                 fuzz your own tool against PrivateLink');
