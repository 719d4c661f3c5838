/**
 * The two Query APIs the server speaks, and their XML envelopes: EC2 Query
 * (`Version=2016-11-15`: `<XxxResponse xmlns=…><requestId>…` and
 * `<Response><Errors><Error>…</Errors><RequestID>`) and awsQuery for ELBv2
 * (`Version=2015-12-01`: `<XxxResponse><XxxResult>…</XxxResult><ResponseMetadata>` and
 * `<ErrorResponse><Error><Type>Sender</Type>…`).
 *
 * @module
 */
import type { Api } from '../../core/action.js';
import type { CloudError } from '../../core/errors.js';
import { ec2WireShapes } from '../shapes/ec2.js';
import { elbv2WireShapes } from '../shapes/elbv2.js';
import type { WireApi } from '../shapes/types.js';
import type { QueryFlavour } from './decode.js';
import { encodeXmlContent, escapeXml } from './encode.js';

/**
 * One Query API as the server speaks it.
 *
 * @example
 * QUERY_APIS.ec2.version; // '2016-11-15'
 */
export interface QueryApi extends QueryFlavour {
  /** The model API its actions dispatch to. */
  readonly api: Api;
  /** The `Version` parameter that selects it. */
  readonly version: string;
  /** The XML namespace of its responses. */
  readonly xmlns: string;
  /** The service name AWS's messages use (`AmazonEC2`). */
  readonly serviceName: string;
  /** The SigV4 signing name in a credential scope (`ec2`, `elasticloadbalancing`). */
  readonly signingName: string;
  readonly shapes: WireApi;
}

/**
 * The APIs by model name.
 *
 * @example
 * QUERY_APIS.elbv2.signingName; // 'elasticloadbalancing'
 */
export const QUERY_APIS: Readonly<Record<Api, QueryApi>> = {
  ec2: {
    api: 'ec2',
    version: '2016-11-15',
    xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/',
    serviceName: 'AmazonEC2',
    signingName: 'ec2',
    shapes: ec2WireShapes,
    ec2: true,
  },
  elbv2: {
    api: 'elbv2',
    version: '2015-12-01',
    xmlns: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
    serviceName: 'ElasticLoadBalancing',
    signingName: 'elasticloadbalancing',
    shapes: elbv2WireShapes,
    ec2: false,
  },
};

/**
 * The API a `Version` selects, if any.
 *
 * @example
 * apiOfVersion('2015-12-01')?.api; // 'elbv2'
 */
export function apiOfVersion(version: string): QueryApi | undefined {
  return Object.values(QUERY_APIS).find((api) => api.version === version);
}

/**
 * The API a SigV4 credential scope's service names, if any.
 *
 * @example
 * apiOfSigningName('ec2')?.api; // 'ec2'
 */
export function apiOfSigningName(service: string): QueryApi | undefined {
  return Object.values(QUERY_APIS).find((api) => api.signingName === service);
}

/**
 * The XML body of a successful call of `action` with `output` (an SDK output).
 *
 * @example
 * successXml(QUERY_APIS.ec2, 'DeleteVpc', {}, 'req-1');
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<DeleteVpcResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-1</requestId><return>true</return></DeleteVpcResponse>'
 */
export function successXml(api: QueryApi, action: string, output: unknown, requestId: string): string {
  const outputShape = api.shapes.actions[action]?.[1] ?? null;
  const content = outputShape === null ? '' : encodeXmlContent(api.shapes, outputShape, output);
  const head = `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${api.xmlns}">`;
  if (api.ec2) {
    // EC2 answers actions without output with <return>true</return>.
    const body = outputShape === null ? '<return>true</return>' : content;
    return `${head}<requestId>${escapeXml(requestId)}</requestId>${body}</${action}Response>`;
  }
  const result = content === '' ? `<${action}Result/>` : `<${action}Result>${content}</${action}Result>`;
  return `${head}${result}<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata></${action}Response>`;
}

/**
 * The XML body of an error answered by `api` (EC2's `<Response><Errors>` or awsQuery's
 * `<ErrorResponse>`).
 *
 * @example
 * errorXml(QUERY_APIS.elbv2, errors.loadBalancerNotFound(), 'req-1');
 */
export function errorXml(api: QueryApi, error: CloudError, requestId: string): string {
  const code = escapeXml(error.code);
  const message = escapeXml(error.message);
  const id = escapeXml(requestId);
  if (api.ec2) {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${id}</RequestID></Response>`;
  }
  const type = error.httpStatusCode >= 500 ? 'Receiver' : 'Sender';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${api.xmlns}"><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`;
}
