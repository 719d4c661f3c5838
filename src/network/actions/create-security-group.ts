/**
 * EC2 `CreateSecurityGroup` in a VPC: a name unique within the VPC (`InvalidGroup.Duplicate`),
 * never shaped like a group id (`sg-*`), AWS's default egress rule, no ingress rules.
 * The model has no default VPC, so `VpcId` is required (`VPCIdNotSpecified` as on AWS
 * for an account without one). Past the account's security groups per Region quota:
 * `SecurityGroupLimitExceeded`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import type { Tag } from '../../core/tags.js';
import { checkIdShape } from '../id-params.js';
import { requireVpc } from '../lookup.js';
import { renderTags } from '../render.js';
import { createSecurityGroupRecord, securityGroupArn } from '../security-groups.js';
import { hasRow } from '../../core/table.js';

/** SDK v3 `CreateSecurityGroupRequest`. */
export interface CreateSecurityGroupRequest {
  GroupName: string | undefined;
  Description: string | undefined;
  VpcId?: string | undefined;
  TagSpecifications?: { ResourceType?: string | undefined; Tags?: Tag[] | undefined }[] | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `CreateSecurityGroupResult`. */
export interface CreateSecurityGroupResult {
  GroupId: string;
  Tags: Tag[];
  SecurityGroupArn: string;
}

/** AWS's limit on group names and descriptions. */
const MAX_LENGTH = 255;

/** Names and descriptions are ASCII, at most 255 characters. */
function checkText(field: string, value: string): void {
  if (!/^[\x20-\x7e]*$/.test(value)) throw errors.invalidParameterValue(field, value, 'Character sets beyond ASCII are not supported.');
  if (value.length > MAX_LENGTH) throw errors.invalidParameterValue(field, value, `Length exceeds maximum of ${MAX_LENGTH}.`);
}

/**
 * `CreateSecurityGroup`.
 *
 * @example
 * const { GroupId } = ec2.createSecurityGroup({ GroupName: 'web', Description: 'web tier', VpcId });
 */
export const createSecurityGroup = defineAction<CreateSecurityGroupRequest, CreateSecurityGroupResult>()({
  name: 'CreateSecurityGroup',
  api: 'ec2',
  parse: (p) => {
    const groupName = p.string('GroupName');
    const description = p.string('Description');
    if (groupName.startsWith('sg-')) {
      throw errors.invalidParameterValue('GroupName', groupName, 'Group names may not be in the format sg-*.');
    }
    checkText('GroupName', groupName);
    checkText('GroupDescription', description);
    const vpcId = p.optionalString('VpcId');
    if (vpcId === undefined) throw errors.vpcIdNotSpecified();
    return { groupName, description, vpcId: checkIdShape('vpc', vpcId), tags: p.tagSpecifications('security-group') };
  },
  apply: (ctx, { groupName, description, vpcId, tags }) => {
    const { accountId, region } = ctx.caller;
    const vpc = requireVpc(ctx.region, accountId, vpcId);
    if (hasRow(vpc.securityGroupsByName, groupName)) throw errors.securityGroupDuplicate(groupName, vpcId);
    const group = createSecurityGroupRecord(ctx, ctx.region, { vpc, groupName, description, tags });
    ctx.emit({ type: 'ResourceCreated', region, accountId, resourceType: 'security-group', resourceId: group.GroupId });
    return { GroupId: group.GroupId, Tags: renderTags(group.Tags), SecurityGroupArn: securityGroupArn(region, accountId, group.GroupId) };
  },
});
