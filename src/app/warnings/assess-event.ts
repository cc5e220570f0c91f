// One Graph event (+ its Teams meeting settings) → what a warning would say: the engine rates by exposure, this
// applies the policy (checks switched off, minimum severity) and fingerprints the result. Pure.

import type { InviteReport } from '../../domain/findings.js';
import { atLeast, type Finding, maxSeverity, type Severity, severityRank } from '../../domain/findings.js';
import {
  analyseInvite,
  exposureFromGraphFacts,
  type GraphEventFacts,
  inviteFromGraphEvent,
  type OnlineMeetingSettings,
  providerOf,
  type Redactor,
} from '../../domain/invite/index.js';
import type { Policy } from '../../domain/policy/schema.js';
import { analysisPolicyOf, enabledFindings } from './analysis-policy.js';
import { fingerprintFindings } from './fingerprint.js';

export interface Assessment {
  report: InviteReport;
  facts: GraphEventFacts;
  /** Findings at or above `warnings.minSeverity`, most severe first: what a warning is about. */
  warnable: Finding[];
  /** Every enabled finding (for logs and counts; redacted). */
  all: Finding[];
  maxSeverity?: Severity;
  fingerprint?: string;
  /** Redacts any text with this invite's credentials (a last line of defence for composed messages). */
  redact: Redactor;
}

const RULE_ORDER = [
  'lobby-open',
  'lobby-dial-in-bypass',
  'passcode-in-join-url',
  'passcode-in-subject',
  'passcode-in-body',
  'passcode-in-dial-string',
];

const byImportance = (a: Finding, b: Finding): number =>
  severityRank(b.severity) - severityRank(a.severity) ||
  (RULE_ORDER.indexOf(a.rule) + 1 || 99) - (RULE_ORDER.indexOf(b.rule) + 1 || 99);

/** Whether the event is a Teams meeting whose settings Graph can show (a join URL to look it up by). */
export const isTeamsMeeting = (facts: GraphEventFacts): facts is GraphEventFacts & { joinUrl: string } =>
  Boolean(facts.joinUrl) &&
  (facts.onlineMeetingProvider === 'teamsForBusiness' ||
    providerOf({ url: facts.joinUrl ?? '', label: '' }) === 'teams');

export function assessEvent(raw: unknown, policy: Policy, meeting?: OnlineMeetingSettings): Assessment {
  const { input, facts } = inviteFromGraphEvent(raw);
  const domains = policy.organisation.internalDomains;
  const exposure = exposureFromGraphFacts(facts, domains, meeting);
  // Without configured internal domains nobody can be called external: leave it unknown (the engine rates unknown
  // in the middle, so a default Teams invite stays low) rather than guess from the organiser's domain.
  const context = domains.length === 0 ? { ...exposure, externalAttendees: undefined, externalDomains: [] } : exposure;
  const analysis = analyseInvite(input, context, analysisPolicyOf(policy));
  const all = enabledFindings(policy, analysis.report.findings).sort(byImportance);
  const warnable = all.filter((f) => atLeast(f.severity, policy.warnings.minSeverity));
  return {
    report: analysis.report,
    facts,
    warnable,
    all,
    maxSeverity: maxSeverity(all.map((f) => f.severity)),
    fingerprint: fingerprintFindings(warnable),
    redact: analysis.redact,
  };
}
