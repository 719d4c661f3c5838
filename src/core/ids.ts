/**
 * AWS resource id formats (`vpc-`, `subnet-`, `vpce-svc-`... followed by 17 lowercase hex)
 * and their seeded generation. One table of prefixes, one check per format.
 *
 * @module
 */
import { joinFlat } from './flat-string.js';
import { seededHex } from './hash.js';

/** Resource kinds whose ids the model mints, mapped to their AWS prefix. */
export const ID_PREFIXES = {
  vpc: 'vpc',
  subnet: 'subnet',
  eni: 'eni',
  securityGroup: 'sg',
  securityGroupRule: 'sgr',
  vpcEndpoint: 'vpce',
  vpcEndpointService: 'vpce-svc',
  vpcPeeringConnection: 'pcx',
  connectionNotification: 'vpce-nfn',
  onPremisesNetwork: 'onprem',
  servicePermission: 'vpce-svc-perm',
  request: 'req',
} as const;

/** A kind of id the model mints (key of {@link ID_PREFIXES}). */
export type IdKind = keyof typeof ID_PREFIXES;

/** Length of the hex part of every modern AWS id (`vpc-0a1b...` has 17). */
export const ID_HEX_LENGTH = 17;

/**
 * The id for the `sequence`-th minted resource of a world with `seed`: pure, so a replay
 * of the same calls mints the same ids.
 *
 * @example
 * mintId('42', 7, 'vpc'); // 'vpc-' + 17 hex digits, always the same
 */
export function mintId(seed: string, sequence: number, kind: IdKind): string {
  return joinFlat(ID_PREFIXES[kind], '-', seededHex(seed, `${kind}\u0000${sequence}`, ID_HEX_LENGTH));
}

/** Hex digits of `length` derived from the seed and a sequence, for ARN suffixes and tokens. */
export function mintHex(seed: string, sequence: number, purpose: string, length: number): string {
  return seededHex(seed, `${purpose}\u0000${sequence}`, length);
}

const ID_FORMATS = new Map<IdKind, RegExp>(
  (Object.keys(ID_PREFIXES) as IdKind[]).map((kind) => [
    kind,
    // AWS accepts the legacy 8-hex form wherever it accepts the 17-hex form.
    new RegExp(`^${ID_PREFIXES[kind]}-(?:[0-9a-f]{8}|[0-9a-f]{17})$`),
  ]),
);

/** True when `value` has the shape of an id of `kind` (it may still not exist). */
export function isIdOf(kind: IdKind, value: unknown): value is string {
  return typeof value === 'string' && (ID_FORMATS.get(kind)?.test(value) ?? false);
}

const ACCOUNT_ID = /^\d{12}$/;

/** True when `value` is a 12-digit AWS account id. */
export function isAccountId(value: unknown): value is string {
  return typeof value === 'string' && ACCOUNT_ID.test(value);
}
