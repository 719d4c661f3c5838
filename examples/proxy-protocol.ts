/**
 * Proxy protocol v2: how the application learns who connected.
 *
 * Through an interface endpoint, a target sees every connection coming from the NLB node's
 * private address. With `proxy_protocol_v2.enabled` on the target group, the NLB sends a
 * binary header first: the consumer's address and port, the endpoint interface's address
 * and port, and an AWS TLV (type 0xEA) carrying the VPC endpoint id. This example prints
 * the header in hex and decodes it field by field, as a target would.
 *
 * Run: npx tsx examples/proxy-protocol.ts
 */
import { pathToFileURL } from 'node:url';
import { createCloud, type World } from '../src/index.js';

const REGION = 'us-east-1';
const PROVIDER = '111111111111';
const CONSUMER = '222222222222';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
const ipv4 = (bytes: Uint8Array) => Array.from(bytes).join('.');

/** Decodes a proxy protocol v2 header (IPv4 over TCP) into labelled lines. */
export function decodeProxyProtocolV2(header: Uint8Array): string[] {
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const signature = header.subarray(0, 12);
  const versionCommand = header[12] ?? 0;
  const familyProtocol = header[13] ?? 0;
  const length = view.getUint16(14);
  const lines = [
    `signature        ${hex(signature)}  ("\\r\\n\\r\\n\\0\\r\\nQUIT\\n")`,
    `version/command  0x${versionCommand.toString(16)}  version ${versionCommand >> 4}, ${(versionCommand & 0x0f) === 1 ? 'PROXY' : 'LOCAL'}`,
    `family/protocol  0x${familyProtocol.toString(16)}  ${familyProtocol >> 4 === 1 ? 'IPv4' : 'other'}, ${(familyProtocol & 0x0f) === 1 ? 'STREAM (TCP)' : 'other'}`,
    `length           ${length} bytes follow`,
    `source address   ${ipv4(header.subarray(16, 20))}  (the consumer)`,
    `dest. address    ${ipv4(header.subarray(20, 24))}  (the endpoint network interface)`,
    `source port      ${view.getUint16(24)}`,
    `dest. port       ${view.getUint16(26)}`,
  ];
  for (let at = 28; at + 3 <= 16 + length; ) {
    const type = header[at] ?? 0;
    const size = view.getUint16(at + 1);
    const value = header.subarray(at + 3, at + 3 + size);
    if (type === 0xea && value[0] === 0x01) {
      lines.push(`TLV 0xea (AWS)   ${size} bytes: subtype 0x01 (VPC endpoint id) "${new TextDecoder().decode(value.subarray(1))}"`);
    } else {
      lines.push(`TLV 0x${type.toString(16)}         ${size} bytes: ${hex(value)}`);
    }
    at += 3 + size;
  }
  return lines;
}

/** Runs the scenario, printing each step; returns the moments the docs draw. */
export function main(print: (line: string) => void = console.log): Record<string, World> {
  const cloud = createCloud({ seed: 9 });
  const provider = cloud.ec2({ accountId: PROVIDER, region: REGION });
  const elbv2 = cloud.elbv2({ accountId: PROVIDER, region: REGION });
  const consumer = cloud.ec2({ accountId: CONSUMER, region: REGION });

  const vpc = provider.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnet = provider.createSubnet({ VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet;
  const nlbArn =
    elbv2.createLoadBalancer({ Name: 'orders', Type: 'network', Scheme: 'internal', Subnets: [subnet.SubnetId] }).LoadBalancers[0]
      ?.LoadBalancerArn ?? '';
  const tgArn =
    elbv2.createTargetGroup({ Name: 'orders-app', Protocol: 'TCP', Port: 8080, VpcId: vpc, TargetType: 'ip' }).TargetGroups[0]
      ?.TargetGroupArn ?? '';
  elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.0.1.10' }] });
  elbv2.createListener({ LoadBalancerArn: nlbArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] });
  const { ServiceId, ServiceName } = provider.createVpcEndpointServiceConfiguration({
    NetworkLoadBalancerArns: [nlbArn],
    AcceptanceRequired: false,
  }).ServiceConfiguration;
  provider.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });

  const consumerVpc = consumer.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const zone = consumer.describeVpcEndpointServices({ ServiceNames: [ServiceName] }).ServiceDetails[0]?.AvailabilityZones[0] ?? '';
  const consumerSubnet = consumer.createSubnet({ VpcId: consumerVpc, CidrBlock: '10.1.1.0/24', AvailabilityZone: zone }).Subnet.SubnetId;
  const groupId = consumer.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [consumerVpc] }] }).SecurityGroups[0]?.GroupId ?? '';
  consumer.authorizeSecurityGroupIngress({
    GroupId: groupId,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.1.0.0/16' }] }],
  });
  const { VpcEndpoint } = consumer.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumerVpc, ServiceName, SubnetIds: [consumerSubnet] });
  const host = consumer.describeVpcEndpoints({ VpcEndpointIds: [VpcEndpoint.VpcEndpointId] }).VpcEndpoints[0]?.DnsEntries[0]?.DnsName ?? '';
  const from = { accountId: CONSUMER, subnetId: consumerSubnet, ip: '10.1.1.77', port: 50000 };

  print('== Proxy protocol off (the default) ==');
  const plain = cloud.connect({ from, host, port: 443 });
  if (!plain.ok) throw new Error(plain.message);
  print(`the target sees a connection from ${plain.connection.seenSourceIp} (the NLB node), and no header`);
  cloud.close(plain.connection.id);

  print('');
  print('== Proxy protocol v2 on the target group ==');
  elbv2.modifyTargetGroupAttributes({ TargetGroupArn: tgArn, Attributes: [{ Key: 'proxy_protocol_v2.enabled', Value: 'true' }] });
  const r = cloud.connect({ from: { ...from, port: 50001 }, host, port: 443 });
  if (!r.ok) throw new Error(r.message);
  const header = r.connection.proxyProtocolHeader ?? new Uint8Array();
  print(`still from ${r.connection.seenSourceIp}, but the first ${header.length} bytes are a header:`);
  for (let at = 0; at < header.length; at += 16) print(`  ${at.toString(16).padStart(4, '0')}  ${hex(header.subarray(at, at + 16))}`);
  print('decoded:');
  for (const line of decodeProxyProtocolV2(header)) print(`  ${line}`);
  print(`so the application knows: consumer ${from.ip}:${from.port + 1}, through endpoint ${VpcEndpoint.VpcEndpointId}`);
  return { 'Proxy protocol v2 enabled on the target group': cloud.world };
}

// Runs when executed (npx tsx examples/proxy-protocol.ts); the tests and the docs import `main`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
