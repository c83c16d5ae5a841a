import { z } from 'zod';
import { discoverySchema } from './discovery-schema';
import { excludedItemsSchema } from './excluded-items-schema';
import { DRAFT_LIMITS } from './limits';
import { scopingSchema } from './scoping-schema';

/** Bump with a migration step in `migrate-draft.ts` whenever a stored draft would no longer parse. */
export const DRAFT_SCHEMA_VERSION = 1;

type IdList = readonly { id: string }[];

/** Ids must be unique among their siblings: plan local ids and UI list keys are built from them. */
function reportDuplicateIds(
  list: IdList,
  path: (string | number)[],
  what: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `Two ${what} share the id "${entry.id}"`,
        path: [...path, index, 'id'],
      });
    }
    seen.add(entry.id);
  });
}

export const draftSchema = z
  .object({
    schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
    discovery: discoverySchema,
    scoping: scopingSchema,
    /** Plan items not to create (chosen in the breakdown preview); absent in older drafts. */
    excludedItems: excludedItemsSchema.optional(),
  })
  .superRefine((draft, ctx) => {
    const bytes = new TextEncoder().encode(JSON.stringify(draft)).length;
    if (bytes > DRAFT_LIMITS.storedBytes) {
      ctx.addIssue({
        code: 'custom',
        message: `The draft is too large to store: ${Math.ceil(bytes / 1024)} KiB, at most ${DRAFT_LIMITS.storedBytes / 1024} KiB`,
        path: [],
      });
    }
    const { discovery, scoping } = draft;
    reportDuplicateIds(discovery.stakeholders, ['discovery', 'stakeholders'], 'stakeholders', ctx);
    reportDuplicateIds(discovery.scenarios, ['discovery', 'scenarios'], 'scenarios', ctx);
    reportDuplicateIds(discovery.openQuestions, ['discovery', 'openQuestions'], 'questions', ctx);
    reportDuplicateIds(scoping.services, ['scoping', 'services'], 'services', ctx);
    scoping.services.forEach((service, index) => {
      const at = (list: string) => ['scoping', 'services', index, list];
      reportDuplicateIds(service.inputs, at('inputs'), 'inputs', ctx);
      reportDuplicateIds(service.outputs, at('outputs'), 'outputs', ctx);
      reportDuplicateIds(service.endpoints, at('endpoints'), 'endpoints', ctx);
      reportDuplicateIds(service.failureModes, at('failureModes'), 'failure modes', ctx);
      reportDuplicateIds(service.failSafes, at('failSafes'), 'fail-safes', ctx);
      reportDuplicateIds(service.successCriteria, at('successCriteria'), 'criteria', ctx);
    });
  });

/** What a team wrote in discovery and scoping: the input of `buildPlan`. */
export type Draft = z.infer<typeof draftSchema>;
