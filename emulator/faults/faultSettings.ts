import { z } from 'zod';

/** Body of `POST /emulator/faults`; every field optional, absent means "no such fault". */
export const faultSettingsSchema = z
  .object({
    throttleRate: z.number().min(0).max(1).default(0),
    throttleStatuses: z
      .array(z.union([z.literal(429), z.literal(503)]))
      .min(1)
      .default([429]),
    retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
    exposeRetryAfter: z.boolean().default(false),
    latencyMs: z.number().int().min(0).max(60_000).default(0),
    /**
     * Every Graph request waits until the fault settings next change (a POST or DELETE of
     * /emulator/faults releases them all): a loading state stays on screen exactly as long
     * as a test looks at it, without a fixed latency to wait out.
     */
    holdRequests: z.boolean().default(false),
    /** Which requests `holdRequests` holds: a regular expression on the Graph path and query; empty holds every request. */
    holdPathPattern: z
      .string()
      .default('')
      .refine((pattern) => isRegExp(pattern), 'must be a valid regular expression'),
    dropRate: z.number().min(0).max(1).default(0),
    seed: z.number().int().default(1),
    /**
     * Column names SharePoint refuses to create (500 generalException), whether in
     * `POST .../lists` or `POST .../columns`: Graph is reported to refuse some column
     * definitions this way (microsoft-graph-docs-contrib #8971, #7825; microsoft-graph-docs #21021).
     */
    refuseColumns: z.array(z.string().min(1)).default([]),
    /**
     * How a stale `If-Match` on a list item is answered: 412 as "Update listItem"
     * documents, or 409 `resourceModified` as SharePoint is reported to answer too
     * (onedrive-api-docs #1414).
     */
    staleETagStatus: z.union([z.literal(412), z.literal(409)]).default(412),
  })
  .strict();

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** Fault injection in force for Graph requests. */
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

/** No faults: what `DELETE /emulator/faults` restores. */
export const NO_FAULTS: FaultSettings = faultSettingsSchema.parse({});
