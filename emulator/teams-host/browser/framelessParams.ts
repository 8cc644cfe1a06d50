/** The query parameter that asks the emulator for the tab's page as the frameless Teams mobile host shows it. */
export const FRAMELESS_CLIENT_PARAM = 'ivhoEmulatedClient';
/** The query parameter carrying the host scene (`writeHostScene`) to the frameless host. */
export const FRAMELESS_SCENE_PARAM = 'hostScene';
