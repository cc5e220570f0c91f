// The Teams online-meeting settings the bot can see through Graph (facts/graph.md §3).
import type { LobbyScope } from './policy.js';

export interface OnlineMeetingSettings {
  lobbyBypassSettings?: { scope?: LobbyScope | string; isDialInBypassEnabled?: boolean } | null;
  allowedPresenters?:
    | 'everyone'
    | 'organization'
    | 'roleIsPresenter'
    | 'organizer'
    | 'unknownFutureValue'
    | string
    | null;
  recordAutomatically?: boolean | null;
  joinWebUrl?: string | null;
}
