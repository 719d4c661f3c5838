/**
 * Reading resource ids from a request: present, and shaped like an id of the expected kind
 * (`vpc-` + 8 or 17 hex...). A wrongly shaped id is AWS's `*.Malformed` error, checked
 * before any lookup, as EC2 does.
 *
 * @module
 */
import type { CloudError } from '../core/errors.js';
import { errors } from '../core/errors.js';
import { isIdOf, type IdKind } from '../core/ids.js';
import type { Params } from '../core/params.js';

/** The id kinds the network room reads, with the `Malformed` error of each. */
const MALFORMED: Readonly<Partial<Record<IdKind, (id: string) => CloudError>>> = {
  vpc: errors.malformedVpcId,
  subnet: errors.malformedSubnetId,
  securityGroup: errors.malformedGroupId,
  vpcPeeringConnection: errors.malformedPeeringId,
  eni: errors.malformedNetworkInterfaceId,
};

/**
 * Checks one id's shape, throwing the kind's `Malformed` error.
 *
 * @example
 * checkIdShape('subnet', 'subnet-1'); // throws InvalidSubnetID.Malformed
 */
export function checkIdShape(kind: IdKind, id: string): string {
  const malformed = MALFORMED[kind];
  if (malformed !== undefined && !isIdOf(kind, id)) throw malformed(id);
  return id;
}

/**
 * A required id field of `kind`.
 *
 * @example
 * parse: (p) => ({ vpcId: readId(p, 'VpcId', 'vpc') }) // MissingParameter, InvalidVpcID.Malformed
 */
export function readId(p: Params, name: string, kind: IdKind): string {
  return checkIdShape(kind, p.string(name));
}

/**
 * An optional id field of `kind`.
 *
 * @example
 * parse: (p) => ({ groupId: readOptionalId(p, 'GroupId', 'securityGroup') })
 */
export function readOptionalId(p: Params, name: string, kind: IdKind): string | undefined {
  const id = p.optionalString(name);
  return id === undefined ? undefined : checkIdShape(kind, id);
}

/**
 * An optional list of ids of `kind` (duplicates removed, order kept).
 *
 * @example
 * parse: (p) => ({ vpcIds: readIdList(p, 'VpcIds', 'vpc') })
 */
export function readIdList(p: Params, name: string, kind: IdKind): string[] {
  return (p.optionalStringList(name) ?? []).map((id) => checkIdShape(kind, id));
}
