// Organiser warnings: one row per warned meeting (series), its fingerprint, deliveries and reminders.
import type { MigrationStep } from './helpers.js';

export const up: MigrationStep = async () => {};
