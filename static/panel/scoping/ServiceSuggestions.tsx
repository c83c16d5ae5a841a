import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  SUGGESTION_CATEGORIES,
  acceptSuggestion,
  dismissSuggestion,
  restoreDismissed,
  suggest,
  type Draft,
  type Suggestion,
  type SuggestionCategory,
} from '../../../src/domain';
import { SuggestionCard } from './SuggestionCard';

const CATEGORY_TITLES: Record<SuggestionCategory, string> = {
  'failure-mode': 'Failure modes',
  'fail-safe': 'Fail-safes',
  'success-criterion': 'Success criteria',
  gap: 'Gaps',
};

const listStyle = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column' as const,
  gap: token('space.075'),
};

/**
 * What the suggestion rules would add to one service, from the draft as it is being edited.
 * Accept puts the entries into the draft (saved with the normal save); Dismiss remembers the
 * suggestion with the service. Nothing is added without Accept.
 */
export function ServiceSuggestions({
  draft,
  serviceId,
  serviceName,
  onEditDraft,
}: {
  draft: Draft;
  serviceId: string;
  serviceName: string;
  onEditDraft: (recipe: (draft: Draft) => Draft) => void;
}) {
  const suggestions = useMemo(() => suggest(draft, serviceId), [draft, serviceId]);
  const dismissedCount =
    draft.scoping.services.find((s) => s.id === serviceId)?.dismissedSuggestions?.length ?? 0;
  const [announcement, setAnnouncement] = useState('');
  // Categories fold so a long list stays manageable; the first with suggestions starts open.
  const [opened, setOpened] = useState<ReadonlySet<SuggestionCategory> | null>(null);
  const firstCategory = SUGGESTION_CATEGORIES.find((c) =>
    suggestions.some((s) => s.category === c),
  );
  const isOpen = (category: SuggestionCategory) =>
    opened === null ? category === firstCategory : opened.has(category);
  const toggle = (category: SuggestionCategory) => {
    const current = new Set(SUGGESTION_CATEGORIES.filter(isOpen));
    if (current.has(category)) current.delete(category);
    else current.add(category);
    setOpened(current);
  };
  const [problem, setProblem] = useState<string | null>(null);
  // After Accept or Dismiss the card goes away; focus moves to the card now in its place.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const actionRefs = useRef(new Map<string, HTMLButtonElement>());
  const headingRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    // The card now at the same place, else the one before it (in open categories), else the heading.
    const shown = (s: Suggestion) => actionRefs.current.get(s.id);
    const next =
      suggestions.slice(focusIndex).find(shown) ??
      suggestions.slice(0, focusIndex).reverse().find(shown);
    const target = next ? shown(next) : undefined;
    if (target) target.focus();
    else headingRef.current?.focus();
    setFocusIndex(null);
  }, [focusIndex, suggestions]);

  const act = (suggestion: Suggestion, index: number, accept: boolean) => {
    const result = accept
      ? acceptSuggestion(draft, serviceId, suggestion.id)
      : dismissSuggestion(draft, serviceId, suggestion.id);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(null);
    // Applied to the draft as it is when React runs the edit, like every other form edit.
    onEditDraft((current) => {
      const applied = accept
        ? acceptSuggestion(current, serviceId, suggestion.id)
        : dismissSuggestion(current, serviceId, suggestion.id);
      return applied.ok ? applied.draft : current;
    });
    setAnnouncement(`${accept ? 'Added' : 'Dismissed'}: ${suggestion.title}`);
    setFocusIndex(index);
  };

  return (
    <section aria-labelledby={`suggestions-${serviceId}`} data-testid="service-suggestions">
      <Stack space="space.100">
        <div ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          <Inline space="space.100" alignBlock="center">
            <Heading size="xsmall" as="h4" id={`suggestions-${serviceId}`}>
              Suggestions
            </Heading>
            <Lozenge appearance={suggestions.length > 0 ? 'new' : 'success'}>
              {suggestions.length > 0 ? `${String(suggestions.length)} to review` : 'None left'}
            </Lozenge>
          </Inline>
        </div>
        <Text color="color.text.subtle">
          What a senior backend engineer would ask about this service, from its endpoints, inputs
          and dependencies. Nothing is added until you accept it; accepted entries can be edited
          above.
        </Text>
        <div role="status" aria-live="polite" style={{ minHeight: 0 }}>
          {announcement ? <Text size="small">{announcement}</Text> : null}
        </div>
        {problem ? (
          <Text color="color.text.danger" testId="suggestion-problem">
            {problem}
          </Text>
        ) : null}
        {SUGGESTION_CATEGORIES.map((category) => {
          const inCategory = suggestions.filter((s) => s.category === category);
          if (inCategory.length === 0) return null;
          const title = CATEGORY_TITLES[category];
          return (
            <Stack key={category} space="space.075">
              <Heading size="xxsmall" as="h5">
                <Button
                  appearance="subtle"
                  spacing="compact"
                  aria-expanded={isOpen(category)}
                  aria-controls={`suggestions-${serviceId}-${category}`}
                  onClick={() => {
                    toggle(category);
                  }}
                >
                  {`${isOpen(category) ? '▾' : '▸'} ${title} (${String(inCategory.length)})`}
                </Button>
              </Heading>
              {isOpen(category) ? (
                <ul
                  id={`suggestions-${serviceId}-${category}`}
                  style={listStyle}
                  aria-label={`${title} suggested for ${serviceName}`}
                >
                  {inCategory.map((suggestion) => (
                    <SuggestionCard
                      key={suggestion.id}
                      suggestion={suggestion}
                      actionRef={(element) => {
                        if (element) actionRefs.current.set(suggestion.id, element);
                        else actionRefs.current.delete(suggestion.id);
                      }}
                      onAccept={() => {
                        act(suggestion, suggestions.indexOf(suggestion), true);
                      }}
                      onDismiss={() => {
                        act(suggestion, suggestions.indexOf(suggestion), false);
                      }}
                    />
                  ))}
                </ul>
              ) : null}
            </Stack>
          );
        })}
        {dismissedCount > 0 ? (
          <Inline space="space.100" alignBlock="center">
            <Text size="small" color="color.text.subtle">
              {`${String(dismissedCount)} dismissed.`}
            </Text>
            <Button
              appearance="subtle"
              spacing="compact"
              onClick={() => {
                onEditDraft((current) => restoreDismissed(current, serviceId));
                setAnnouncement('Dismissed suggestions are offered again.');
              }}
            >
              Offer dismissed suggestions again
            </Button>
          </Inline>
        ) : null}
      </Stack>
    </section>
  );
}
