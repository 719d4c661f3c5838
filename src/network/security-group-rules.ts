/**
 * Security group rules as requests give them (`IpPermissions`, or the legacy top-level
 * `IpProtocol`/`FromPort`/`ToPort`/`CidrIp`): read and checked at parse time into one
 * {@link RuleSpec} per peer, then resolved against the world (referenced groups must be
 * visible and in the same or a peered VPC) into stored rules.
 *
 * @module
 */
import type { ActionContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import { isAccountId } from '../core/ids.js';
import type { Params } from '../core/params.js';
import { getRow } from '../core/table.js';
import type { Tag } from '../core/tags.js';
import { normalizeCidr } from './cidr.js';
import { checkIdShape } from './id-params.js';
import type { SecurityGroupRecord, SecurityGroupRule } from './model.js';
import { activePeeringBetween } from './peering.js';

/** One rule as asked for: protocol, ports and a single peer. */
export interface RuleSpec {
  IpProtocol: string;
  FromPort: number;
  ToPort: number;
  peer: { cidr: string } | { groupId: string; userId?: string };
  description?: string;
}

/**
 * Normalises an `IpProtocol`: names and numbers of TCP, UDP and ICMP, `-1` for all.
 *
 * @example
 * normalizeProtocol('6'); // 'tcp'
 */
export function normalizeProtocol(raw: string): string {
  const value = raw.toLowerCase();
  if (value === 'tcp' || value === '6') return 'tcp';
  if (value === 'udp' || value === '17') return 'udp';
  if (value === 'icmp' || value === '1') return 'icmp';
  if (value === '-1') return '-1';
  if (/^\d{1,3}$/.test(value) && Number(value) <= 255) return String(Number(value));
  throw errors.unknownIpProtocol(raw);
}

/** Reads protocol and ports of one permission. */
function readPorts(p: Params): Pick<RuleSpec, 'IpProtocol' | 'FromPort' | 'ToPort'> {
  const IpProtocol = normalizeProtocol(p.string('IpProtocol'));
  if (IpProtocol === 'tcp' || IpProtocol === 'udp') {
    const from = p.optionalInteger('FromPort', -1, 65535);
    const to = p.optionalInteger('ToPort', -1, 65535);
    if (from === undefined || to === undefined) throw errors.portRangeRequired();
    if (from < 0 || to < 0 || from > to) throw errors.invalidPortRange(from, to);
    return { IpProtocol, FromPort: from, ToPort: to };
  }
  if (IpProtocol === 'icmp') {
    return { IpProtocol, FromPort: p.optionalInteger('FromPort', -1, 255) ?? -1, ToPort: p.optionalInteger('ToPort', -1, 255) ?? -1 };
  }
  return { IpProtocol, FromPort: -1, ToPort: -1 };
}

/** Reads one `IpPermission` into one spec per peer. */
function readPermission(p: Params, action: string): RuleSpec[] {
  const ports = readPorts(p);
  const specs: RuleSpec[] = [];
  const description = (d: string | undefined) => (d !== undefined ? { description: d } : {});
  for (const range of p.optionalList('IpRanges', (r) => ({ cidr: r.string('CidrIp'), d: r.optionalString('Description') })) ?? []) {
    const cidr = normalizeCidr(range.cidr);
    if (cidr === undefined) throw errors.malformedRuleCidr(range.cidr);
    specs.push({ ...ports, peer: { cidr }, ...description(range.d) });
  }
  const pairs = p.optionalList('UserIdGroupPairs', (g) => {
    if (g.optionalString('GroupId') === undefined && g.optionalString('GroupName') !== undefined) {
      throw errors.vpcIdNotSpecified('GroupName is only supported for EC2-Classic and default VPC.');
    }
    const userId = g.optionalString('UserId');
    if (userId !== undefined && !isAccountId(userId)) throw g.invalid('UserId', userId);
    return { groupId: checkIdShape('securityGroup', g.string('GroupId')), userId, d: g.optionalString('Description') };
  });
  for (const pair of pairs ?? []) {
    const peer = pair.userId !== undefined ? { groupId: pair.groupId, userId: pair.userId } : { groupId: pair.groupId };
    specs.push({ ...ports, peer, ...description(pair.d) });
  }
  if ((p.optionalList('Ipv6Ranges', () => 0) ?? []).length > 0 || (p.optionalList('PrefixListIds', () => 0) ?? []).length > 0) {
    throw errors.unsupportedOperation(action, 'IPv6 ranges and prefix lists in security group rules are not modelled');
  }
  if (specs.length === 0) throw errors.ruleSourceRequired();
  return specs;
}

/**
 * Reads the rules of an authorize or revoke request: `IpPermissions`, or the legacy
 * top-level `IpProtocol`, `FromPort`, `ToPort` and `CidrIp`.
 *
 * @example
 * readRuleSpecs(p, 'AuthorizeSecurityGroupIngress'); // [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, peer: { cidr: '10.0.0.0/16' } }]
 */
export function readRuleSpecs(p: Params, action: string): RuleSpec[] {
  if (p.has('SourceSecurityGroupName')) throw errors.vpcIdNotSpecified('GroupName is only supported for EC2-Classic and default VPC.');
  const permissions = p.optionalList('IpPermissions', (perm) => readPermission(perm, action));
  if (permissions !== undefined && permissions.length > 0) return permissions.flat();
  if (p.has('IpProtocol') || p.has('CidrIp')) {
    const ports = readPorts(p);
    const cidr = normalizeCidr(p.string('CidrIp'));
    if (cidr === undefined) throw errors.malformedRuleCidr(String(p.raw('CidrIp')));
    return [{ ...ports, peer: { cidr } }];
  }
  throw errors.missingParameter('IpPermissions');
}

/**
 * Identity of a rule for duplicate and revoke matching: protocol, ports and peer.
 *
 * @example
 * ruleKey({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, peer: '10.0.0.0/16' }); // 'tcp|22|22|10.0.0.0/16'
 */
export function ruleKey(rule: Pick<RuleSpec, 'IpProtocol' | 'FromPort' | 'ToPort'> & { peer: string }): string {
  return `${rule.IpProtocol}|${rule.FromPort}|${rule.ToPort}|${rule.peer}`;
}

/**
 * The peer of a spec or stored rule as one string (CIDR or group id).
 *
 * @example
 * peerOf(rule); // '10.0.0.0/16' or 'sg-0123456789abcdef0'
 */
export function peerOf(rule: RuleSpec | SecurityGroupRule): string {
  if ('peer' in rule) return 'cidr' in rule.peer ? rule.peer.cidr : rule.peer.groupId;
  return rule.CidrIp ?? rule.GroupId ?? '';
}

/**
 * How AWS quotes a rule in `InvalidPermission.Duplicate`.
 *
 * @example
 * describeRule(spec); // 'peer: 10.0.0.0/16, TCP, from port: 22, to port: 22, ALLOW'
 */
export function describeRule(spec: RuleSpec): string {
  const peer = `peer: ${peerOf(spec)}`;
  if (spec.IpProtocol === 'tcp' || spec.IpProtocol === 'udp') {
    return `${peer}, ${spec.IpProtocol.toUpperCase()}, from port: ${spec.FromPort}, to port: ${spec.ToPort}, ALLOW`;
  }
  if (spec.IpProtocol === 'icmp') {
    const part = (n: number) => (n === -1 ? 'ALL' : String(n));
    return `${peer}, ICMP, type: ${part(spec.FromPort)}, code: ${part(spec.ToPort)}, ALLOW`;
  }
  return `${peer}, ${spec.IpProtocol === '-1' ? 'ALL' : spec.IpProtocol}, ALLOW`;
}

/** The group a spec references, checked as AWS does; `undefined` for CIDR peers. */
function referencedGroup(ctx: ActionContext, group: SecurityGroupRecord, spec: RuleSpec): SecurityGroupRecord | undefined {
  if ('cidr' in spec.peer) return undefined;
  const { groupId, userId } = spec.peer;
  const referenced = getRow(ctx.region.securityGroups, groupId);
  const peered = referenced !== undefined && activePeeringBetween(ctx.region, group.VpcId, referenced.VpcId) !== undefined;
  const visible = referenced !== undefined && (referenced.OwnerId === group.OwnerId || peered);
  if (referenced === undefined || !visible || (userId !== undefined && userId !== referenced.OwnerId)) {
    throw errors.securityGroupNotFound(groupId);
  }
  if (referenced.VpcId !== group.VpcId && !peered) throw errors.groupsInDifferentNetworks();
  return referenced;
}

/**
 * Turns specs into new ingress rules of `group`: referenced groups checked, duplicates
 * (with existing rules or within the request) refused with `InvalidPermission.Duplicate`.
 *
 * @example
 * const rules = resolveIngressRules(ctx, group, specs, tags);
 */
export function resolveIngressRules(ctx: ActionContext, group: SecurityGroupRecord, specs: readonly RuleSpec[], tags: readonly Tag[]): SecurityGroupRule[] {
  const taken = new Set(group.IpPermissions.map((r) => ruleKey({ ...r, peer: peerOf(r) })));
  const rules: SecurityGroupRule[] = [];
  for (const spec of specs) {
    const referenced = referencedGroup(ctx, group, spec);
    const key = ruleKey({ ...spec, peer: peerOf(spec) });
    if (taken.has(key)) throw errors.permissionDuplicate(describeRule(spec));
    taken.add(key);
    rules.push({
      SecurityGroupRuleId: ctx.mintId('securityGroupRule'),
      IpProtocol: spec.IpProtocol,
      FromPort: spec.FromPort,
      ToPort: spec.ToPort,
      ...(referenced !== undefined ? { GroupId: referenced.GroupId, UserId: referenced.OwnerId } : { CidrIp: peerOf(spec) }),
      ...(spec.description !== undefined ? { Description: spec.description } : {}),
      Tags: tags.map((t) => ({ ...t })),
    });
  }
  return rules;
}
