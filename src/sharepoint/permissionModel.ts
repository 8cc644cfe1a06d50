/**
 * Who may read and write each of the app's lists, as SharePoint enforces it (issue 15; the
 * reasons are decision 19 in docs/decisions.md and the admin guide). Provisioning sets it
 * over SharePoint REST, the doctor compares a site with it, and the emulator's demo site
 * starts with it.
 */
import { BUILT_IN_PERMISSION_LEVELS, maskOf } from './permissionKinds';
import type { PermissionMask, ReadSecurity, WriteSecurity } from './permissionKinds';

/** The SharePoint groups the app adds to a site; their titles can be changed per site. */
export const APP_GROUPS = {
  caseTeam: { title: 'IV-HO Case team', description: 'Reads and handles every incident case, lesson and action.' },
  instrumentEditors: { title: 'IV-HO Instrument editors', description: 'Maintains the instrument library.' },
  assessmentCoordinators: { title: 'IV-HO Assessment coordinators', description: 'Reads every answer of a self-assessment and records the consensus.' },
  confidentialAdvisers: { title: 'IV-HO Confidential advisers', description: 'Receives reports of a suspected wrongdoing (Wet bescherming klokkenluiders); the only ones who know the reporter.' },
} as const;

/** Key of one of the app's groups. */
export type AppGroupKey = keyof typeof APP_GROUPS;

/** The titles of the app's groups on one site. */
export type AppGroupTitles = Readonly<Record<AppGroupKey, string>>;

/** The default titles. */
export const DEFAULT_APP_GROUP_TITLES: AppGroupTitles = {
  caseTeam: APP_GROUPS.caseTeam.title,
  instrumentEditors: APP_GROUPS.instrumentEditors.title,
  assessmentCoordinators: APP_GROUPS.assessmentCoordinators.title,
  confidentialAdvisers: APP_GROUPS.confidentialAdvisers.title,
};

const READ_KINDS = ['viewListItems', 'openItems', 'viewVersions', 'viewFormPages', 'open', 'viewPages', 'browseUserInfo', 'useClientIntegration', 'useRemoteAPIs', 'createAlerts'] as const;

/** A permission level the app adds to a site, because no built-in level fits. */
export interface AppPermissionLevel {
  readonly name: string;
  readonly description: string;
  readonly mask: PermissionMask;
}

/** The app's own permission levels. */
export const APP_PERMISSION_LEVELS = {
  /** Report and correct one's own items; never delete (a report is evidence). */
  report: {
    name: 'IV-HO Report',
    description: 'Add items and edit them; no deleting. With item-level security: only one’s own items.',
    mask: maskOf([...READ_KINDS, 'addListItems', 'editListItems']),
  },
  /** Add items and read one's own; never change them afterwards (what the adviser records on a report is not the reporter's to change). */
  submit: {
    name: 'IV-HO Submit',
    description: 'Add items and read them; no editing or deleting. With item-level security: only one’s own items.',
    mask: maskOf([...READ_KINDS, 'addListItems']),
  },
  /** Contribute plus Override List Behaviors: every item despite item-level security. */
  caseHandling: {
    name: 'IV-HO Case handling',
    description: 'Contribute on every item of a list with item-level security (Override List Behaviors).',
    mask: BUILT_IN_PERMISSION_LEVELS.contribute.mask | maskOf(['cancelCheckout']),
  },
  /** Read plus Override List Behaviors: every item, no writing. */
  readAll: {
    name: 'IV-HO Read all',
    description: 'Read every item of a list with item-level security (Override List Behaviors).',
    mask: BUILT_IN_PERMISSION_LEVELS.read.mask | maskOf(['cancelCheckout']),
  },
} as const satisfies Record<string, AppPermissionLevel>;

/** A permission level by the model's name for it. */
export type LevelKey = keyof typeof BUILT_IN_PERMISSION_LEVELS | keyof typeof APP_PERMISSION_LEVELS;

/** Who gets a level: one of the site's own groups, an app group, or every member account of the tenant. */
export type PrincipalKey = 'owners' | 'members' | 'visitors' | AppGroupKey | 'everyoneExceptExternalUsers';

/** One line of a list's permissions. */
export interface Grant {
  readonly principal: PrincipalKey;
  readonly level: LevelKey;
}

/** How one list is protected. */
export interface ListProtection {
  readonly list: string;
  readonly readSecurity: ReadSecurity;
  readonly writeSecurity: WriteSecurity;
  readonly grants: readonly Grant[];
  /** Why, in one sentence (printed by `--dry-run` and the doctor). */
  readonly why: string;
}

const OWNERS: Grant = { principal: 'owners', level: 'fullControl' };

