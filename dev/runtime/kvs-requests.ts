import { z } from 'zod';

/**
 * Request bodies `@forge/kvs` 1.6.5 posts (`out/interfaces/kvs-api.d.ts`). Only the shape is
 * checked here; Forge's limits on keys, values and queries are checked by the store so that
 * they answer with Forge's own error codes.
 */

const MetadataFields = z.array(z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']));
export type MetadataField = z.infer<typeof MetadataFields>[number];

const Ttl = z.object({ value: z.number(), unit: z.string() });

const FilterCondition = z.object({
  property: z.string(),
  condition: z.string(),
  values: z.array(z.unknown()),
});
export type FilterCondition = z.infer<typeof FilterCondition>;

export const Conditions = z.object({
  and: z.array(FilterCondition).optional(),
  or: z.array(FilterCondition).optional(),
});
export type Conditions = z.infer<typeof Conditions>;

export const GetRequest = z.object({
  key: z.string(),
  entityName: z.string().optional(),
  options: z.object({ metadataFields: MetadataFields.optional() }).optional(),
});
export type GetRequest = z.infer<typeof GetRequest>;

export const SetRequest = z.object({
  key: z.string(),
  value: z.unknown(),
  entityName: z.string().optional(),
  options: z
    .object({
      ttl: Ttl.optional(),
      keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
      returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
      returnMetadataFields: MetadataFields.optional(),
    })
    .optional(),
});
export type SetRequest = z.infer<typeof SetRequest>;

export const DeleteRequest = z.object({ key: z.string(), entityName: z.string().optional() });
export type DeleteRequest = z.infer<typeof DeleteRequest>;

export const QueryRequest = z.object({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z.array(FilterCondition).optional(),
  options: z.object({ metadataFields: MetadataFields.optional() }).optional(),
});
export type QueryRequest = z.infer<typeof QueryRequest>;

export const BatchSetRequest = z.array(
  z.object({
    key: z.string(),
    value: z.unknown(),
    entityName: z.string().optional(),
    options: z.object({ ttl: Ttl.optional() }).optional(),
  }),
);
export type BatchSetRequest = z.infer<typeof BatchSetRequest>;

export const BatchGetRequest = z.array(
  z.object({
    key: z.string(),
    entityName: z.string().optional(),
    options: z.object({ metadataFields: MetadataFields.optional() }).optional(),
  }),
);
export type BatchGetRequest = z.infer<typeof BatchGetRequest>;

export const BatchDeleteRequest = z.array(
  z.object({ key: z.string(), entityName: z.string().optional() }),
);
export type BatchDeleteRequest = z.infer<typeof BatchDeleteRequest>;

export const TransactionRequest = z.object({
  set: z
    .array(
      z.object({
        key: z.string(),
        value: z.unknown(),
        entityName: z.string().optional(),
        conditions: Conditions.optional(),
        options: z.object({ ttl: Ttl.optional() }).optional(),
      }),
    )
    .optional(),
  delete: z
    .array(
      z.object({
        key: z.string(),
        entityName: z.string().optional(),
        conditions: Conditions.optional(),
      }),
    )
    .optional(),
  check: z
    .array(z.object({ key: z.string(), entityName: z.string(), conditions: Conditions }))
    .optional(),
});
export type TransactionRequest = z.infer<typeof TransactionRequest>;
