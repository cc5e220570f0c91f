// Calibrated confidence from the ranking: how much of what the question could match the best topic matched,
// how strong that match is in absolute terms, and how clearly it beats the runner-up.

export interface RankingFeatures {
  top: number;
  second: number;
  /** Sum over the question's terms of the best score any topic gets for that term alone. */
  maxAchievable: number;
}

/** Score at which a match counts as strong (about two specific terms in a title or keywords). */
const STRONG_SCORE = 8;

export function confidenceOf({ top, second, maxAchievable }: RankingFeatures): number {
  if (top <= 0 || maxAchievable <= 0) return 0;
  const coverage = Math.min(1, top / maxAchievable);
  const strength = 1 - Math.exp(-top / STRONG_SCORE);
  const margin = (top - second) / top;
  const value = Math.sqrt(coverage) * strength * (0.7 + 0.3 * margin);
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
