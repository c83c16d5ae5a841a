import { DRAFT_LIMITS, newId, type OpenQuestion } from '../../../src/domain';
import { idsOf, removeAt, replaceAt } from '../draft/list-edits';
import { CheckboxInput } from '../fields/CheckboxInput';
import { ListSection } from '../fields/ListSection';
import { TextAreaInput } from '../fields/TextAreaInput';
import { TextInput } from '../fields/TextInput';

/** Questions the team still has to answer, and the answers once resolved. */
export function OpenQuestionsEditor({
  questions,
  onChange,
}: {
  questions: OpenQuestion[];
  onChange: (next: OpenQuestion[]) => void;
}) {
  const path = 'discovery.openQuestions';
  return (
    <ListSection
      path={path}
      title="Open questions"
      noun="question"
      items={questions}
      limit={DRAFT_LIMITS.openQuestions}
      emptyText="No open questions."
      keyOf={(q) => q.id}
      onAdd={() => {
        onChange([
          ...questions,
          { id: newId('question', idsOf(questions)), question: '', resolved: false, answer: '' },
        ]);
      }}
      onRemove={(index) => {
        onChange(removeAt(questions, index));
      }}
      renderItem={(question, index) => {
        const at = `${path}[${String(index)}]`;
        const label = `Question ${String(index + 1)}`;
        const set = (next: OpenQuestion) => {
          onChange(replaceAt(questions, index, next));
        };
        return (
          <>
            <TextInput
              path={`${at}.question`}
              label={label}
              value={question.question}
              maxLength={DRAFT_LIMITS.line}
              onChange={(text) => {
                set({ ...question, question: text });
              }}
            />
            <CheckboxInput
              path={`${at}.resolved`}
              label={`${label} is resolved`}
              checked={question.resolved}
              onChange={(resolved) => {
                set({ ...question, resolved });
              }}
            />
            {question.resolved ? (
              <TextAreaInput
                path={`${at}.answer`}
                label={`${label} answer`}
                value={question.answer}
                maxLength={DRAFT_LIMITS.text}
                onChange={(answer) => {
                  set({ ...question, answer });
                }}
              />
            ) : null}
          </>
        );
      }}
    />
  );
}
