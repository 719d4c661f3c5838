/**
 * The Query decoder and the XML encoder on tricky shapes: nested lists of structures, list
 * order by index, empty lists, maps (and a `__proto__` key), booleans, numbers, timestamps,
 * blobs, flattened lists and maps, unknown parameters, and XML escaping.
 */
import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { QUERY_APIS, errorXml, successXml } from '../../src/server/query/apis.js';
import { decodeQueryInput, type QueryFlavour } from '../../src/server/query/decode.js';
import { encodeXmlContent, escapeXml, scalarText } from '../../src/server/query/encode.js';
import { parseForm } from '../../src/server/query/form.js';
import { isScalar, shapeOf } from '../../src/server/shapes/resolve.js';
import type { WireApi } from '../../src/server/shapes/types.js';
import { errors } from '../../src/core/errors.js';

const ec2 = QUERY_APIS.ec2;
const elbv2 = QUERY_APIS.elbv2;
const decode = (flavour: QueryFlavour, action: string, body: string) => decodeQueryInput(flavour, flavour.shapes.actions[action]?.[0] ?? null, parseForm(body));

/** A hand-made table for kinds the modelled actions lack (timestamps and blobs in inputs, flattened lists and maps). */
const CUSTOM: WireApi = {
  unmodelled: [],
  actions: { Op: ['OpInput', 'OpInput'] },
  shapes: {
    OpInput: {
      kind: 'structure',
      members: [
        ['When', 'When', 'when', 'timestamp'],
        ['Epoch', 'Epoch', 'epoch', 'timestamp-epoch'],
        ['Http', 'Http', 'http', 'timestamp-http'],
        ['Data', 'Data', 'data', 'blob'],
        ['Flat', 'Flat', 'flat', { kind: 'list', member: 'string', memberName: 'item', flat: true }],
        ['Named', 'Named', 'named', { kind: 'list', member: 'number', memberName: 'Num' }],
        ['Map', 'Map', 'map', { kind: 'map', key: 'string', value: 'boolean', keyName: 'k', valueName: 'v' }],
        ['FlatMap', 'FlatMap', 'flatMap', { kind: 'map', key: 'string', value: 'string', keyName: 'key', valueName: 'value', flat: true }],
      ],
    },
  },
};
const custom: QueryFlavour = { shapes: CUSTOM, ec2: false };

describe('parseForm', () => {
  it('decodes percent escapes and +, keeps a key without =, skips empty pieces', () => {
    expect(parseForm('A=1&&B=x%20y+z&C&D=%E2%9C%93')).toEqual([['A', '1'], ['B', 'x y z'], ['C', ''], ['D', '✓']]);
  });

  it('answers MalformedQueryString (404, as AWS) for a bad escape', () => {
    const error = cloudErrorOf(() => parseForm('Action=%zz'));
    expect(error.code).toBe('MalformedQueryString');
    expect(error.httpStatusCode).toBe(404);
  });
});

