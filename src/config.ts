// Environment → typed, frozen configuration (../shared/CONTRACT.md "Environment"). Read once, passed in.
// Pure and injectable: readConfig(env) takes a plain object, so tests never patch process.env.
import { z } from 'zod';

const empty = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const httpsUrl = (name: string) =>
  empty.refine((v) => v === undefined || /^https:\/\/[^\s/]+/i.test(v), { message: `${name} must be an https:// URL` });

const list = empty.transform((v) =>
  v === undefined
    ? []
    : v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
);

const envSchema = z.object({
  NODE_ENV: empty,
  PORT: empty.pipe(
    z
      .string()
      .regex(/^\d+$/, 'PORT must be a number')
      .transform(Number)
      .pipe(z.number().int().min(0).max(65535))
      .optional(),
  ),
  DATABASE_URL: empty.refine((v) => v === undefined || /^(sqlite:|postgres(ql)?:\/\/)/.test(v), {
    message: 'DATABASE_URL must start with sqlite: or postgres://',
  }),
  POLICY_FILE: empty,
  LOG_LEVEL: empty.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
  CONSOLE_ENABLED: empty.pipe(z.enum(['auto', 'true', 'false']).optional()),
  MicrosoftAppId: empty,
  MicrosoftAppPassword: empty,
  MicrosoftAppType: empty,
  MicrosoftAppTenantId: empty,
  SLACK_BOT_TOKEN: empty,
  SLACK_SIGNING_SECRET: empty,
  SLACK_API_URL: empty.refine((v) => v === undefined || /^https?:\/\//.test(v), {
    message: 'SLACK_API_URL must be an http(s):// URL',
  }),
  SLACK_APP_TOKEN: empty,
  GRAPH_TENANT_ID: empty,
  GRAPH_CLIENT_ID: empty,
  GRAPH_CLIENT_SECRET: empty,
  GRAPH_BASE_URL: httpsUrl('GRAPH_BASE_URL'),
  AZURE_AUTHORITY_HOST: httpsUrl('AZURE_AUTHORITY_HOST'),
  GRAPH_NOTIFICATION_URL: httpsUrl('GRAPH_NOTIFICATION_URL'),
  GRAPH_MONITORED_USERS: list,
  GRAPH_MONITORED_GROUP_ID: empty,
});

export interface Config {
  production: boolean;
  port: number;
  databaseUrl: string;
  policyFile?: string;
  logLevel: string;
  consoleEnabled: 'auto' | 'true' | 'false';
  teams: {
    appId?: string;
    appPassword?: string;
    appType?: string;
    tenantId?: string;
  };
  slack: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    apiUrl: string;
  };
  graph: {
    tenantId?: string;
    clientId?: string;
    clientSecret?: string;
    baseUrl: string;
    authorityHost: string;
    notificationUrl?: string;
    monitoredUsers: string[];
    monitoredGroupId?: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration: ${issues.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`));
  }
  const e = parsed.data;
  return deepFreeze({
    production: e.NODE_ENV === 'production',
    port: e.PORT ?? 3978,
    databaseUrl: e.DATABASE_URL ?? 'sqlite:./data/hygiene.sqlite',
    policyFile: e.POLICY_FILE,
    logLevel: e.LOG_LEVEL ?? 'info',
    consoleEnabled: e.CONSOLE_ENABLED ?? 'auto',
    teams: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL ?? 'https://slack.com/api/',
    },
    graph: {
      tenantId: e.GRAPH_TENANT_ID,
      clientId: e.GRAPH_CLIENT_ID,
      clientSecret: e.GRAPH_CLIENT_SECRET,
      baseUrl: (e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, ''),
      authorityHost: (e.AZURE_AUTHORITY_HOST ?? 'https://login.microsoftonline.com').replace(/\/+$/, ''),
      notificationUrl: e.GRAPH_NOTIFICATION_URL?.replace(/\/+$/, ''),
      monitoredUsers: e.GRAPH_MONITORED_USERS,
      monitoredGroupId: e.GRAPH_MONITORED_GROUP_ID,
    },
  });
}

/** Which integrations are on, and why not when off: logged at start-up. */
export function describeIntegrations(c: Config): { name: string; on: boolean; why: string }[] {
  const graphMissing = (['tenantId', 'clientId', 'clientSecret'] as const).filter((k) => !c.graph[k]);
  return [
    {
      name: 'teams',
      on: true,
      why: c.teams.appId
        ? 'Bot Framework auth on (MicrosoftAppId set)'
        : 'emulator mode: MicrosoftAppId is empty, inbound requests are not authenticated',
    },
    {
      name: 'slack',
      on: Boolean(c.slack.botToken && (c.slack.signingSecret || c.slack.appToken)),
      why:
        c.slack.botToken && c.slack.appToken
          ? 'Socket Mode (SLACK_APP_TOKEN set)'
          : c.slack.botToken && c.slack.signingSecret
            ? 'HTTP at /slack/events'
            : 'off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)',
    },
    {
      name: 'graph',
      on: graphMissing.length === 0,
      why:
        graphMissing.length === 0
          ? `watching ${c.graph.monitoredUsers.length} user(s)${c.graph.monitoredGroupId ? ' and a group' : ''}`
          : `off: ${graphMissing.map((k) => ({ tenantId: 'GRAPH_TENANT_ID', clientId: 'GRAPH_CLIENT_ID', clientSecret: 'GRAPH_CLIENT_SECRET' })[k]).join(', ')} not set`,
    },
  ];
}
