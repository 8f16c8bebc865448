// The on-demand reprocess job in the synthesized stack: its Lambda, its grants and the
// Step Functions loop that feeds each chunk's output back in until the range is done.
import { Match } from 'aws-cdk-lib/assertions';
import { onlyResource, resourcesOf, synth, type Synth } from './synth';

let s: Synth;
beforeAll(() => {
  s = synth();
});

const reprocessFn = () => onlyResource(s.template, 'AWS::Lambda::Function', (p) => String(p.Description ?? '').includes('rebuilds records from the raw archive'));

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };
function statementsOfRole(roleLogicalId: string): Statement[] {
  return Object.values(resourcesOf(s.template, 'AWS::IAM::Policy'))
    .filter((p) => JSON.stringify((p.Properties as { Roles: unknown[] }).Roles).includes(roleLogicalId))
    .flatMap((p) => (p.Properties as { PolicyDocument: { Statement: Statement[] } }).PolicyDocument.Statement);
}

describe('reprocess job', () => {
  it('has a Lambda with the bucket, a 15-minute timeout and bounded concurrency', () => {
    expect(reprocessFn().Properties).toMatchObject({
      Timeout: 900,
      ReservedConcurrentExecutions: 2,
      Environment: { Variables: { WIREWATCH_BUCKET: expect.anything(), POWERTOOLS_SERVICE_NAME: 'wirewatch-reprocess' } },
    });
  });

  it('reads the raw archive but never writes it (the archive is written once)', () => {
    const role = (reprocessFn().Properties as { Role: { 'Fn::GetAtt': string[] } }).Role['Fn::GetAtt'][0];
    const statements = statementsOfRole(role);
    const resourcesFor = (action: string) => JSON.stringify(statements.filter((st) => [st.Action].flat().includes(action)).map((st) => st.Resource));
    expect(resourcesFor('s3:GetObject')).toContain('/raw/*');
    expect(resourcesFor('s3:PutObject')).not.toContain('/raw/');
    expect(resourcesFor('s3:PutObject')).toContain('/records/*');
    expect(resourcesFor('s3:DeleteObject')).not.toContain('/raw/');
  });

  it('loops: invoke a chunk, and invoke again with its output until it says done', () => {
    const sm = onlyResource(s.template, 'AWS::StepFunctions::StateMachine', () => true);
    const props = sm.Properties as { DefinitionString: unknown; TracingConfiguration: unknown; LoggingConfiguration: { Level: string } };
    expect(props.TracingConfiguration).toEqual({ Enabled: true });
    expect(props.LoggingConfiguration.Level).toBe('ALL');
    // The definition is a Fn::Join of literal parts and the function's ARN: take the literal text.
    const parts = (props.DefinitionString as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
    const text = parts.map((p) => (typeof p === 'string' ? p : 'TOKEN')).join('');
    const def = JSON.parse(text) as { StartAt: string; States: Record<string, { Type: string; Next?: string; Choices?: Array<{ Variable: string; BooleanEquals: boolean; Next: string }>; Default?: string }> };
    expect(def.States[def.StartAt]).toMatchObject({ Type: 'Task', Next: 'RangeDone' });
    const choice = def.States.RangeDone;
    expect(choice.Choices).toEqual([expect.objectContaining({ Variable: '$.done', BooleanEquals: true })]);
    expect(choice.Default).toBe(def.StartAt);
    expect(def.States[choice.Choices![0].Next].Type).toBe('Succeed');
    expect(JSON.stringify(parts)).toContain(reprocessFn().logicalId);
  });

  it('the state machine may invoke the reprocess function only', () => {
    const sm = onlyResource(s.template, 'AWS::StepFunctions::StateMachine', () => true);
    const role = (sm.Properties as { RoleArn: { 'Fn::GetAtt': string[] } }).RoleArn['Fn::GetAtt'][0];
    const invoke = statementsOfRole(role).filter((st) => [st.Action].flat().includes('lambda:InvokeFunction'));
    expect(invoke).toHaveLength(1);
    expect(JSON.stringify(invoke[0].Resource)).toContain(reprocessFn().logicalId);
    s.template.hasOutput('ReprocessStateMachineArn', { Value: { Ref: Match.stringLikeRegexp(sm.logicalId) } });
  });
});
