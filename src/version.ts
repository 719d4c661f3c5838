/**
 * The package version, as a constant the bundles carry (errors name it). It must equal
 * `version` in `package.json`; `test/aws-sdk/version.test.ts` checks that they agree.
 *
 * @example
 * import { VERSION } from './version.js';
 * `privatelink-model ${VERSION}`; // 'privatelink-model 0.1.0'
 *
 * @module
 */

/**
 * The version of privatelink-model this build is.
 *
 * @example
 * VERSION; // '0.1.0'
 */
export const VERSION = '0.1.0';
