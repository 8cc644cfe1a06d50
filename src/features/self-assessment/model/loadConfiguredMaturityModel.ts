import modelJson from '@maturity-model';
import { parseMaturityModel, type MaturityModel } from './MaturityModel';

let parsed: ReturnType<typeof parseMaturityModel> | undefined;

/**
 * The model this build uses: `config/maturity-model/ivho-default.json`, or the
 * institution's own file named by `IVHO_MATURITY_MODEL` at build time (vite alias
 * `@maturity-model`). Never throws: an invalid model comes back with the list of what is
 * wrong, for the screen to show.
 */
export function loadConfiguredMaturityModel(): { readonly ok: true; readonly model: MaturityModel } | { readonly ok: false; readonly problems: readonly string[] } {
  parsed ??= parseMaturityModel(modelJson);
  return parsed;
}
