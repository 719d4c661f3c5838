/**
 * Private DNS names of endpoint services and their domain verification: the provider sets a
 * name (`ModifyVpcEndpointServiceConfiguration` `PrivateDnsName`, which issues a TXT
 * challenge) or removes it, publishes or withdraws the TXT record in the model's public DNS
 * (`cloud.publicDns`, at the name or a parent domain), and starts verification
 * (`StartVpcEndpointServicePrivateDnsVerification`: `verified` when the record is there,
 * `failed` otherwise; `InvalidParameter` without a name).
 *
 * @module
 */
import fc from 'fast-check';
import { firstOf } from '../_internals/first.js';
import { fuzzFailure } from '../_internals/failure.js';
import { attempt, control, expectOutcome } from '../model/attempt.js';
import type { FuzzModel, ModelPrivateDns, ModelService } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

const NAMES = ['api.example.com', 'svc.internal.example.org', 'shared.example.net'] as const;

type Step = 'setName' | 'removeName' | 'publish' | 'publishAtParent' | 'unpublish' | 'verify';

/** Where the TXT record for `dns` lives: at the name, or at its parent domain. */
function txtRecordName(dns: ModelPrivateDns, atParent: boolean): string {
  const domain = atParent ? dns.name.split('.').slice(1).join('.') : dns.name;
  return `${dns.txtName}.${domain}`;
}

/** Whether the challenge of `dns` is published at the name or any parent of two labels or more. */
function published(model: FuzzModel, dns: ModelPrivateDns): boolean {
  const labels = dns.name.split('.');
  for (let i = 0; i <= labels.length - 2; i++) {
    if (model.publishedTxt.has(`${dns.txtName}.${labels.slice(i).join('.')}\t${dns.txtValue}`)) return true;
  }
  return false;
}

function setName(model: FuzzModel, cloud: Parameters<FuzzCommand['run']>[1], service: ModelService, name: string): void {
  const r = attempt(model, cloud, 'ModifyVpcEndpointServiceConfiguration', expectOutcome('ok'), (c) =>
    c.ec2(identityOf(model, service.owner)).modifyVpcEndpointServiceConfiguration({ ServiceId: service.id, PrivateDnsName: name }),
  );
  if (!r.ok || service.privateDns?.name === name) return;
  const described = attempt(model, cloud, 'DescribeVpcEndpointServiceConfigurations', expectOutcome('ok'), (c) =>
    c.ec2(identityOf(model, service.owner)).describeVpcEndpointServiceConfigurations({ ServiceIds: [service.id] }),
  );
  if (!described.ok) return;
  const txt = firstOf(described.value.ServiceConfigurations, 'the service configuration').PrivateDnsNameConfiguration;
  if (txt.State !== 'pendingVerification' || txt.Name === undefined || txt.Value === undefined) {
    throw fuzzFailure(`a new private DNS name of ${service.id} should start pendingVerification with a TXT challenge, got ${JSON.stringify(txt)}`);
  }
  service.privateDns = { name, txtName: txt.Name, txtValue: txt.Value, state: 'pendingVerification' };
}

/**
 * One step of a provider proving control of a private DNS name.
 *
 * @example
 * const commands = fc.commands([privateDnsCommand()], { maxCommands: 10 });
 */
export function privateDnsCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'PrivateDns',
    input: fc.record({
      service: fc.nat(),
      step: fc.constantFrom<Step>('setName', 'setName', 'removeName', 'publish', 'publishAtParent', 'unpublish', 'verify', 'verify'),
      name: fc.constantFrom(...NAMES),
    }),
    check: (model) => model.services.length > 0,
    run: (model, cloud, { service: n, step, name }) => {
      const service = pick(model.services, n);
      if (service === undefined) return;
      const dns = service.privateDns;
      if (step === 'setName') return setName(model, cloud, service, name);
      if (step === 'removeName') {
        const r = attempt(model, cloud, 'ModifyVpcEndpointServiceConfiguration', expectOutcome('ok'), (c) =>
          c.ec2(identityOf(model, service.owner)).modifyVpcEndpointServiceConfiguration({ ServiceId: service.id, RemovePrivateDnsName: true }),
        );
        if (r.ok) delete service.privateDns;
        return;
      }
      if (step === 'verify') {
        const r = attempt(model, cloud, 'StartVpcEndpointServicePrivateDnsVerification', expectOutcome(dns === undefined ? 'InvalidParameter' : 'ok'), (c) =>
          c.ec2(identityOf(model, service.owner)).startVpcEndpointServicePrivateDnsVerification({ ServiceId: service.id }),
        );
        if (r.ok && dns !== undefined) dns.state = published(model, dns) ? 'verified' : 'failed';
        return;
      }
      if (dns === undefined) return;
      const record = txtRecordName(dns, step === 'publishAtParent');
      if (step === 'unpublish') {
        control(model, cloud, 'cloud.publicDns.remove', (c) => c.publicDns.remove(record, 'TXT'));
        for (const key of [...model.publishedTxt]) if (key.startsWith(`${record}\t`)) model.publishedTxt.delete(key);
        return;
      }
      control(model, cloud, 'cloud.publicDns.upsert', (c) => c.publicDns.upsert(record, 'TXT', dns.txtValue));
      model.publishedTxt.add(`${record}\t${dns.txtValue}`);
    },
  });
}
