import { useState } from 'react';
import type { SaveOutcome } from '../api/itemChanges';

/** Where a save stands, as the form shows it. */
export type SaveState = 'idle' | 'saving' | SaveOutcome['kind'];

/** Options of {@link useIfMatchSave}. */
export interface IfMatchSaveOptions<T extends { readonly eTag: string }> {
  /** The eTag of the version the form started from. */
  readonly eTag: string;
  /** Writes the form's values with If-Match on `ifMatch`. */
  readonly write: (ifMatch: string) => Promise<SaveOutcome>;
  /** The item as SharePoint has it now. */
  readonly read: () => Promise<T | undefined>;
  readonly onSaved: () => void;
  /** Puts their version in the form (the user chose to drop theirs). */
  readonly onTheirs: (theirs: T) => void;
}

/**
 * Saving a form with If-Match, and the user's choice after a 412: "save mine over it"
 * (read the current eTag, write again) or "load theirs" (the form takes their version).
 * The form's own values are never cleared by a failed or conflicting save.
 */
export function useIfMatchSave<T extends { readonly eTag: string }>(options: IfMatchSaveOptions<T>) {
  const [eTag, setETag] = useState(options.eTag);
  const [state, setState] = useState<SaveState>('idle');

  const save = async (ifMatch: string = eTag): Promise<void> => {
    setState('saving');
    const outcome = await options.write(ifMatch);
    setState(outcome.kind);
    if (outcome.kind === 'saved') options.onSaved();
  };

  const withTheirs = async (apply: (theirs: T) => Promise<void> | void): Promise<void> => {
    const theirs = await options.read();
    if (theirs === undefined) {
      setState('failed');
      return;
    }
    setETag(theirs.eTag);
    await apply(theirs);
  };

  return {
    state,
    eTag,
    /** Takes the eTag of a version the form was typed against (a draft from earlier). */
    startFrom: setETag,
    /** Back to idle after a change to the form. */
    edited: () => setState((current) => (current === 'saved' ? 'idle' : current)),
    save,
    keepMine: () => withTheirs((theirs) => save(theirs.eTag)),
    loadTheirs: () =>
      withTheirs((theirs) => {
        options.onTheirs(theirs);
        setState('idle');
      }),
  };
}
