// The App Home tab (`app_home_opened` → views.publish): what the bot can do, the three checklists, and (later) the
// person's open warnings. Built from the shared messages through renderBlocks; buttons are left out (a click in a
// view has no message to answer under), and the whole view keeps to Slack's 100-block limit for Home tabs.
import type { App, types } from '@slack/bolt';
import type { Audience } from '../../app/chat.js';
import { helpMessage } from '../../app/chat.js';
import type { BotMessage } from '../../domain/message.js';
import { renderBlocks, type SlackBlock } from './render-blocks.js';
import type { SlackContext } from './slack-context.js';

export const HOME_BLOCK_LIMIT = 100;
const AUDIENCES: readonly Audience[] = ['staff', 'organiser', 'admin'];

export interface HomeView {
  type: 'home';
  blocks: SlackBlock[];
}

/** The section for the person's open warnings. The warnings feature passes them in; none yet. */
export function openWarningsBlocks(warnings: readonly BotMessage[]): SlackBlock[] {
  if (warnings.length === 0) return [];
  return [
    { type: 'header', text: { type: 'plain_text', text: `Your open warnings (${warnings.length})`, emoji: true } },
    ...warnings.flatMap((w) => withoutButtons(renderBlocks(w).blocks)),
    { type: 'divider' },
  ];
}

export function buildHomeView(ctx: SlackContext, warnings: readonly BotMessage[] = []): HomeView {
  const { engines } = ctx.deps;
  const sections: SlackBlock[][] = [
    openWarningsBlocks(warnings),
    withoutButtons(renderBlocks(helpMessage('slack')).blocks),
    ...AUDIENCES.map((a) => [{ type: 'divider' }, ...withoutButtons(renderBlocks(engines.checklist(a)).blocks)]),
  ];
  const blocks: SlackBlock[] = [];
  for (const section of sections) {
    if (blocks.length + section.length > HOME_BLOCK_LIMIT) break;
    blocks.push(...section);
  }
  return { type: 'home', blocks };
}

export function registerAppHome(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home' || !event.user) return;
    const warnings = await openWarningsOf(ctx, client, event.user);
    // SlackBlock is renderBlocks' structural type; the blocks are Block Kit already.
    await client.views.publish({
      user_id: event.user,
      view: buildHomeView(ctx, warnings) as unknown as types.HomeView,
    });
  });
}

/** Organisers are known to the warnings by e-mail in Slack (users:read.email); no e-mail, no warnings shown. */
async function openWarningsOf(
  ctx: SlackContext,
  client: { users: { info(args: { user: string }): Promise<unknown> } },
  userId: string,
): Promise<BotMessage[]> {
  if (!ctx.deps.openWarnings) return [];
  try {
    const info = (await client.users.info({ user: userId })) as { user?: { profile?: { email?: string } } };
    const email = info.user?.profile?.email;
    return email ? await ctx.deps.openWarnings({ email }) : [];
  } catch (err) {
    ctx.deps.logger.warn({ err: { message: (err as Error).message } }, 'could not list open warnings for App Home');
    return [];
  }
}

const withoutButtons = (blocks: SlackBlock[]): SlackBlock[] => blocks.filter((b) => b.type !== 'actions');
