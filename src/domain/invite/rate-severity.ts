// Severity by exposure, not presence (DESIGN.md §3). Teams writes "Meeting ID / Passcode" into every
// invite by default and Zoom links carry `pwd=` by default, so presence alone rates low; what raises a
// finding is who can use the credential: an open lobby or dial-in bypass, external or many readers, a link
// that skips the passcode prompt, or a host-side secret.
import type { Severity } from '../findings.js';
import { SEVERITIES } from '../findings.js';
import { type AnalysisPolicy, DEFAULT_ANALYSIS_POLICY, lobbyState } from '../meeting/policy.js';
import type { ExposureContext } from './exposure.js';

export interface CredentialExposure {
  /** Host key, moderator/leader/chair PIN, Zoom `zak=`, Whereby host `roomKey=`. */
  hostSide: boolean;
  /** Teams' own generated "Passcode:" line or `/meet/…?p=` token. */
  teamsDefault: boolean;
  /** A join link that lets the holder skip the passcode prompt (Zoom `pwd=` and the like). */
  skipsPrompt: boolean;
  /** Written into the subject, which free/busy views, room panels and notifications show. */
  inSubject: boolean;
}

const clamp = (rank: number): Severity => SEVERITIES[Math.max(0, Math.min(SEVERITIES.length - 1, rank))] ?? 'medium';

/**
 * Rates one written credential.
 * Scale: info 0 · low 1 · medium 2 · high 3 · critical 4.
 * - unknown context: Teams default block → low; other passcodes and prompt-skipping links → medium; host-side → high;
 * - internal-only with a closed (or unknown) lobby: Teams default → info, others → low, host-side → medium;
 * - externals invited → medium; a prompt-skipping link, a host-side secret or a weak lobby → high;
 * - lobby open to everyone, or dial-in bypass → critical;
 * - a large audience or a distribution list, or the subject line → one step up (at most high).
 */
export function rateCredential(
  exposure: CredentialExposure,
  context: ExposureContext = {},
  policy: AnalysisPolicy = DEFAULT_ANALYSIS_POLICY,
): Severity {
  const lobby = lobbyState(context.meeting?.lobbyBypassSettings?.scope ?? undefined, context.externalAttendees, policy);
  if (lobby === 'open' || context.meeting?.lobbyBypassSettings?.isDialInBypassEnabled === true) return 'critical';

  let rank: number;
  if (context.externalAttendees === true) {
    rank = 2;
    if (exposure.skipsPrompt || exposure.hostSide || lobby === 'weak') rank = 3;
  } else if (context.externalAttendees === false) {
    rank = exposure.hostSide ? 2 : exposure.teamsDefault ? 0 : 1;
  } else {
    rank = exposure.hostSide ? 3 : exposure.teamsDefault ? 1 : 2;
  }
  const wide =
    exposure.inSubject ||
    context.distributionLists === true ||
    (context.attendeeCount !== undefined && context.attendeeCount >= policy.largeAudience);
  if (wide && rank < 3) rank += 1;
  return clamp(rank);
}
