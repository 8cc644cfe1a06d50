import { z } from 'zod';

/**
 * The app's environment configuration, validated at start-up (DESIGN.md "Runtime
 * modes"). Two modes, one code path: `local` talks to the emulator with its dev tokens,
 * `tenant` to Microsoft Graph with msal-browser. Objects are strict so that a mistyped
 * key is named instead of silently ignored.
 */

/**
 * A custom message for a value that is present but wrong; a missing value falls through
 * to the parser's "is missing" message.
 */
function whenPresent(message: string): { error: (issue: { input?: unknown }) => string | undefined } {
  return { error: (issue) => (issue.input === undefined ? undefined : message) };
}

const hostnamePattern = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** An absolute http(s) URL, or a path starting with `/` that is resolved against the tab's origin. */
const absoluteOrRootRelativeUrl = z
  .string()
  .refine(
    (value) => (value.startsWith('/') && !value.startsWith('//')) || z.url({ protocol: /^https?$/ }).safeParse(value).success,
    whenPresent('must be an http(s) URL or a path starting with /'),
  );

/** The SharePoint site that holds the lists, as `GET /sites/{hostname}:/{path}` needs it. */
const siteSchema = z.strictObject({
  hostname: z.string().regex(hostnamePattern, whenPresent('must be a host name such as contoso.sharepoint.com')),
  path: z.string().regex(/^\/\S*$/, whenPresent('must be a server-relative path such as /sites/ivho')),
});

const listName = z.string().trim().min(1, whenPresent('must name a list'));

/** Display names of the app's lists; an institution may have renamed them. */
const listsSchema = z.strictObject({
  instruments: listName,
  assessments: listName,
  assessmentResponses: listName,
  incidentCases: listName,
  lessons: listName,
  /** TLP:RED and TLP:AMBER+STRICT lessons, readable by the case team only. */
  restrictedLessons: listName.default('RestrictedLessons'),
  actions: listName,
  /** The art. 33(5) breach register's entries that outlive their case (retention), readable by the case team only. */
  breachRegister: listName.default('BreachRegister'),
  /** Reports of a suspected wrongdoing (Wbk), readable by the confidential advisers and each reporter for their own. */
  confidentialReports: listName.default('ConfidentialReports'),
  /** One item per reminder of a legal clock sent to Teams' activity feed, so each goes once; case team only. */
  reminders: listName.default('Reminders'),
  /** The same for the Wbk deadlines of confidential reports; confidential advisers only. */
  confidentialReminders: listName.default('ConfidentialReminders'),
});

const scopeName = z.string().trim().min(1, whenPresent('must not be empty'));
/** An optional feature's scopes; empty switches the feature off. */
const featureScopes = z.array(scopeName).default([]);

/**
 * The delegated Graph scopes, per feature, as the app requests them (bare names: Entra ID
 * takes them to be Microsoft Graph's). `library` is what the first screen needs (sign-in
 * and the site) and is asked for at once; every other feature asks for its own when it is
 * first used (incremental consent, as Microsoft's NAA guidance says), so a scope nobody
 * consented to switches that feature off, never the app. A feature with no scopes is off.
 */
const scopesSchema = z.strictObject(
  {
    library: z.array(scopeName).min(1, whenPresent('must list at least one scope (e.g. Sites.Selected and User.Read)')),
    favourites: featureScopes,
    channelPost: featureScopes,
    people: featureScopes,
    /** Notifying people in Teams' activity feed (an action assigned to them): `TeamsActivity.Send`. */
    activityFeed: featureScopes,
    /**
     * Reading who is in a channel (`ChannelMember.Read.All`), so a TLP:AMBER+STRICT lesson
     * goes only to a channel without guests or people of other organisations; without it
     * such a lesson is not posted to a channel at all.
     */
    channelMembers: featureScopes,
  },
  { error: (issue) => (issue.code === 'invalid_type' && Array.isArray(issue.input) ? 'must be an object per feature: {"library": [...], "favourites": [...], "channelPost": [...], "people": [...], "activityFeed": [...], "channelMembers": [...]} (see config/example.tenant.json)' : undefined) },
);

/** A regular expression source that compiles (an institution's student or staff number format). */
const regexSource = z.string().refine((value) => {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}, whenPresent('must be a valid regular expression, e.g. \\bs\\d{7}\\b'));

/**
 * What the personal-data guard of incident learning looks for besides the kinds it knows
 * (e-mail, phone, IBAN, BSN, names, postcodes, dates of birth, licence plates, IP
 * addresses): the institution's own number formats, matched case-insensitively. No
 * defaults: a bare 6-8 digit pattern would flag every date and case number.
 */