/**
 * Every list of the app with unique permissions. Nothing inherits from the site, so a
 * site's Members (every team member, guests included) and Visitors have only what is
 * named here.
 */
export const LIST_PROTECTIONS: readonly ListProtection[] = [
  {
    list: 'Instruments',
    readSecurity: 1,
    writeSecurity: 1,
    grants: [OWNERS, { principal: 'instrumentEditors', level: 'contribute' }, { principal: 'members', level: 'read' }, { principal: 'visitors', level: 'read' }, { principal: 'everyoneExceptExternalUsers', level: 'read' }],
    why: 'Official guidance: everyone reads, only the editors change it.',
  },
  {
    list: 'Assessments',
    readSecurity: 1,
    writeSecurity: 2,
    grants: [OWNERS, { principal: 'assessmentCoordinators', level: 'caseHandling' }, { principal: 'members', level: 'report' }],
    why: 'Team members start assessments and change only their own; coordinators manage all.',
  },
  {
    list: 'AssessmentResponses',
    readSecurity: 2,
    writeSecurity: 2,
    grants: [OWNERS, { principal: 'assessmentCoordinators', level: 'readAll' }, { principal: 'members', level: 'report' }],
    why: 'Each assessor reads and writes only their own answers; coordinators read all.',
  },
  {
    list: 'IncidentCases',
    readSecurity: 2,
    writeSecurity: 2,
    grants: [OWNERS, { principal: 'caseTeam', level: 'caseHandling' }, { principal: 'everyoneExceptExternalUsers', level: 'report' }],
    why: 'Every staff member reports and sees only their own reports; the case team handles all; guests nothing.',
  },
  {
    list: 'Lessons',
    readSecurity: 1,
    writeSecurity: 1,
    grants: [OWNERS, { principal: 'caseTeam', level: 'contribute' }, { principal: 'everyoneExceptExternalUsers', level: 'read' }],
    why: 'Lessons up to TLP:AMBER for all staff to read; only the case team writes.',
  },
  {
    list: 'RestrictedLessons',
    readSecurity: 1,
    writeSecurity: 1,
    grants: [OWNERS, { principal: 'caseTeam', level: 'contribute' }],
    why: 'TLP:RED and TLP:AMBER+STRICT lessons: the case team only.',
  },
  {
    list: 'Actions',
    readSecurity: 1,
    writeSecurity: 1,
    grants: [OWNERS, { principal: 'caseTeam', level: 'caseHandling' }],
    why: 'Follow-up of cases: the case team.',
  },
  {
    list: 'BreachRegister',
    readSecurity: 1,
    writeSecurity: 1,
    grants: [OWNERS, { principal: 'caseTeam', level: 'contribute' }],
    why: 'The art. 33(5) register of personal-data breaches: the case team (the privacy officer) only.',
  },
  {
    list: 'Reminders',
    readSecurity: 1,
    writeSecurity: 1,
    grants: [OWNERS, { principal: 'caseTeam', level: 'contribute' }],
    why: 'Which reminders of the legal clocks went out (each once): the case team, who sends them.',
  },
  {
    list: 'ConfidentialReports',
    readSecurity: 2,
    writeSecurity: 2,
    // No site owners: the reporter's identity is for the confidential advisers alone (Wbk).
    // SharePoint's site collection administrators keep access to everything; see the admin guide.
    grants: [{ principal: 'confidentialAdvisers', level: 'caseHandling' }, { principal: 'everyoneExceptExternalUsers', level: 'submit' }],
    why: 'Whistleblower reports: each reporter sees only their own; the confidential advisers all; the case team and site owners nothing.',
  },
  {
    list: 'ConfidentialReminders',
    readSecurity: 1,
    writeSecurity: 1,
    // No site owners, as for the reports: a reminder's key names a report.
    grants: [{ principal: 'confidentialAdvisers', level: 'contribute' }],
    why: 'Which reminders of the Wbk deadlines went out (each once): the confidential advisers only.',
  },
];

/** The protection of a list by display name, case-insensitively like SharePoint titles. */
export function protectionOf(listDisplayName: string): ListProtection | undefined {
  const wanted = listDisplayName.toLowerCase();
  return LIST_PROTECTIONS.find((protection) => protection.list.toLowerCase() === wanted);
}

/** The name and mask of a level of the model. */
export function levelOf(key: LevelKey): { readonly name: string; readonly mask: PermissionMask } {
  return key in APP_PERMISSION_LEVELS ? APP_PERMISSION_LEVELS[key as keyof typeof APP_PERMISSION_LEVELS] : BUILT_IN_PERMISSION_LEVELS[key as keyof typeof BUILT_IN_PERMISSION_LEVELS];
}
