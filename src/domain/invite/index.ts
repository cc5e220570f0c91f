// Invite analysis: the public API used by the CLI, the Teams bot, the Slack app and the Graph watcher.
//
//   const { report } = analyseInvite({ subject, body, format: 'html' }, exposure);
//   // report: { id?, subject, providers, joinUrls, findings } — every string already redacted.
//
// Only `report` may be shown, logged or stored for display; `secrets` and `redact` let a caller redact
// text of its own (e.g. a quoted message) with the credentials this invite exposed.

export { type AnalysisPolicy, DEFAULT_ANALYSIS_POLICY, type LobbyScope, lobbyState } from '../meeting/policy.js';
export type { OnlineMeetingSettings } from '../meeting/settings.js';
export { analyseInvite, type InviteAnalysis } from './analyse-invite.js';
export { type DetectedInput, detectInputs, fromJson, InputError, parseJson } from './detect-inputs.js';
export type { ExposureContext } from './exposure.js';
export {
  exposureFromGraphFacts,
  type GraphEvent,
  type GraphEventFacts,
  graphEventSchema,
  inviteFromGraphEvent,
  looksLikeGraphEvent,
} from './graph-event.js';
export { normaliseInvite } from './normalise.js';
export { detectProviders, providerOf } from './providers.js';
export { type CredentialExposure, rateCredential } from './rate-severity.js';
export { createRedactor, REDACTED, type Redactor } from './redact.js';
export type { InviteInput, Link, NormalisedInvite } from './types.js';
