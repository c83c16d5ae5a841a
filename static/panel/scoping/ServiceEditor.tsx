import { Stack } from '@atlaskit/primitives';
import { DRAFT_LIMITS, type Service } from '../../../src/domain';
import { CheckboxInput } from '../fields/CheckboxInput';
import { TextInput } from '../fields/TextInput';
import { CriteriaEditor } from './CriteriaEditor';
import { EndpointsEditor } from './EndpointsEditor';
import { FailSafesEditor } from './FailSafesEditor';
import { FailureModesEditor } from './FailureModesEditor';
import { InputsEditor } from './InputsEditor';
import { OutputsEditor } from './OutputsEditor';

/** Every part of one service, from its name to its success criteria. */
export function ServiceEditor({
  index,
  service,
  otherServices,
  onChange,
}: {
  index: number;
  service: Service;
  otherServices: readonly Service[];
  onChange: (recipe: (current: Service) => Service) => void;
}) {
  const at = `scoping.services[${String(index)}]`;
  const set =
    <K extends keyof Service>(key: K) =>
    (value: Service[K]) => {
      onChange((current) => ({ ...current, [key]: value }));
    };
  return (
    <Stack space="space.200">
      <TextInput
        path={`${at}.name`}
        label="Service name"
        value={service.name}
        maxLength={DRAFT_LIMITS.name}
        onChange={set('name')}
      />
      <TextInput
        path={`${at}.primaryFunction`}
        label="Primary function"
        helper="One sentence: what this service is for."
        value={service.primaryFunction}
        maxLength={DRAFT_LIMITS.line}
        onChange={set('primaryFunction')}
      />
      <Stack space="space.050">
        <CheckboxInput
          path={`${at}.authenticated`}
          label="Callers must authenticate (suggests 401 and 403)"
          checked={service.authenticated === true}
          onChange={set('authenticated')}
        />
        <CheckboxInput
          path={`${at}.publicFacing`}
          label="Open to the public (suggests a rate limit and 429)"
          checked={service.publicFacing === true}
          onChange={set('publicFacing')}
        />
      </Stack>
      <InputsEditor
        path={`${at}.inputs`}
        inputs={service.inputs}
        otherServices={otherServices}
        onChange={set('inputs')}
      />
      <OutputsEditor path={`${at}.outputs`} outputs={service.outputs} onChange={set('outputs')} />
      <EndpointsEditor
        path={`${at}.endpoints`}
        endpoints={service.endpoints}
        onChange={set('endpoints')}
      />
      <FailureModesEditor
        path={`${at}.failureModes`}
        failureModes={service.failureModes}
        onChange={set('failureModes')}
      />
      <FailSafesEditor
        path={`${at}.failSafes`}
        failSafes={service.failSafes}
        onChange={set('failSafes')}
      />
      <CriteriaEditor
        path={`${at}.successCriteria`}
        service={service}
        onChange={set('successCriteria')}
      />
    </Stack>
  );
}
