import type { ListItemFields } from '../../src/graph';
import { columnKind, isMultiValued } from '../../src/lists/listSchema';
import type { ListSchema } from '../../src/lists/listSchema';

/** Prefix of the SubmissionId of the doctor's write probes, so a leftover one is easy to find and delete. */
export const PROBE_PREFIX = 'ivho-doctor-probe-';

/**
 * The fields of a throw-away item that satisfies every required column of `schema`:
 * the doctor creates it to prove write access and deletes it at once. The SubmissionId
 * starts with {@link PROBE_PREFIX}.
 */
export function buildProbeFields(schema: ListSchema, probeId: string, now: Date): ListItemFields {
  const fields: Record<string, unknown> = { Title: 'IV-HO doctor write check (deleted right away)' };
  for (const column of schema.columns) {
    if (column.name === 'SubmissionId') {
      fields[column.name] = `${PROBE_PREFIX}${probeId}`;
      continue;
    }
    if (column.required !== true) continue;
    switch (columnKind(column)) {
      case 'text':
        fields[column.name] = 'doctor probe';
        break;
      case 'choice': {
        const first = column.choice?.choices[0] ?? '';
        if (isMultiValued(column)) {
          fields[`${column.name}@odata.type`] = 'Collection(Edm.String)';
          fields[column.name] = [first];
        } else {
          fields[column.name] = first;
        }
        break;
      }
      case 'number':
        fields[column.name] = column.number?.minimum ?? 0;
        break;
      case 'dateTime':
        fields[column.name] = `${now.toISOString().slice(0, 19)}Z`;
        break;
      case 'boolean':
        fields[column.name] = false;
        break;
      case 'hyperlinkOrPicture':
        fields[column.name] = { Url: 'https://example.org/', Description: 'doctor probe' };
        break;
      case 'personOrGroup':
        // The app's schemas have no required person column; a probe cannot invent a user.
        break;
    }
  }
  return fields;
}
