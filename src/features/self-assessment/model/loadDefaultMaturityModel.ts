import modelJson from '../../../../config/maturity-model/ivho-default.json';
import { parseMaturityModel, type MaturityModel } from './MaturityModel';

let loaded: MaturityModel | undefined;

/** The default IV-HO model (config/maturity-model/ivho-default.json); throws with the problems when the shipped file is invalid. */
export function loadDefaultMaturityModel(): MaturityModel {
  if (loaded !== undefined) return loaded;
  const parsed = parseMaturityModel(modelJson);
  if (!parsed.ok) throw new Error(`The default maturity model is invalid:\n${parsed.problems.join('\n')}`);
  loaded = parsed.model;
  return loaded;
}