describe('decodeQueryInput: EC2 Query', () => {
  it('decodes flattened lists in index order, not text order', () => {
    expect(decode(ec2, 'DescribeVpcs', 'VpcId.10=vpc-10&VpcId.2=vpc-2&VpcId.1=vpc-1')).toEqual({ VpcIds: ['vpc-1', 'vpc-2', 'vpc-10'] });
  });

  it('decodes lists of structures with lists inside (Filter.N.Value.M)', () => {
    expect(decode(ec2, 'DescribeSubnets', 'Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1&Filter.1.Value.2=vpc-2&Filter.2.Name=state&Filter.2.Value.1=available&MaxResults=5')).toEqual({
      Filters: [
        { Name: 'vpc-id', Values: ['vpc-1', 'vpc-2'] },
        { Name: 'state', Values: ['available'] },
      ],
      MaxResults: 5,
    });
  });

  it('decodes TagSpecification.N.Tag.M (ec2QueryName without the plural) and numbers and booleans', () => {
    expect(decode(ec2, 'CreateVpc', 'CidrBlock=10.0.0.0/16&AmazonProvidedIpv6CidrBlock=false&TagSpecification.1.ResourceType=vpc&TagSpecification.1.Tag.1.Key=Name&TagSpecification.1.Tag.1.Value=')).toEqual({
      CidrBlock: '10.0.0.0/16',
      AmazonProvidedIpv6CidrBlock: false,
      TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: '' }] }],
    });
  });

  it('decodes deeply nested structures (IpPermissions.N.IpRanges.M.CidrIp)', () => {
    expect(decode(ec2, 'AuthorizeSecurityGroupIngress', 'GroupId=sg-1&IpPermissions.1.IpProtocol=tcp&IpPermissions.1.FromPort=443&IpPermissions.1.ToPort=443&IpPermissions.1.IpRanges.1.CidrIp=10.0.0.0/8&IpPermissions.1.IpRanges.1.Description=a%26b')).toEqual({
      GroupId: 'sg-1',
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8', Description: 'a&b' }] }],
    });
  });

  it('leaves out Action, Version and presigned X-Amz-* parameters', () => {
    expect(decode(ec2, 'DescribeVpcs', 'Action=DescribeVpcs&Version=2016-11-15&X-Amz-Credential=x&X-Amz-Signature=y')).toEqual({});
  });

  it('refuses unknown parameters, at the top and nested, by their full name', () => {
    expect(cloudErrorOf(() => decode(ec2, 'DescribeVpcs', 'Nope=1'))).toMatchObject({ code: 'UnknownParameter', message: 'The parameter Nope is not recognized' });
    expect(cloudErrorOf(() => decode(ec2, 'DescribeVpcs', 'Filter.1.Nme=x')).message).toBe('The parameter Filter.1.Nme is not recognized');
    expect(cloudErrorOf(() => decode(ec2, 'DescribeVpcs', 'VpcId.x=vpc-1')).message).toBe('The parameter VpcId.x is not recognized');
    expect(cloudErrorOf(() => decode(ec2, 'DeleteVpc', 'VpcId.1=vpc-1')).message).toBe('The parameter VpcId.1 is not recognized');
    expect(cloudErrorOf(() => decode(ec2, 'DescribeVpcs', 'VpcId.0=vpc-1')).code).toBe('UnknownParameter');
  });

  it('refuses a number or boolean that is not one', () => {
    expect(cloudErrorOf(() => decode(ec2, 'DescribeVpcs', 'MaxResults=ten'))).toMatchObject({ code: 'InvalidParameterValue', message: 'Value (ten) for parameter MaxResults is invalid. Expected a number.' });
    expect(cloudErrorOf(() => decode(ec2, 'DescribeVpcs', 'DryRun=yes')).code).toBe('InvalidParameterValue');
  });
});

describe('decodeQueryInput: awsQuery (ELBv2)', () => {
  it('decodes member lists of structures and of strings', () => {
    expect(decode(elbv2, 'RegisterTargets', 'TargetGroupArn=arn&Targets.member.2.Id=10.0.0.2&Targets.member.1.Id=10.0.0.1&Targets.member.1.Port=80')).toEqual({
      TargetGroupArn: 'arn',
      Targets: [{ Id: '10.0.0.1', Port: 80 }, { Id: '10.0.0.2' }],
    });
    expect(decode(elbv2, 'CreateLoadBalancer', 'Name=a&Subnets.member.1=subnet-1&Tags.member.1.Key=k&Tags.member.1.Value=v')).toEqual({ Name: 'a', Subnets: ['subnet-1'], Tags: [{ Key: 'k', Value: 'v' }] });
  });

  it('decodes an empty list (Name=) as []', () => {
    expect(decode(elbv2, 'SetSecurityGroups', 'LoadBalancerArn=arn&SecurityGroups=')).toEqual({ LoadBalancerArn: 'arn', SecurityGroups: [] });
  });

  it('decodes maps (entry.N.key / entry.N.value), a __proto__ key as an own key', () => {
    const input = decode(elbv2, 'CreateListener', 'DefaultActions.member.1.Type=authenticate-oidc&DefaultActions.member.1.AuthenticateOidcConfig.AuthenticationRequestExtraParams.entry.1.key=__proto__&DefaultActions.member.1.AuthenticateOidcConfig.AuthenticationRequestExtraParams.entry.1.value=x&DefaultActions.member.1.AuthenticateOidcConfig.AuthenticationRequestExtraParams.entry.2.key=b&DefaultActions.member.1.AuthenticateOidcConfig.AuthenticationRequestExtraParams.entry.2.value=y');
    const params = (input['DefaultActions'] as { AuthenticateOidcConfig: { AuthenticationRequestExtraParams: Record<string, unknown> } }[])[0]?.AuthenticateOidcConfig.AuthenticationRequestExtraParams;
    expect(params).toBeDefined();
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.entries(params ?? {})).toEqual([['__proto__', 'x'], ['b', 'y']]);
  });

  it('ignores unknown parameters (awsQuery) but refuses values of the wrong type as ValidationError', () => {
    expect(decode(elbv2, 'DescribeLoadBalancers', 'Names.member.1=a&Unknown=1')).toEqual({ Names: ['a'] });
    expect(cloudErrorOf(() => decode(elbv2, 'DescribeLoadBalancers', 'PageSize=many'))).toMatchObject({ code: 'ValidationError' });
  });
});

