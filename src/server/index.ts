/**
 * `privatelink-model/server`: the model over HTTP, speaking the AWS EC2 and ELBv2 Query
 * protocols (for the AWS CLI, boto3, Terraform and any SDK) beside a model-control JSON API.
 * Also started by `npx privatelink-model serve`.
 *
 * @module
 */
export { serve, type ServeOptions, type ModelServer } from './serve.js';
export { handleAwsRequest, rejectAwsRequest, type HttpRequestData, type HttpAnswer, type AwsHandlerOptions } from './aws-handler.js';
export { CONTROL_PREFIX, handleControl, type ModelHost, type ControlRequest, type ControlResponse } from './control/handler.js';
export { credentialScope, identityOf, type CredentialScope, type IdentityDefaults } from './sigv4.js';
