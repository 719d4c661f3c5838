/**
 * `privatelink-model/aws-sdk`: serve real AWS SDK v3 clients from a modelled cloud.
 *
 * @module privatelink-model/aws-sdk
 */
export {};
