import { expect, it } from 'vitest';
import { toMermaid } from '../../src/index.js';
import { CONSUMER, consumerNetwork, createService, PROVIDER, setup } from '../endpoint-services/fixtures.js';

it('diagrams draw endpoint services and their endpoints: an endpoint to an AWS service changes nothing', () => {
  const env = setup();
  const config = createService(env, { AcceptanceRequired: false });
  env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
  const { ec2, vpcId, subnetId } = consumerNetwork(env);
  ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: config.ServiceName, SubnetIds: [subnetId] });
  const withService = toMermaid(env.cloud.world);
  ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: 'com.amazonaws.us-east-1.sts', SubnetIds: [subnetId], PrivateDnsEnabled: false });
  const text = toMermaid(env.cloud.world);
  expect(text).toContain(PROVIDER);
  expect(text).not.toContain('amazon');
  expect(text).toBe(withService);
});