describe('decodeQueryInput: other kinds', () => {
  it('decodes timestamps (ISO and epoch seconds), blobs, flattened and named lists, maps', () => {
    const input = decode(custom, 'Op', 'When=2026-01-01T00:00:00Z&Epoch=1767225600&Http=Thu,%2001%20Jan%202026%2000:00:00%20GMT&Data=aGk%3D&Flat.2=b&Flat.1=a&Named.Num.1=3&Map.entry.1.k=on&Map.entry.1.v=true&FlatMap.1.key=x&FlatMap.1.value=y');
    const at = new Date('2026-01-01T00:00:00Z');
    expect(input).toEqual({ When: at, Epoch: at, Http: at, Data: new Uint8Array([104, 105]), Flat: ['a', 'b'], Named: [3], Map: { on: true }, FlatMap: { x: 'y' } });
    expect(cloudErrorOf(() => decode(custom, 'Op', 'When=yesterday')).code).toBe('ValidationError');
    expect(cloudErrorOf(() => decode(custom, 'Op', 'Map.entry.1.v=true')).code).toBe('MissingParameter');
  });
});

describe('encodeXmlContent', () => {
  it('writes EC2 lists as item elements, empty lists as empty elements, booleans, escapes text', () => {
    const xml = encodeXmlContent(ec2.shapes, 'CreateVpcResult', {
      Vpc: { VpcId: 'vpc-1', IsDefault: false, Tags: [], CidrBlockAssociationSet: [{ CidrBlock: '10.0.0.0/16', CidrBlockState: { State: 'associated' } }], InstanceTenancy: 'default', OwnerId: '1<2>&"\'' },
    });
    expect(xml).toContain('<vpcId>vpc-1</vpcId>');
    expect(xml).toContain('<isDefault>false</isDefault>');
    expect(xml).toContain('<tagSet/>');
    expect(xml).toContain('<cidrBlockAssociationSet><item><cidrBlock>10.0.0.0/16</cidrBlock><cidrBlockState><state>associated</state></cidrBlockState></item></cidrBlockAssociationSet>');
    expect(xml).toContain('<ownerId>1&lt;2&gt;&amp;&quot;&apos;</ownerId>');
  });

  it('writes ELBv2 lists as member elements and timestamps as ISO-8601 from ms, strings or Dates', () => {
    const at = Date.UTC(2026, 0, 2, 3, 4, 5, 6);
    for (const CreatedTime of [at, new Date(at).toISOString(), new Date(at)]) {
      const xml = encodeXmlContent(elbv2.shapes, 'DescribeLoadBalancersOutput', { LoadBalancers: [{ LoadBalancerName: 'a', CreatedTime, AvailabilityZones: [{ ZoneName: 'us-east-1a' }] }] });
      expect(xml).toBe('<LoadBalancers><member><CreatedTime>2026-01-02T03:04:05.006Z</CreatedTime><LoadBalancerName>a</LoadBalancerName><AvailabilityZones><member><ZoneName>us-east-1a</ZoneName></member></AvailabilityZones></member></LoadBalancers>');
    }
  });

  it('leaves out members the shape does not have and null values', () => {
    expect(encodeXmlContent(ec2.shapes, 'DeleteSecurityGroupResult', { Return: true, GroupId: null, Internal: 'x' })).toBe('<return>true</return>');
  });

  it('writes maps, flattened lists and maps, blobs and timestamp formats', () => {
    const xml = encodeXmlContent(CUSTOM, 'OpInput', { Epoch: 1767225600000, Http: 1767225600000, Data: new Uint8Array([104, 105]), Flat: ['a', 'b'], Named: [1], Map: { k1: true }, FlatMap: { x: 'y' } });
    expect(xml).toBe('<epoch>1767225600</epoch><http>Thu, 01 Jan 2026 00:00:00 GMT</http><data>aGk=</data><flat>a</flat><flat>b</flat><named><Num>1</Num></named><map><entry><k>k1</k><v>true</v></entry></map><flatMap><key>x</key><value>y</value></flatMap>');
  });

  it('escapes characters XML cannot carry', () => {
    expect(escapeXml('a\u0001b\rc\td')).toBe('a\ufffdb&#13;c\td');
    expect(scalarText('boolean', 'true')).toBe('true');
  });
});

