// The policy file's judgement knobs → the engine's AnalysisPolicy, and the checks switched off.
import type { Finding, Severity } from '../../domain/findings.js';
import { type AnalysisPolicy, DEFAULT_ANALYSIS_POLICY, type LobbyScope } from '../../domain/invite/index.js';
import type { Policy } from '../../domain/policy/schema.js';

/**
 * `lobby.closedScopes` counts for an internal-only meeting. The engine treats `organization` and
 * `organizationAndFederated` as closed only when no externals are invited (guests and federated users skip the lobby),
 * so those stay in its "weak" list when the policy lists them as closed, and drop out entirely when it does not.
 */
export function analysisPolicyOf(policy: Policy): AnalysisPolicy {
  const closed = policy.lobby.closedScopes as readonly LobbyScope[];
  const weak = DEFAULT_ANALYSIS_POLICY.weakLobbyScopesWithExternals;
  const severityOverrides: Partial<Record<string, Severity>> = {};
  for (const [rule, check] of Object.entries(policy.checks)) {
    if (check?.severity) severityOverrides[rule] = check.severity;
  }
  return {
    ...DEFAULT_ANALYSIS_POLICY,
    internalDomains: policy.organisation.internalDomains,
    approvedProviders: policy.organisation.approvedProviders,
    closedLobbyScopes: closed.filter((s) => !weak.includes(s)),
    weakLobbyScopesWithExternals: weak.filter((s) => closed.includes(s)),
    severityOverrides,
  };
}

/** Findings of checks the policy switched off (`checks.<rule>.enabled: false`) are not warned about. */
export const enabledFindings = (policy: Policy, findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => policy.checks[f.rule]?.enabled !== false);
