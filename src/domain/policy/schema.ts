// The policy file's schema (POLICY_FILE, YAML or JSON), with the built-in defaults. The keys named in
// ../shared/CONTRACT.md keep their shape; the rest (checks, lobby, texts, quiet hours, watch window) are ours.
import { z } from 'zod';
import { PROVIDERS, RULE_IDS, SEVERITIES } from '../findings.js';
import { parseDuration } from './duration.js';

const duration = z
  .string()
  .refine((v) => parseDuration(v) !== undefined, { message: 'must be a duration like 90m, 24h or 2d' });

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a domain name like contoso.example');

export const LOBBY_SCOPES = [
  'organizer',
  'invited',
  'organization',
  'organizationAndFederated',
  'organizationExcludingGuests',
  'everyone',
] as const;

const cronExpression = z
  .string()
  .trim()
  .refine((v) => /^(\S+\s+){4,5}\S+$/.test(v), { message: 'must be a cron expression with 5 or 6 fields' });

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as Europe/London' },
);

const reminderSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes'),
    cron: cronExpression,
    timezone: timeZone.default('UTC'),
    topic: z.string().min(1).max(80),
    teams: z.object({ teamId: z.string().min(1), channelId: z.string().min(1) }).optional(),
    slack: z
      .object({ channel: z.string().regex(/^[CGD][A-Z0-9]{2,}$/, 'must be a Slack channel id like C0123ABCD') })
      .optional(),
  })
  .refine((r) => r.teams || r.slack, { message: 'needs a teams and/or slack target' });

const quietHours = z.object({
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'),
  end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'),
  timezone: timeZone.default('UTC'),
});

export const policySchema = z.object({
  organisation: z
    .object({
      internalDomains: z.array(domain).default([]),
      approvedProviders: z.array(z.enum(PROVIDERS)).default(['teams']),
    })
    .prefault({}),
  admins: z
    .object({
      teams: z.array(z.string().min(1)).default([]),
      slack: z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'must be a Slack user id like U0123ABCD')).default([]),
      /** An Entra group whose members are admins in Teams (checked through Graph when it is on). */
      teamsGroupId: z.string().min(1).optional(),
    })
    .prefault({}),
  warnings: z
    .object({
      minSeverity: z.enum(SEVERITIES).default('medium'),
      remindBefore: duration.default('24h'),
      channels: z
        .array(z.enum(['teams', 'slack']))
        .min(1)
        .default(['teams', 'slack']),
      quietHours: quietHours.optional(),
    })
    .prefault({}),
  checks: z
    .partialRecord(
      z.enum(RULE_IDS),
      z.object({ enabled: z.boolean().default(true), severity: z.enum(SEVERITIES).optional() }),
    )
    .default({}),
  lobby: z
    .object({
      /** The scope the fix button sets, and the strictest that counts as closed when externals are invited. */
      safeScope: z.enum(LOBBY_SCOPES).default('organizationExcludingGuests'),
      /** Scopes that count as closed for an internal-only meeting. */
      closedScopes: z
        .array(z.enum(LOBBY_SCOPES))
        .default(['organizer', 'invited', 'organizationExcludingGuests', 'organization']),
    })
    .prefault({}),
  watch: z
    .object({
      /** How far ahead calendars are reconciled (delta window). */
      windowDays: z.number().int().min(1).max(365).default(60),
      /** How often monitored users and delta are refreshed. */
      refreshEvery: duration.default('6h'),
    })
    .prefault({}),
  slack: z.object({ watchChannels: z.boolean().default(true) }).prefault({}),
  /** Named policy texts that reminders can post (`topic: <name>`). */
  texts: z
    .record(
      z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
      z.object({
        title: z.string().min(1).max(150),
        text: z.string().min(1).max(2500),
        checklist: z.array(z.string().min(1).max(300)).max(12).optional(),
      }),
    )
    .default({}),
  reminders: z
    .array(reminderSchema)
    .default([])
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((r, i) => {
        if (seen.has(r.id))
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate reminder id '${r.id}'` });
        seen.add(r.id);
      });
    }),
});

export type Policy = z.output<typeof policySchema>;
export type PolicyReminder = Policy['reminders'][number];

export const defaultPolicy = (): Policy => policySchema.parse({});