describe('envelopes', () => {
  it('EC2: requestId first, <return>true</return> for actions without output', () => {
    expect(successXml(ec2, 'DeleteVpc', {}, 'r-1')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<DeleteVpcResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-1</requestId><return>true</return></DeleteVpcResponse>');
    expect(errorXml(ec2, errors.vpcNotFound('vpc-1'), 'r-2')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>InvalidVpcID.NotFound</Code><Message>The vpc ID &apos;vpc-1&apos; does not exist</Message></Error></Errors><RequestID>r-2</RequestID></Response>');
  });

  it('ELBv2: XxxResult and ResponseMetadata; errors with Type Sender (Receiver for 5xx)', () => {
    expect(successXml(elbv2, 'DeleteLoadBalancer', {}, 'r-1')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<DeleteLoadBalancerResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><DeleteLoadBalancerResult/><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></DeleteLoadBalancerResponse>');
    expect(errorXml(elbv2, errors.validationError('bad'), 'r-2')).toContain('<Error><Type>Sender</Type><Code>ValidationError</Code><Message>bad</Message></Error><RequestId>r-2</RequestId>');
    expect(errorXml(elbv2, errors.internalError(), 'r-3')).toContain('<Type>Receiver</Type>');
  });
});

describe('wire references', () => {
  const broken: WireApi = { unmodelled: [], actions: { Op: ['Missing', null] }, shapes: { Ids: { kind: 'list', member: 'string', memberName: 'item' } } };

  it('tell scalar kinds from shapes and resolve named and inline shapes', () => {
    expect(isScalar('timestamp-epoch')).toBe(true);
    expect(isScalar('Ids')).toBe(false);
    expect(shapeOf(broken, 'Ids')).toEqual({ kind: 'list', member: 'string', memberName: 'item' });
    const inline = { kind: 'map', key: 'string', value: 'string', keyName: 'key', valueName: 'value' } as const;
    expect(shapeOf(broken, inline)).toBe(inline);
  });

  it('a name the table lacks is InternalFailure (a defect of the tables), never a plain Error, in decoding and encoding', () => {
    const missing = cloudErrorOf(() => shapeOf(broken, 'Missing'));
    expect(missing.code).toBe('InternalFailure');
    expect(missing.message).toContain('no wire shape Missing');
    expect(cloudErrorOf(() => decodeQueryInput({ shapes: broken, ec2: true }, 'Missing', parseForm('Action=Op'))).code).toBe('InternalFailure');
    expect(cloudErrorOf(() => encodeXmlContent(broken, 'Missing', {})).code).toBe('InternalFailure');
  });
});
