import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// The structure Slack's "From a manifest" needs, per the manifest reference (docs.slack.dev/reference/app-manifest;
// keys as in SchemaStore's slack-app-manifest schema). No official JSON Schema ships offline, so this is our own.
const httpsUrl = z.url({ protocol: /^https$/ });

const slackManifest = z.object({
  _metadata: z.object({ major_version: z.number().int(), minor_version: z.number().int() }).optional(),
  display_information: z.object({
    name: z.string().min(1).max(35),
    description: z.string().max(140).optional(),
    long_description: z.string().min(175).max(4000).optional(),
    background_color: z
      .string()
      .regex(/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/)
      .optional(),
  }),
  features: z.object({
    app_home: z.object({
      home_tab_enabled: z.boolean(),
      messages_tab_enabled: z.boolean(),
      messages_tab_read_only_enabled: z.boolean(),
    }),
    bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    slash_commands: z
      .array(
        z.object({
          command: z.string().regex(/^\/[a-z0-9_-]{1,31}$/),
          description: z.string().min(1).max(2000),
          url: httpsUrl.optional(),
          usage_hint: z.string().max(1000).optional(),
          should_escape: z.boolean().optional(),
        }),
      )
      .max(50),
  }),
  oauth_config: z.object({
    redirect_urls: z.array(httpsUrl).optional(),
    scopes: z.object({
      bot: z.array(z.string().regex(/^[a-z_]+:?[a-z_.:]*$/)).min(1),
      user: z.array(z.string()).optional(),
    }),
  }),
  settings: z.object({
    event_subscriptions: z.object({
      request_url: httpsUrl,
      bot_events: z.array(z.string()).max(100),
      user_events: z.array(z.string()).max(100).optional(),
    }),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: httpsUrl.optional() }),
    org_deploy_enabled: z.boolean(),
    socket_mode_enabled: z.boolean(),
    token_rotation_enabled: z.boolean().optional(),
  }),
});

const manifest = slackManifest.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'manifests', 'slack', 'manifest.json'), 'utf8')),
);

/** The bot scope Slack requires before it delivers each event (docs.slack.dev/reference/events/<event>). */
const SCOPE_FOR_EVENT: Record<string, string | undefined> = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  app_home_opened: undefined, // needs no scope
};

describe('Slack app manifest', () => {
  it('has the structure Slack requires', () => {
    expect(manifest.display_information.name).toBe('Meeting Hygiene');
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/hygiene']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.org_deploy_enabled).toBe(false);
  });

  it('subscribes to the events the bot handles, each with the scope it needs', () => {
    const events = manifest.settings.event_subscriptions.bot_events;
    expect([...events].sort()).toEqual(Object.keys(SCOPE_FOR_EVENT).sort());
    for (const event of events) {
      const scope = SCOPE_FOR_EVENT[event];
      if (scope) expect(manifest.oauth_config.scopes.bot, `${event} needs ${scope}`).toContain(scope);
    }
  });

  it('asks for the least scopes that work, and says why for each', () => {
    const scopes = [...manifest.oauth_config.scopes.bot].sort();
    expect(scopes).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'groups:history',
      'im:history',
      'im:write',
      'users:read',
      'users:read.email',
    ]);
    const why = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'slack-scopes.md'), 'utf8');
    for (const scope of scopes) expect(why, `docs/slack-scopes.md explains ${scope}`).toContain(`\`${scope}\``);
  });

  it('points every URL at /slack/events', () => {
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) {
      expect(url).toBeDefined();
      expect(new URL(url!).pathname).toBe('/slack/events');
    }
  });
});
