import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { STEPS, type StepId } from './steps';

const listStyle = {
  display: 'flex',
  alignItems: 'center',
  gap: token('space.100'),
  margin: 0,
  padding: 0,
  listStyle: 'none',
} as const;

/** The three steps as buttons in order; the current one is marked for screen readers. */
export function StepNav({
  current,
  busy,
  onSelect,
}: {
  current: StepId;
  busy: boolean;
  onSelect: (step: StepId) => void;
}) {
  return (
    <nav aria-label="Breakdown steps">
      <ol style={listStyle}>
        {STEPS.map((step, index) => (
          <li key={step.id}>
            <Button
              appearance={step.id === current ? 'primary' : 'subtle'}
              aria-current={step.id === current ? 'step' : undefined}
              isDisabled={busy}
              onClick={() => {
                onSelect(step.id);
              }}
            >
              {`${String(index + 1)}. ${step.label}`}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
