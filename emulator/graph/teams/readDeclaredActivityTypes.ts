import { readFileSync } from 'node:fs';
import type { DeclaredActivityType } from './createActivityNotificationHandler';

/**
 * The activity types the app's Teams manifest declares (`activities.activityTypes`), which
 * are the ones Graph accepts from it besides `systemDefault`. Read from the manifest the
 * app ships, so the emulator and a tenant agree; none when the manifest declares none.
 */
export function readDeclaredActivityTypes(manifestFile: string): readonly DeclaredActivityType[] {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { activities?: { activityTypes?: Array<{ type?: unknown; templateText?: unknown }> } };
  return (manifest.activities?.activityTypes ?? []).flatMap((entry) =>
    typeof entry.type === 'string' && typeof entry.templateText === 'string' ? [{ type: entry.type, templateText: entry.templateText }] : [],
  );
}