const privacySchema = z
  .strictObject({
    studentNumberPattern: regexSource.optional(),
    staffNumberPattern: regexSource.optional(),
    /** Days a form's draft stays on the device before it is removed (default 14). */
    draftMaxAgeDays: z.number().int().min(1, whenPresent('must be at least 1 day')).max(365, whenPresent('must be at most 365 days')).optional(),
  })
  .optional();

/**
 * Which Dutch laws the incident workflow runs clocks for, per institution. The
 * Cyberbeveiligingswet (NIS2) applies to universities and universities of applied sciences;
 * an institution outside its scope switches it off.
 */
const incidentLearningSchema = z
  .strictObject({
    /** The case team can mark a significant incident and sees its Cbw deadlines (24 h, 72 h, one month). @default true */
    cyberSecurityAct: z.boolean().optional(),
    /**
     * The institution's formal procedure for reports of a suspected wrongdoing (Wet
     * bescherming klokkenluiders), shown to whoever marks a report as one.
     */
    whistleblower: z
      .strictObject({
        /** Who to contact, e.g. "Vertrouwenspersoon integriteit, vertrouwenspersoon@…". */
        contact: z.string().trim().min(1).optional(),
        /** The regulation's page (https; zod's own message names the problem). */
        procedureUrl: z.url({ protocol: /^https$/ }).optional(),
      })
      .optional(),
  })
  .optional();

/** Free text for people reading the JSON file (JSON has no comments); ignored by the app. */
const commentSchema = z.string().optional();

/**
 * The Teams app id deep links must name: the id the Teams admin center shows ("Deep link to
 * an application"), which for an app uploaded to the organisation's catalogue is its
 * catalogue id, not necessarily the manifest id. Optional: without it the tab uses the id
 * the host reports for itself (`app.appId` in the context).
 */
const teamsAppIdSchema = z.guid({ error: 'must be the GUID the Teams admin center shows for the app' }).optional();

const localConfigSchema = z.strictObject({
  $comment: commentSchema,
  mode: z.literal('local'),
  graphBaseUrl: absoluteOrRootRelativeUrl,
  site: siteSchema,
  lists: listsSchema,
  auth: z.strictObject({
    kind: z.literal('emulator'),
    tokenUrl: absoluteOrRootRelativeUrl,
    defaultUser: z.email(whenPresent('must be a user principal name such as coordinator@contoso.example')),
  }),
  scopes: scopesSchema,
  privacy: privacySchema,
  incidentLearning: incidentLearningSchema,
  teamsAppId: teamsAppIdSchema,
});

const guidMessage = 'must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)';
const isGuid = (value: string): boolean => z.guid().safeParse(value).success;

const tenantConfigSchema = z.strictObject({
  $comment: commentSchema,
  mode: z.literal('tenant'),
  graphBaseUrl: z.url({ protocol: /^https$/, ...whenPresent('must be an https URL such as https://graph.microsoft.com/v1.0') }),
  site: siteSchema,
  lists: listsSchema,
  auth: z.strictObject({
    kind: z.literal('msal'),
    /** The Entra ID app registration's application (client) id. */
    clientId: z.string().refine(isGuid, whenPresent(guidMessage)),
    /** The directory (tenant) id, or `organizations` for a multi-tenant registration. */
    tenantId: z.string().refine((value) => value === 'organizations' || isGuid(value), whenPresent('must be a GUID or "organizations"')),
    /** Where the standard SPA flow returns to in a browser; defaults to the tab's own page. */
    redirectUri: z.url({ protocol: /^https?$/, ...whenPresent('must be an http(s) URL') }).optional(),
  }),
  scopes: scopesSchema,
  privacy: privacySchema,
  incidentLearning: incidentLearningSchema,
  teamsAppId: teamsAppIdSchema,
  /**
   * Where OneDrive's download URLs point (the Content-Security-Policy allows reading
   * them). Default: the site's `-my` host (`https://contoso-my.sharepoint.com`).
   */
  fileDownloadOrigins: z.array(z.url({ protocol: /^https$/, ...whenPresent('must be an https origin such as https://contoso-my.sharepoint.com') })).optional(),
});

/** zod schema of the configuration; `mode` picks the variant. */
export const appConfigSchema = z.discriminatedUnion('mode', [localConfigSchema, tenantConfigSchema], {
  error: () => 'must be "local" or "tenant"',
});

/** Validated configuration. */
export type AppConfig = z.infer<typeof appConfigSchema>;
/** Configuration of the local mode (emulator). */
export type LocalAppConfig = z.infer<typeof localConfigSchema>;
/** Configuration of the tenant mode (Microsoft 365). */
export type TenantAppConfig = z.infer<typeof tenantConfigSchema>;
/** The list display names. */
export type AppListNames = z.infer<typeof listsSchema>;
/** The scopes per feature. */
export type FeatureScopes = z.infer<typeof scopesSchema>;
/** A feature with scopes of its own. */
export type ScopedFeature = keyof FeatureScopes;
