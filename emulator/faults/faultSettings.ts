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
    dropRate: z.number().min(0).max(1).default(0),
    seed: z.number().int().default(1),
  })
  .strict();

/** Fault injection in force for Graph requests. */
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

/** No faults: what `DELETE /emulator/faults` restores. */
export const NO_FAULTS: FaultSettings = faultSettingsSchema.parse({});
