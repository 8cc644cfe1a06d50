import { isCliError } from '../CliError';
import type { HealthNote, HealthProblem } from '../checkSiteHealth';
import { describeProtectionStep } from './computeProtectionPlan';
import { planSiteProtection } from './protectSite';
import type { ProtectionAccess } from './protectSite';

/**
 * The doctor's permission check: every difference between the site and the permission
 * model is a problem that `npm run provision` fixes; an app group without members is a
 * note (the app works, but nobody handles cases yet). An account that may not read the
 * permissions gets one problem saying so, not a crash.
 */
export async function checkSiteProtection(access: ProtectionAccess, provisionCommand: string): Promise<{ readonly problems: HealthProblem[]; readonly notes: HealthNote[] }> {
  let plan;
  try {
    plan = await planSiteProtection(access);
  } catch (error: unknown) {
    if (!isCliError(error)) throw error;
    return { problems: [{ list: '(site)', message: `The permissions could not be checked: ${error.message}`, fix: 'run the doctor as a site owner' }], notes: [] };
  }
  // One problem for the site's groups and levels, one per list: what is missing, in the plan's words.
  const problems: HealthProblem[] = [];
  const byList = new Map<string, string[]>();
  for (const step of plan.steps) {
    const key = 'list' in step ? step.list : '(site)';
    byList.set(key, [...(byList.get(key) ?? []), describeProtectionStep(step)]);
  }
  for (const [list, steps] of byList) {
    const subject = list === '(site)' ? "The site lacks the app's groups or permission levels" : `The permissions of ${list} differ from the app's model`;
    problems.push({ list, message: `${subject}: still to ${steps.map((step) => step.replace(`${list}: `, '')).join('; ')}.`, fix: provisionCommand });
  }
  for (const conflict of plan.conflicts) problems.push({ list: '(site)', message: conflict.message, fix: conflict.fix });
  const notes = plan.emptyGroups.map((title) => ({ list: '(site)', message: `The group "${title}" has no members yet: add them under Site settings > People and groups.` }));
  return { problems, notes };
}
