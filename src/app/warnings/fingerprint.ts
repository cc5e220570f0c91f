// The fingerprint of what a warning is about: rule + severity + a hash of the redacted evidence, order-free.
// It is stable across Graph's repeated notifications and edits that do not change the findings (a new time, a
// reworded agenda), and changes when a new problem appears or a severity moves. It never sees a credential:
// the findings come redacted from the engine.
import { createHash } from 'node:crypto';
import type { Finding } from '../../domain/findings.js';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Evidence that lists who is invited changes with every new attendee domain; the rule and severity say enough. */
const EVIDENCE_FREE_RULES = new Set<string>(['external-attendees']);

const normaliseEvidence = (rule: string, evidence: string): string =>
  EVIDENCE_FREE_RULES.has(rule) ? '' : evidence.replace(/\s+/g, ' ').trim().toLowerCase();

export function fingerprintFindings(findings: readonly Finding[]): string | undefined {
  if (findings.length === 0) return undefined;
  const parts = findings
    .map((f) => `${f.rule}|${f.severity}|${sha(normaliseEvidence(f.rule, f.evidence)).slice(0, 16)}`)
    .sort();
  return `fp1-${sha(parts.join('\n')).slice(0, 24)}`;
}
