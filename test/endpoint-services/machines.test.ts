import { describe, expect, it } from 'vitest';
import { endpointServiceMachine } from '../../src/machines/endpoint-service.js';
import { privateDnsVerificationMachine } from '../../src/machines/private-dns-verification.js';
import { machineEdges, stateNames, stepMachine } from '../../src/machines/step.js';

describe('endpoint service machine', () => {
  it('has exactly AWS states and transitions', () => {
    expect(stateNames(endpointServiceMachine)).toEqual(['Pending', 'Available', 'Failed', 'Deleting', 'Deleted']);
    expect(machineEdges(endpointServiceMachine).map((e) => `${e.from} -${e.event}-> ${e.to}`).sort()).toEqual(
      [
        'Pending -provisioned-> Available',
        'Pending -modify-> Pending',
        'Pending -fail-> Failed',
        'Pending -delete-> Deleting',
        'Available -modify-> Available',
        'Available -delete-> Deleting',
        'Failed -delete-> Deleting',
        'Deleting -deleted-> Deleted',
      ].sort(),
    );
  });

  it('refuses what a state does not accept (undefined, never a silent step)', () => {
    expect(stepMachine(endpointServiceMachine, 'Deleting', { type: 'delete' })).toBeUndefined();
    expect(stepMachine(endpointServiceMachine, 'Deleted', { type: 'modify' })).toBeUndefined();
    expect(stepMachine(endpointServiceMachine, 'Failed', { type: 'modify' })).toBeUndefined();
    expect(stepMachine(endpointServiceMachine, 'Available', { type: 'provisioned' })).toBeUndefined();
  });
});

describe('private DNS verification machine', () => {
  it('has AWS states; outcomes only while a check is pending; a start re-checks from anywhere', () => {
    expect(stateNames(privateDnsVerificationMachine)).toEqual(['pendingVerification', 'verified', 'failed']);
    expect(stepMachine(privateDnsVerificationMachine, 'pendingVerification', { type: 'txtFound' })).toBe('verified');
    expect(stepMachine(privateDnsVerificationMachine, 'pendingVerification', { type: 'txtMissing' })).toBe('failed');
    expect(stepMachine(privateDnsVerificationMachine, 'verified', { type: 'start' })).toBe('pendingVerification');
    expect(stepMachine(privateDnsVerificationMachine, 'failed', { type: 'start' })).toBe('pendingVerification');
    expect(stepMachine(privateDnsVerificationMachine, 'verified', { type: 'txtMissing' })).toBeUndefined();
    expect(stepMachine(privateDnsVerificationMachine, 'failed', { type: 'txtFound' })).toBeUndefined();
  });
});
