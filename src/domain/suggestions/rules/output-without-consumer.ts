import { fit, idHint } from '../wording';
import type { Service, ServiceOutput } from '../../draft/scoping-schema';
import type { RuleSuggestion, SuggestionContext, SuggestionRule } from '../suggestion';

/** The other services whose inputs take this output, by name. */
function readersOf(output: ServiceOutput, { draft, service }: SuggestionContext): string[] {
  const takes = (reader: Service) =>
    reader.id !== service.id &&
    reader.inputs.some(
      (input) =>
        input.source.kind === 'service' &&
        input.source.serviceId === service.id &&
        (input.source.outputId === output.id ||
          (input.source.outputId === undefined && service.outputs.length === 1)),
    );
  return draft.scoping.services.filter(takes).map((reader) => reader.name.trim() || reader.id);
}

/** Who reads an endpoint's answer when the team has not named them. */
export const API_CLIENTS = 'API clients';

const setConsumers = (serviceId: string, outputId: string, consumers: string[]) => ({
  kind: 'set-output-consumers' as const,
  serviceId,
  outputId,
  consumers,
});

export const outputWithoutConsumer: SuggestionRule = {
  id: 'output-without-consumer',
  category: 'gap',
  name: 'An output nobody consumes',
  why: 'An output no one reads is either missing its consumers or work nobody needs: name who reads it, or drop it.',
  suggest: (context) => {
    const { draft, service } = context;
    const questions = new Set(draft.discovery.openQuestions.map((question) => question.id));
    return service.outputs.flatMap((output): RuleSuggestion[] => {
      if (output.consumers.some((consumer) => consumer.trim() !== '')) return [];
      const name = `"${output.name.trim() || output.id}"`;
      const readers = readersOf(output, context);
      if (readers.length > 0) {
        return [
          {
            subject: output.id,
            title: `List ${readers.join(', ')} as consumers of ${name}`,
            because: `${name} names no consumer, yet ${readers.join(', ')} take${readers.length === 1 ? 's' : ''} it as an input`,
            changes: [setConsumers(service.id, output.id, readers)],
          },
        ];
      }
      if (service.endpoints.length > 0) {
        return [
          {
            subject: output.id,
            title: `Name the API's clients as the readers of ${name}`,
            because: `${name} names no consumer; the service answers through its endpoints, so their callers read it (name them if you know them)`,
            changes: [setConsumers(service.id, output.id, [API_CLIENTS])],
          },
        ];
      }
      const hint = idHint('who reads', service.id, output.id);
      if (questions.has(hint)) return [];
      return [
        {
          subject: output.id,
          title: `Ask who reads ${name}`,
          because: `${name} names no consumer and no service takes it as an input`,
          changes: [
            {
              kind: 'add-open-question',
              idHint: hint,
              question: fit(
                `Who reads ${name} from ${service.name.trim() || service.id}? Name its consumers, or drop it.`,
              ),
            },
          ],
        },
      ];
    });
  },
};
