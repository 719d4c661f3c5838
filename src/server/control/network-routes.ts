/**
 * Model-control routes over on-premises networks (`cloud.network`): a CIDR block reaching
 * a VPC through AWS Direct Connect or a Site-to-Site VPN, so the data plane can connect from
 * on-premises hosts.
 *
 * @module
 */
import { requiredField, type ControlRoute } from './route.js';
import type { AttachOnPremisesNetworkInput, DetachOnPremisesNetworkInput } from '../../network/on-premises.js';

/** The fields of an attach, every one required. */
const ATTACH_FIELDS = ['accountId', 'region', 'vpcId', 'cidrBlock', 'link'] as const;

/** The fields of a detach, every one required. */
const DETACH_FIELDS = ['accountId', 'region', 'networkId'] as const;

/**
 * `POST network/on-premises` (attach), `DELETE network/on-premises` (detach). The control
 * checks every field (`checkAttachInput` / `checkDetachInput`).
 *
 * @example
 * networkRoutes.map((r) => r.method); // ['POST', 'DELETE']
 */
export const networkRoutes: readonly ControlRoute[] = [
  {
    method: 'POST',
    path: 'network/on-premises',
    summary: 'Attaches an on-premises network (accountId, region, vpcId, cidrBlock, link: direct-connect | site-to-site-vpn) to a VPC; answers its NetworkId.',
    fields: ATTACH_FIELDS,
    run: (host, params, raw) => {
      for (const name of ATTACH_FIELDS) requiredField(params, name);
      return host.cloud.network.attachOnPremisesNetwork(raw as AttachOnPremisesNetworkInput);
    },
  },
  {
    method: 'DELETE',
    path: 'network/on-premises',
    summary: 'Detaches an on-premises network (accountId, region, networkId); connections through it are cut.',
    fields: DETACH_FIELDS,
    run: (host, params, raw) => {
      for (const name of DETACH_FIELDS) requiredField(params, name);
      host.cloud.network.detachOnPremisesNetwork(raw as DetachOnPremisesNetworkInput);
      return {};
    },
  },
];
