// Durations as written in the policy file: `90m`, `24h`, `2d` (also `30s`, `1w`).
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d{1,6})\s*([smhdw])\s*$/i.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * UNIT_MS[m[2]!.toLowerCase() as keyof typeof UNIT_MS];
}
