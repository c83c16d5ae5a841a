import { fit, idHint } from '../wording';
import { DRAFT_LIMITS as L } from '../../draft/limits';
import type { RuleSuggestion, SuggestionRule } from '../suggestion';

export const inputNotProducedBySource: SuggestionRule = {
  id: 'input-not-produced-by-source',
  category: 'gap',
  name: 'An input its source does not produce',
  why: 'If the service an input comes from has no such output, nobody is building it: add it to that service’s outputs.',
  suggest: ({ service, servicesById }) =>
    service.inputs.flatMap((input): RuleSuggestion[] => {
      const { source } = input;
      if (source.kind !== 'service' || source.serviceId === service.id) return [];
      const provider = servicesById.get(source.serviceId);
      if (!provider) return [];
      const wanted = source.outputId;
      const produced =
        wanted === undefined
          ? provider.outputs.length > 0
          : provider.outputs.some((output) => output.id === wanted);
      if (produced) return [];
      const inputName = input.name.trim() || input.id;
      const providerName = provider.name.trim() || provider.id;
      return [
        {
          subject: input.id,
          title: `Add "${inputName}" to the outputs of ${providerName}`,
          because:
            wanted === undefined
              ? `"${inputName}" comes from ${providerName}, which has no outputs`
              : `"${inputName}" comes from the output "${wanted}" of ${providerName}, which it does not have`,
          changes: [
            {
              kind: 'add-source-output',
              serviceId: provider.id,
              idHint: wanted ?? idHint(inputName),
              value: {
                name: fit(inputName, L.name),
                consumers: [fit(service.name.trim() || service.id, L.name)],
              },
              consumerServiceId: service.id,
              inputId: input.id,
            },
          ],
        },
      ];
    }),
};
