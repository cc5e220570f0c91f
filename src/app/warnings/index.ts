// Organiser warnings: review events from the Graph watcher, warn organisers once, remind, fix the lobby.
export { type Assessment, assessEvent } from './assess-event.js';
export { decideWarning, type Verdict } from './decide.js';
export type { TeamsWarningNotifier } from './deliver-to-organiser.js';
export { fingerprintFindings } from './fingerprint.js';
export { subjectKeyOf } from './subject-key.js';
export { createWarningService, type WarningService, type WarningServiceDeps } from './warning-service.js';
