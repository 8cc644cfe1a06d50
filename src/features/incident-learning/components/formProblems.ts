import type { MessageKey } from '../../../i18n';
import type { FormProblem } from '../model/incidentFormRules';

/** Field props for a form problem at `path`: Fluent's validation state and the translated message. */
export function fieldProblem(
  problems: readonly FormProblem[],
  path: string,
  t: (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string,
): { validationState?: 'error'; validationMessage?: string } {
  const problem = problems.find((candidate) => candidate.path === path);
  return problem === undefined ? {} : { validationState: 'error', validationMessage: t(`incident.problem.${problem.code}`, { max: 20000 }) };
}
