/**
 * One AWS Query request, answered synchronously from the model: the parameters (POST form
 * body, and the query string), the API (by `Version`, else by the SigV4 scope's service), the
 * caller (by the SigV4 credential), the input decoded by the wire shapes, `cloud.dispatch`,
 * and the output or error encoded as the API's XML. Every failure is an AWS error response,
 * never a thrown exception.
 *
 * @module
 */
import type { Cloud } from '../cloud.js';
import { errors, isCloudError, type CloudError } from '../core/errors.js';
import { nextRequestId } from '../aws-sdk/metadata.js';
import type { ModelHost } from './control/handler.js';
import { apiOfSigningName, apiOfVersion, errorXml, QUERY_APIS, successXml } from './query/apis.js';
import { decodeQueryInput } from './query/decode.js';
import { parseForm } from './query/form.js';
import { credentialScope, identityOf, type CredentialScope, type IdentityDefaults } from './sigv4.js';

/**
 * An HTTP request as the server hands it over, body already read.
 *
 * @example
 * const request: HttpRequestData = { method: 'POST', url: '/', headers: {}, body: 'Action=DescribeVpcs&Version=2016-11-15' };
 */
export interface HttpRequestData {
  readonly method: string;
  /** Path and query string, as in `IncomingMessage.url`. */
  readonly url: string;
  /** Lower-case header names, as Node gives them. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body: string;
}

/**
 * What to send back.
 *
 * @example
 * const answer: HttpAnswer = { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: '<…/>' };
 */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * How the AWS handler resolves callers, and what it does before each call.
 *
 * @example
 * const options: AwsHandlerOptions = { defaultAccountId: '123456789012', defaultRegion: 'us-east-1' };
 */
export interface AwsHandlerOptions extends IdentityDefaults {
  /** Called with the current cloud before each call (the server's clock follower). */
  readonly beforeCall?: (cloud: Cloud) => void;
}

const headerValue = (value: string | readonly string[] | undefined): string | undefined =>
  typeof value === 'string' ? value : value?.[0];

const lastParam = (params: readonly (readonly [string, string])[], name: string): string | undefined => {
  for (let i = params.length - 1; i >= 0; i--) {
    const param = params[i];
    if (param !== undefined && param[0] === name) return param[1];
  }
  return undefined;
};

/** The API a request's envelope is written in before it is known for sure: EC2's. */
const DEFAULT_API = QUERY_APIS.ec2;

function answer(status: number, body: string, requestId: string): HttpAnswer {
  return { status, headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId }, body };
}

/** Reads the credential scope without failing: for choosing an error envelope only. */
function scopeGuess(authorization: string | undefined, queryCredential: string | undefined): CredentialScope | undefined {
  try {
    return credentialScope(authorization, queryCredential);
  } catch {
    return undefined;
  }
}

/**
 * An AWS error answered before a request could be read (a body over the limit), in EC2's
 * envelope.
 *
 * @example
 * rejectAwsRequest({ cloud }, errors.requestEntityTooLarge(16)).status; // 413
 */
export function rejectAwsRequest(host: ModelHost, error: CloudError): HttpAnswer {
  const requestId = nextRequestId(host.cloud);
  return answer(error.httpStatusCode, errorXml(DEFAULT_API, error, requestId), requestId);
}

/**
 * Answers one AWS Query request from `host.cloud` (read afresh: a restore replaces it).
 *
 * @example
 * handleAwsRequest({ cloud }, { method: 'POST', url: '/', headers: {}, body: 'Action=DescribeAvailabilityZones&Version=2016-11-15' }, { defaultAccountId: '123456789012', defaultRegion: 'us-east-1' }).status; // 200
 */
export function handleAwsRequest(host: ModelHost, request: HttpRequestData, options: AwsHandlerOptions): HttpAnswer {
  const cloud = host.cloud;
  let api = DEFAULT_API;
  try {
    const q = request.url.indexOf('?');
    const path = q < 0 ? request.url : request.url.slice(0, q);
    const queryParams = parseForm(q < 0 ? '' : request.url.slice(q + 1));
    const bodyParams = request.method === 'GET' || request.method === 'HEAD' ? [] : parseForm(request.body);
    const params = queryParams.length === 0 ? bodyParams : [...queryParams, ...bodyParams];
    const authorization = headerValue(request.headers['authorization']);
    const queryCredential = lastParam(queryParams, 'X-Amz-Credential');
    const version = lastParam(params, 'Version');
    const byVersion = version === undefined ? undefined : apiOfVersion(version);
    const guess = scopeGuess(authorization, queryCredential);
    api = byVersion ?? (guess === undefined ? undefined : apiOfSigningName(guess.service)) ?? DEFAULT_API;

    if (path !== '/') throw errors.pathNotFound(path);
    const scope = credentialScope(authorization, queryCredential);
    if (version !== undefined && byVersion === undefined) throw errors.noSuchVersion(version, api.serviceName);
    if (version === undefined && (scope === undefined || apiOfSigningName(scope.service) === undefined)) throw errors.missingParameter('Version');
    const action = lastParam(params, 'Action');
    if (action === undefined || action === '') throw errors.missingAction();
    const shapes = api.shapes.actions[action];
    if (shapes === undefined) {
      throw api.shapes.unmodelled.includes(action)
        ? errors.unsupportedOperation(action, `this ${api.api === 'ec2' ? 'EC2' : 'ELBv2'} action is not modelled`)
        : errors.invalidAction(action, api.api, api.version);
    }
    const input = decodeQueryInput(api, shapes[0], params);
    const identity = identityOf(scope, options);
    options.beforeCall?.(cloud);
    const output = cloud.dispatch(api.api, action, identity, input);
    const requestId = nextRequestId(cloud);
    return answer(200, successXml(api, action, output, requestId), requestId);
  } catch (caught) {
    const error: CloudError = isCloudError(caught) ? caught : errors.internalError();
    const requestId = nextRequestId(cloud);
    return answer(error.httpStatusCode, errorXml(api, error, requestId), requestId);
  }
}
