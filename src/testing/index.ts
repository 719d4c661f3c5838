/**
 * `privatelink-model/testing`: fast-check arbitraries, model-based commands and invariant
 * checks for fuzzing tools against the model. fast-check is an optional peer dependency:
 * install it to use this entry (the root entry never imports it).
 *
 * - Arbitraries: valid account ids, principals, AZ maps, CIDR blocks, whole topology plans,
 *   and their invalid counterparts (near-miss ids, malformed principals, wrong regions,
 *   defective plans with the error code each must fail with).
 * - Model-based testing: `fc.commands` commands over every implemented action of both
 *   planes, checked against a small reference model, with `checkInvariants` after each step.
 * - Campaigns: `runFuzzCampaign` (and `npm run fuzz` in this repository) with replay by seed
 *   and path and (action x outcome) coverage.
 *
 * @example
 * import fc from 'fast-check';
 * import { fuzzProperty } from 'privatelink-model/testing';
 * fc.assert(fuzzProperty({ maxCommands: 25 }), { numRuns: 50 });
 *
 * @module privatelink-model/testing
 */

// Arbitraries: valid values.
export { accountId, accountIds } from './arbitraries/account-id.js';
export type { AccountIdConstraints, AccountIdsConstraints } from './arbitraries/account-id.js';
export { principal, principalArn, principalArnOf, iamName } from './arbitraries/principal.js';
export type { PrincipalConstraints, PrincipalKind } from './arbitraries/principal.js';
export { zoneMapping, accountZoneMaps } from './arbitraries/zone-mapping.js';
export type { ZoneMappingConstraints, AccountZoneMapsConstraints } from './arbitraries/zone-mapping.js';
export { vpcCidr, subnetCidrs } from './arbitraries/cidr.js';
export type { VpcCidrConstraints, SubnetCidrsConstraints, PrivateRange } from './arbitraries/cidr.js';
export { topologyPlan } from './arbitraries/topology.js';
export type { TopologyPlanConstraints } from './arbitraries/topology.js';
export type { LowQuotas } from './arbitraries/plan-quotas.js';
export { resourceId, nearMissResourceId, NEAR_MISS_ID_CODES, RESOURCE_ID_PREFIXES } from './arbitraries/resource-id.js';
export type { ResourceIdKind, ResourceIdDefect, NearMissResourceIdConstraints } from './arbitraries/resource-id.js';

// Arbitraries: invalid counterparts.
export { nearMissAccountId } from './arbitraries/near-miss-account-id.js';
export type { NearMissAccountIdConstraints, AccountIdDefect } from './arbitraries/near-miss-account-id.js';
export { malformedPrincipal } from './arbitraries/malformed-principal.js';
export type { MalformedPrincipalConstraints, PrincipalDefect } from './arbitraries/malformed-principal.js';
export { wrongRegion } from './arbitraries/wrong-region.js';
export type { WrongRegionConstraints, RegionDefect } from './arbitraries/wrong-region.js';
export { defectiveTopologyPlan, TOPOLOGY_DEFECT_CODES } from './arbitraries/defective-topology.js';
export { foreignResource, FOREIGN_RESOURCE_CODES } from './arbitraries/foreign-resource.js';
export type { ForeignResource, ForeignResourceKind } from './arbitraries/foreign-resource.js';
export type { DefectiveTopologyPlan, DefectiveTopologyPlanConstraints, TopologyDefect } from './arbitraries/defective-topology.js';

// Topology plans.
export type { TopologyPlan, ProviderPlan, ConsumerPlan, VpcPlan, SubnetPlan, LoadBalancerPlan, LoadBalancerGroupPlan, PlanTimings } from './topology/plan.js';
export { createTopologyCloud, realizeTopology, buildTopologyPlan } from './topology/realize.js';
export type { RealizedTopology, RealizedVpc, RealizedLoadBalancer, RealizedTarget } from './topology/realize.js';

// Invariants.
export { checkInvariants, assertInvariants } from './invariants/check-invariants.js';
export { settle } from './invariants/json-carry.js';
export type { CheckInvariantsOptions, InvariantSubject } from './invariants/check-invariants.js';
export { INVARIANTS, formatViolations } from './invariants/violation.js';
export type { InvariantViolation, InvariantNumber } from './invariants/violation.js';
export { recordHistory } from './invariants/history.js';
export type { CloudHistory, EndpointCreation, EndpointTransition } from './invariants/history.js';

// Model-based testing: the reference model and commands.
export type {
  FuzzModel,
  ModelVpc,
  ModelSubnet,
  ModelSecurityGroup,
  ModelLoadBalancer,
  ModelTarget,
  ModelTargetGroup,
  ModelListener,
  ModelService,
  ModelPrivateDns,
  ModelEndpoint,
  ModelEndpointZone,
  ModelConnection,
  ModelPeering,
  ModelOnPremises,
  ModelNotification,
  JournalEntry,
} from './model/fuzz-model.js';
export { createFuzzModel } from './model/create-model.js';
export { FullCheckSchedule } from './model/full-checks.js';
export type { FuzzModelOptions } from './model/create-model.js';
export { Coverage } from './model/coverage.js';
export { attempt, expectOutcome, checkUnsuccessful, control, journaled } from './model/attempt.js';
export type { Expected, Attempt } from './model/attempt.js';
export { adoptService } from './model/adopt.js';
export { MODELLED_QUOTAS, quotaErrorCode, quotaRefusal, quotaUsage } from './model/quota-rules.js';
export type { ModelledQuota } from './model/quota-rules.js';
export { advanceModel, cutConnections, moveModelEndpoint } from './model/reference.js';
export { defineFuzzCommand, defineAsyncFuzzCommand, toAsyncFuzzCommand } from './commands/define.js';
export type { FuzzCommand, AsyncFuzzCommand, FuzzCommandSpec } from './commands/define.js';
export { builtInCommands } from './commands/all.js';
export type { WeightedCommand } from './commands/all.js';

// Runs and campaigns.
export { fuzzSetup } from './harness/setup.js';
export { fuzzCommands, fuzzProperty } from './harness/fuzz.js';
export type { FuzzConstraints } from './harness/fuzz.js';
export { checkReplayIsIdentical } from './harness/determinism.js';
export { runFuzzCampaign } from './harness/campaign.js';
export type { FuzzCampaignOptions, FuzzCampaignReport, FuzzFailure } from './harness/campaign.js';
export { workerShare, reportData, mergeCampaignReports } from './harness/workers.js';
export type { FuzzCampaignReportData, MergedCampaignReport } from './harness/workers.js';
