import { DRAFT_LIMITS, newId, type ScenarioExample, type UserScenario } from '../../../src/domain';
import { idsOf, removeAt, replaceAt } from '../draft/list-edits';
import { ListSection } from '../fields/ListSection';
import { TextInput } from '../fields/TextInput';
import { ExampleEditor } from './ExampleEditor';

const blankExample = (): ScenarioExample => ({
  kind: 'given-when-then',
  given: '',
  when: '',
  then: '',
});

/** User scenarios, each with at least one concrete example (the schema requires one). */
export function ScenariosEditor({
  scenarios,
  onChange,
}: {
  scenarios: UserScenario[];
  onChange: (next: UserScenario[]) => void;
}) {
  const path = 'discovery.scenarios';
  return (
    <ListSection
      path={path}
      title="User scenarios"
      noun="scenario"
      items={scenarios}
      limit={DRAFT_LIMITS.scenarios}
      description="What a user does, with at least one concrete example each."
      emptyText="No user scenarios yet."
      keyOf={(s) => s.id}
      onAdd={() => {
        onChange([
          ...scenarios,
          { id: newId('scenario', idsOf(scenarios)), title: '', examples: [blankExample()] },
        ]);
      }}
      onRemove={(index) => {
        onChange(removeAt(scenarios, index));
      }}
      renderItem={(scenario, index) => {
        const at = `${path}[${String(index)}]`;
        const label = `Scenario ${String(index + 1)}`;
        const setExamples = (examples: ScenarioExample[]) => {
          onChange(replaceAt(scenarios, index, { ...scenario, examples }));
        };
        return (
          <>
            <TextInput
              path={`${at}.title`}
              label={`${label} title`}
              value={scenario.title}
              maxLength={DRAFT_LIMITS.name}
              onChange={(title) => {
                onChange(replaceAt(scenarios, index, { ...scenario, title }));
              }}
            />
            <ListSection
              path={`${at}.examples`}
              title={`${label} examples`}
              noun="example"
              items={scenario.examples}
              limit={DRAFT_LIMITS.examplesPerScenario}
              emptyText="A scenario needs at least one example."
              keyOf={(_, i) => String(i)}
              onAdd={() => {
                setExamples([...scenario.examples, blankExample()]);
              }}
              onRemove={(i) => {
                setExamples(removeAt(scenario.examples, i));
              }}
              renderItem={(example, i) => (
                <ExampleEditor
                  path={`${at}.examples[${String(i)}]`}
                  label={`${label} example ${String(i + 1)}`}
                  example={example}
                  onChange={(next) => {
                    setExamples(replaceAt(scenario.examples, i, next));
                  }}
                />
              )}
            />
          </>
        );
      }}
    />
  );
}
