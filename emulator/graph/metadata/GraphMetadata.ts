import { z } from 'zod';

/**
 * The trimmed copy of Microsoft Graph's v1.0 CSDL that the emulator checks request bodies
 * against (emulator/graph/metadata/graphMetadata.v1.json, written by
 * scripts/graph-metadata/trimGraphMetadata.ts). Type names are always full names
 * (`microsoft.graph.list`, never the `graph.` alias); `Collection(X)` wraps a full name.
 */

/** A property, navigation property or action parameter: its type and whether `null` is allowed. */
const memberSchema = z.object({
  /** `Edm.String`, `microsoft.graph.itemBody`, `Collection(microsoft.graph.keyValuePair)`, ... */
  type: z.string(),
  /** CSDL's `Nullable`, true when the attribute is absent. */
  nullable: z.boolean(),
});

const structuredTypeSchema = z.object({
  /** `action` is the parameter set of a bound action: the body of `POST .../{action}`. */
  kind: z.enum(['entity', 'complex', 'action']),
  baseType: z.string().optional(),
  abstract: z.boolean(),
  /** An open type accepts properties it does not declare (fieldValueSet, identitySet). */
  open: z.boolean(),
  properties: z.record(z.string(), memberSchema),
  /** Navigation properties a body may carry inline (deep insert): list.columns, listItem.fields. */
  navigationProperties: z.record(z.string(), memberSchema),
});

const enumTypeSchema = z.object({
  /** A flags enum takes several members joined by commas. */
  flags: z.boolean(),
  members: z.array(z.string()),
});

const headerSchema = z.object({
  repository: z.string(),
  file: z.string(),
  commit: z.string(),
  licence: z.string(),
  copyright: z.string(),
  /** The licence of msgraph-metadata, one paragraph per entry. */
  licenceText: z.array(z.string()),
  trimmedOn: z.string(),
  trimmedBy: z.string(),
  /** The types and actions the trim started from; everything else is what they reference. */
  roots: z.array(z.string()),
});

export const graphMetadataSchema = z.object({
  header: headerSchema,
  types: z.record(z.string(), structuredTypeSchema),
  enums: z.record(z.string(), enumTypeSchema),
});

export type GraphMetadata = z.infer<typeof graphMetadataSchema>;
export type GraphStructuredType = z.infer<typeof structuredTypeSchema>;
export type GraphMember = z.infer<typeof memberSchema>;
export type GraphEnumType = z.infer<typeof enumTypeSchema>;
export type GraphMetadataHeader = z.infer<typeof headerSchema>;

/** The name under which an action's parameter set is kept: `microsoft.graph.chat/microsoft.graph.sendActivityNotification`. */
export function actionTypeName(bindingType: string, actionName: string): string {
  return `${bindingType}/${actionName}`;
}
