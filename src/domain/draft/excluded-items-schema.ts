import { z } from 'zod';
import { DRAFT_LIMITS } from './limits';

/**
 * What the team chose not to create, by exclusion key (`exclusionKey`: `service:orders` for a
 * service and everything made for it, `service:orders/errors` for one item). Keys are made of the
 * draft's ids and the template item's key, so a choice holds whichever template is picked. Keys
 * the plan no longer has are kept and ignored (a service removed and added back brings its choice
 * back); the list is bounded so a draft cannot grow without limit through it.
 */
export const excludedItemsSchema = z
  .array(
    z
      .string()
      .min(1, 'An excluded item needs its id')
      .max(DRAFT_LIMITS.localId, `An item id has at most ${DRAFT_LIMITS.localId} characters`),
  )
  .max(
    DRAFT_LIMITS.excludedItems,
    `At most ${DRAFT_LIMITS.excludedItems} issues can be left out of a breakdown`,
  )
  .refine((ids) => new Set(ids).size === ids.length, 'An item is excluded twice');
