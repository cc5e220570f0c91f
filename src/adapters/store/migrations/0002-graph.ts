// Microsoft Graph watcher: subscriptions, notification inbox, delta links, monitored users.
import type { MigrationStep } from './helpers.js';

export const up: MigrationStep = async () => {};
