/**
 * The catalogue of AWS-owned services the model lists in `DescribeVpcEndpointServices`
 * (`Owner: 'amazon'`, `ServiceName: 'com.amazonaws.<region>.<name>'`) and lets consumers
 * create interface endpoints to. Every entry is offered in every region of the regions
 * catalogue (`src/geo/regions.ts`), in all of its AZs but those listed in
 * `unsupportedZoneIds`.
 *
 * This is the extension point for AWS services: to add one, append an entry here (plain
 * data, no code). AWS's own list is far longer (hundreds of services); these are the common
 * ones endpoint tests reach for.
 *
 * Model choices, not verified against a live account: DynamoDB is listed as a gateway
 * service only (AWS has also offered a DynamoDB interface service since 2024), and the S3
 * interface service carries no private DNS name (AWS supports private DNS for it only with
 * extra rules about a gateway endpoint in the same VPC, which the model does not have).
 * `use1-az3`, AWS's constrained zone in `us-east-1`, is left out of a few services so the
 * "AZ the service lacks" path is reachable.
 *
 * @module
 */

/** The endpoint types an AWS service is offered as (`ServiceType`). */
export type AwsServiceType = 'Interface' | 'Gateway';

/** One AWS service of the catalogue. */
export interface AwsServiceEntry {
  /** The last part of its service name: `ec2` in `com.amazonaws.us-east-1.ec2`. */
  readonly name: string;
  /** The endpoint types it is offered as: one `ServiceDetails` entry per type. */
  readonly types: readonly AwsServiceType[];
  /**
   * The labels of its endpoint DNS names before the region, when they differ from `name`:
   * `ecr.api` is `api.ecr` (`vpce-...-x.api.ecr.us-east-1.vpce.amazonaws.com`).
   */
  readonly dnsLabel?: string;
  /**
   * The service's public name, which an interface endpoint with private DNS enabled serves
   * inside the VPC; `<region>` stands for the region. Absent: no private DNS name.
   */
  readonly privateDnsName?: string;
  /** `VpcEndpointPolicySupported`: whether endpoints to it take a policy document. */
  readonly policySupported: boolean;
  /** AZ ids the service is not offered in (any region's; others are ignored). */
  readonly unsupportedZoneIds?: readonly string[];
}

const interfaceService = (name: string, extra: Partial<AwsServiceEntry> = {}): AwsServiceEntry => ({
  name,
  types: ['Interface'],
  privateDnsName: `${extra.dnsLabel ?? name}.<region>.amazonaws.com`,
  policySupported: true,
  ...extra,
});

/**
 * Every AWS service the model knows, sorted by name.
 *
 * @example
 * AWS_SERVICES.find((s) => s.name === 'ec2')?.types; // ['Interface']
 */
export const AWS_SERVICES: readonly AwsServiceEntry[] = Object.freeze(
  ([
    { name: 'dynamodb', types: ['Gateway'], policySupported: true },
    interfaceService('ec2', { policySupported: false }),
    interfaceService('ec2messages', { policySupported: false }),
    interfaceService('ecr.api', { dnsLabel: 'api.ecr' }),
    interfaceService('ecr.dkr', { dnsLabel: 'dkr.ecr', privateDnsName: '*.dkr.ecr.<region>.amazonaws.com', unsupportedZoneIds: ['use1-az3'] }),
    interfaceService('elasticloadbalancing', { policySupported: false }),
    interfaceService('execute-api', { privateDnsName: '*.execute-api.<region>.amazonaws.com', unsupportedZoneIds: ['use1-az3'] }),
    interfaceService('kms'),
    interfaceService('logs'),
    interfaceService('monitoring', { policySupported: false }),
    { name: 's3', types: ['Gateway', 'Interface'], policySupported: true },
    interfaceService('secretsmanager'),
    interfaceService('sns'),
    interfaceService('sqs', { unsupportedZoneIds: ['use1-az3'] }),
    interfaceService('ssm'),
    interfaceService('ssmmessages', { policySupported: false }),
    interfaceService('sts'),
  ] satisfies AwsServiceEntry[]).map((entry) => Object.freeze(entry)),
);
