import { amsterdamDay } from '../../../i18n';
import type { ImprovementAction } from '../../../lists/improvementActionMapping';

/** Actions still to do, with the overdue ones and a grouping by owner. */
export interface ActionsOverview {
  readonly open: readonly ImprovementAction[];
  readonly overdue: readonly ImprovementAction[];
  /** Open actions per owner (UPN, or `''` for actions without an owner), owners sorted by name. */
  readonly byOwner: ReadonlyArray<{ readonly ownerUpn: string; readonly ownerName: string; readonly actions: readonly ImprovementAction[] }>;
}

/** A due date as a calendar day in Amsterdam (date-times are stored in UTC by SharePoint). */
function dueDay(dueOn: string): string {
  return dueOn.length > 10 ? amsterdamDay(dueOn) : dueOn;
}

const isOpen = (action: ImprovementAction): boolean => action.status === 'open' || action.status === 'inProgress';

/** Overdue = still open and due before today in Europe/Amsterdam. Earliest due first. */
export function actionsOverview(actions: readonly ImprovementAction[], now: Date): ActionsOverview {
  const today = amsterdamDay(now);
  const open = actions.filter(isOpen).sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  const overdue = open.filter((action) => action.dueOn !== undefined && dueDay(action.dueOn) < today);
  const groups = new Map<string, { ownerUpn: string; ownerName: string; actions: ImprovementAction[] }>();
  for (const action of open) {
    const key = action.ownerUpn ?? '';
    const group = groups.get(key) ?? { ownerUpn: key, ownerName: action.ownerName ?? action.ownerUpn ?? '', actions: [] };
    group.actions.push(action);
    groups.set(key, group);
  }
  const byOwner = [...groups.values()].sort((a, b) => a.ownerName.localeCompare(b.ownerName, 'nl'));
  return { open, overdue, byOwner };
}
