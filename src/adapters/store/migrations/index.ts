// The migrations, in order. A new migration is a new file with a later number, added here; never edit a landed one.

import * as core from './0001-core.js';
import * as graph from './0002-graph.js';
import * as warnings from './0003-warnings.js';
import * as reminders from './0004-reminders.js';
import * as leases from './0005-leases.js';
import type { MigrationStep } from './helpers.js';

export const MIGRATIONS: Record<string, MigrationStep> = {
  '0001_conversations_deliveries_decisions_audit': core.up,
  '0002_graph': graph.up,
  '0003_warnings': warnings.up,
  '0004_reminders': reminders.up,
  '0005_leases': leases.up,
};
