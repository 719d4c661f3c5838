/**
 * Resource ids: well-formed ones that name nothing (`vpc-` + 17 hex digits never minted, for
 * not-found tests) and near misses (uppercase hex, 16 or 18 digits, a non-hex letter, the
 * prefix of another kind, no dash). EC2 answers a near miss with the kind's `.Malformed`
 * code where it has one (see {@link NEAR_MISS_ID_CODES}).
 *
 * @module
 */
import fc from 'fast-check';

/**
 * Kinds of EC2 ids these arbitraries produce, with their prefixes.
 *
 * @example
 * RESOURCE_ID_PREFIXES.vpcEndpointService; // 'vpce-svc'
 */
export const RESOURCE_ID_PREFIXES = {
  vpc: 'vpc',
  subnet: 'subnet',
  securityGroup: 'sg',
  vpcPeeringConnection: 'pcx',
  vpcEndpoint: 'vpce',
  vpcEndpointService: 'vpce-svc',
} as const;

/** A kind of id (key of {@link RESOURCE_ID_PREFIXES}). */
export type ResourceIdKind = keyof typeof RESOURCE_ID_PREFIXES;

/** How a near-miss id is wrong. */
export type ResourceIdDefect = 'uppercase' | 'shortHex' | 'longHex' | 'nonHex' | 'wrongPrefix' | 'noDash';

const DEFECTS: readonly ResourceIdDefect[] = ['uppercase', 'shortHex', 'longHex', 'nonHex', 'wrongPrefix', 'noDash'];

/**
 * The error code EC2 answers a near-miss id with in a describe of that kind (`VpcIds`,
 * `SubnetIds`, `GroupIds`, `VpcPeeringConnectionIds`).
 *
 * @example
 * NEAR_MISS_ID_CODES.vpc; // 'InvalidVpcID.Malformed'
 */
export const NEAR_MISS_ID_CODES = {
  vpc: 'InvalidVpcID.Malformed',
  subnet: 'InvalidSubnetID.Malformed',
  securityGroup: 'InvalidGroupId.Malformed',
  vpcPeeringConnection: 'InvalidVpcPeeringConnectionId.Malformed',
} as const;

const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });

/**
 * A well-formed id of `kind` (prefix + 17 lowercase hex digits), almost surely never minted.
 *
 * @example
 * fc.assert(fc.property(resourceId('vpc'), (VpcId) => {
 *   expect(cloudErrorOf(() => ec2.deleteVpc({ VpcId })).code).toBe('InvalidVpcID.NotFound');
 * }));
 *
 * @remarks Since 0.1.0
 */
export function resourceId(kind: ResourceIdKind): fc.Arbitrary<string> {
  return hex(17).map((digits) => `${RESOURCE_ID_PREFIXES[kind]}-${digits}`);
}

/**
 * Options of {@link nearMissResourceId}.
 *
 * @remarks Since 0.1.0
 */
export interface NearMissResourceIdConstraints {
  /**
   * The defects produced.
   * @defaultValue every defect
   */
  defects?: readonly ResourceIdDefect[];
}

function spoil(kind: ResourceIdKind, digits: string, defect: ResourceIdDefect): string {
  const prefix = RESOURCE_ID_PREFIXES[kind];
  switch (defect) {
    case 'uppercase':
      return `${prefix}-${digits.replace(/[0-9]/, 'A').toUpperCase()}`;
    case 'shortHex':
      return `${prefix}-${digits.slice(0, 16)}`;
    case 'longHex':
      return `${prefix}-${digits}0`;
    case 'nonHex':
      return `${prefix}-${digits.slice(0, 5)}g${digits.slice(6)}`;
    case 'wrongPrefix':
      return `${kind === 'vpc' ? 'vpn' : 'vpc'}x-${digits}`;
    case 'noDash':
      return `${prefix}${digits}`;
  }
}

/**
 * An almost-valid id of `kind`: never of the kind's format.
 *
 * @example
 * fc.assert(fc.property(nearMissResourceId('subnet'), (id) => {
 *   expect(cloudErrorOf(() => ec2.describeSubnets({ SubnetIds: [id] })).code).toBe(NEAR_MISS_ID_CODES.subnet);
 * }));
 *
 * @remarks Since 0.1.0
 */
export function nearMissResourceId(kind: ResourceIdKind, constraints: NearMissResourceIdConstraints = {}): fc.Arbitrary<string> {
  const defects = constraints.defects !== undefined && constraints.defects.length > 0 ? constraints.defects : DEFECTS;
  return fc.tuple(hex(17), fc.constantFrom(...defects)).map(([digits, defect]) => spoil(kind, digits, defect));
}
