import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { DRAFT_LIMITS, type Discovery } from '../../../src/domain';
import { TextAreaInput } from '../fields/TextAreaInput';
import { TextInput } from '../fields/TextInput';
import { OpenQuestionsEditor } from './OpenQuestionsEditor';
import { ScenariosEditor } from './ScenariosEditor';
import { SpikeEditor } from './SpikeEditor';
import { StakeholdersEditor } from './StakeholdersEditor';

/** Step 1: why the work exists, for whom, and what is still unknown. */
export function DiscoveryStep({
  discovery,
  onChange,
}: {
  discovery: Discovery;
  onChange: (recipe: (current: Discovery) => Discovery) => void;
}) {
  const set =
    <K extends keyof Discovery>(key: K) =>
    (value: Discovery[K]) => {
      onChange((current) => ({ ...current, [key]: value }));
    };
  return (
    <Stack space="space.200">
      <Heading size="small" as="h3">
        Discovery
      </Heading>
      <TextInput
        path="discovery.featureTitle"
        label="Feature title"
        value={discovery.featureTitle}
        maxLength={DRAFT_LIMITS.title}
        onChange={set('featureTitle')}
      />
      <TextAreaInput
        path="discovery.problem"
        label="Problem or goal"
        helper="Why this work exists: the problem to solve or the goal to reach."
        value={discovery.problem}
        maxLength={DRAFT_LIMITS.text}
        onChange={set('problem')}
      />
      <TextAreaInput
        path="discovery.outcome"
        label="Intended outcome"
        helper="What will be different, with a number to measure it by."
        value={discovery.outcome}
        maxLength={DRAFT_LIMITS.text}
        onChange={set('outcome')}
      />
      <StakeholdersEditor stakeholders={discovery.stakeholders} onChange={set('stakeholders')} />
      <ScenariosEditor scenarios={discovery.scenarios} onChange={set('scenarios')} />
      <OpenQuestionsEditor questions={discovery.openQuestions} onChange={set('openQuestions')} />
      <SpikeEditor spike={discovery.spike} onChange={set('spike')} />
    </Stack>
  );
}
