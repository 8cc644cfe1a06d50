/** The consent Entra ID holds for the app: for the organisation (admin consent) and per user. */
export interface ConsentState {
  readonly organisation: readonly string[];
  readonly users: Readonly<Record<string, readonly string[]>>;
}

/** What a token request gets: every scope it asked for, or the ones nobody consented to. */
export type ConsentCheck = { readonly ok: true; readonly scopes: readonly string[] } | { readonly ok: false; readonly missing: readonly string[] };

function sameScope(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The consent model of the emulator's token endpoint. Entra ID issues a delegated token
 * only for scopes the organisation or the user has consented to; a request for another
 * scope fails with AADSTS65001 ("The user or administrator has not consented to use the
 * application…", Microsoft Entra "error codes" reference). A request without scopes
 * behaves as `/.default`: every consented scope. Starts from config/emulator.json; the
 * control API changes it at run time, and a reset of the emulator restores the file's.
 */
export class ConsentRegistry {
  private state: ConsentState;

  constructor(private readonly initial: ConsentState) {
    this.state = initial;
  }

  get current(): ConsentState {
    return this.state;
  }

  /** The scopes `upn` may get a token for. */
  consentedFor(upn: string): readonly string[] {
    const own = Object.entries(this.state.users).find(([user]) => user.toLowerCase() === upn.toLowerCase())?.[1] ?? [];
    return [...this.state.organisation, ...own.filter((scope) => !this.state.organisation.some((granted) => sameScope(granted, scope)))];
  }

  /** Checks a token request: `requested` undefined means every consented scope. */
  check(upn: string, requested: readonly string[] | undefined): ConsentCheck {
    const consented = this.consentedFor(upn);
    if (requested === undefined) return { ok: true, scopes: consented };
    const missing = requested.filter((scope) => !consented.some((granted) => sameScope(granted, scope)));
    return missing.length === 0 ? { ok: true, scopes: requested } : { ok: false, missing };
  }

  /** Replaces the organisation's consent, a user's, or both. */
  set(change: { readonly organisation?: readonly string[]; readonly users?: Readonly<Record<string, readonly string[]>> }): void {
    this.state = {
      organisation: change.organisation ?? this.state.organisation,
      users: change.users === undefined ? this.state.users : { ...this.state.users, ...change.users },
    };
  }

  /** Adds scopes to a user's consent, or to the organisation's when no user is named. */
  grant(scopes: readonly string[], upn?: string): void {
    if (upn === undefined) {
      this.state = { ...this.state, organisation: [...this.state.organisation, ...scopes.filter((scope) => !this.state.organisation.some((granted) => sameScope(granted, scope)))] };
      return;
    }
    const key = Object.keys(this.state.users).find((user) => user.toLowerCase() === upn.toLowerCase()) ?? upn;
    const own = this.state.users[key] ?? [];
    this.set({ users: { [key]: [...own, ...scopes.filter((scope) => !own.some((granted) => sameScope(granted, scope)))] } });
  }

  /** Back to the consent of config/emulator.json. */
  restore(): void {
    this.state = this.initial;
  }
}
