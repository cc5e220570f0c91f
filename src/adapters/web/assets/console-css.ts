// The console's stylesheet, served same-origin at /console.css (a TS string module, so `tsc` carries it into dist/).
// Colours are chosen for at least 4.5:1 contrast of text on its background (WCAG 2.2 AA, 1.4.3); the pairs are
// checked by test/adapters/web/console.test.ts.
export const CONSOLE_CSS = `
:root {
  --ink: #1b1b1b;
  --muted: #4a4a4a;
  --paper: #ffffff;
  --panel: #f3f5f8;
  --line: #8a94a3;
  --accent: #0b5cad;
  --accent-ink: #ffffff;
  --focus: #c23b00;
  --user: #e4eefa;
  color-scheme: light;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 100%;
  line-height: 1.5;
  color: var(--ink);
  background: var(--paper);
}
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--accent); color: var(--accent-ink); padding: 0.5rem 0.75rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
header.site { background: var(--accent); color: var(--accent-ink); padding: 0.75rem 1rem; }
header.site h1 { margin: 0; font-size: 1.25rem; }
header.site p { margin: 0.25rem 0 0; font-size: 0.9rem; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
footer.site { max-width: 52rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: 0.875rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
button, textarea { font: inherit; }
button {
  min-height: 2.75rem; padding: 0.5rem 1rem; border-radius: 0.375rem; cursor: pointer;
  border: 2px solid var(--accent); background: var(--paper); color: var(--accent);
}
button:hover { background: var(--user); }
button.primary { background: var(--accent); color: var(--accent-ink); }
button.primary:hover { background: #08467f; }
button[disabled] { cursor: progress; opacity: 0.75; }
[role="tablist"] { display: flex; gap: 0.25rem; border-bottom: 2px solid var(--accent); margin-bottom: 1rem; }
[role="tab"] { border-radius: 0.375rem 0.375rem 0 0; border-bottom: none; }
[role="tab"][aria-selected="true"] { background: var(--accent); color: var(--accent-ink); }
[role="tabpanel"][hidden] { display: none; }
.quick { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0 0 0.75rem; padding: 0; list-style: none; }
.transcript {
  position: relative; border: 1px solid var(--line); border-radius: 0.5rem; background: var(--panel);
  padding: 0.75rem; min-height: 12rem; max-height: 60vh; overflow-y: auto; margin-bottom: 0.75rem;
}
.transcript:empty::before { content: "Ask a question, paste an invite, or choose a quick button."; color: var(--muted); }
.turn { margin: 0 0 0.75rem; }
.turn-user { margin-left: auto; max-width: 85%; background: var(--user); border-radius: 0.5rem; padding: 0.5rem 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.turn-user .who, .turn-bot .who { display: block; font-size: 0.8rem; font-weight: 600; color: var(--muted); }
.bot-message { background: var(--paper); border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.75rem; overflow-wrap: anywhere; }
.bot-message h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
.bot-message h3 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
.bot-message p { margin: 0.25rem 0 0.5rem; }
.bot-message ul { padding-left: 1.25rem; margin: 0.25rem 0; }
.bot-message ul.checklist { list-style: none; padding-left: 0; }
.bot-message ul.checklist li { margin: 0.25rem 0; }
.bot-message ul.checklist label { display: flex; gap: 0.5rem; align-items: flex-start; }
.bot-message ul.checklist input { flex: none; width: 1.1rem; height: 1.1rem; margin: 0.2rem 0 0; }
.bot-message .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.125rem 0.75rem; margin: 0.5rem 0; }
.bot-message .facts dt { font-weight: 600; }
.bot-message .facts dd { margin: 0; }
.bot-message .finding { margin: 0.5rem 0; }
.bot-message code { background: var(--panel); padding: 0 0.25rem; border-radius: 0.25rem; }
.bot-message .suggestions, .bot-message .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.5rem; }
.bot-message .actions a.action { display: inline-block; padding: 0.5rem 1rem; }
.kind-error { border-color: #a4000f; }
.severity { display: inline-block; font-weight: 700; font-size: 0.85rem; padding: 0 0.5rem; border-radius: 1rem; border: 1px solid currentColor; }
.severity-critical .severity, .severity.severity-critical { color: #a4000f; background: #fde7e9; }
.severity-high .severity, .severity.severity-high { color: #8a3a00; background: #fff0e0; }
.severity-medium .severity, .severity.severity-medium { color: #5c4700; background: #fff8d6; }
.severity-low .severity, .severity.severity-low { color: #1d5e20; background: #e8f5e9; }
.severity-info .severity, .severity.severity-info { color: #0b4f8a; background: #e7f1fb; }
form.composer label, form.checker label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
form.composer textarea, form.checker textarea {
  width: 100%; border: 2px solid var(--line); border-radius: 0.375rem; padding: 0.5rem;
  background: var(--paper); color: var(--ink); resize: vertical;
}
form.composer textarea { min-height: 4.5rem; }
form.checker textarea { min-height: 12rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9rem; }
.hint { color: var(--muted); font-size: 0.875rem; margin: 0.25rem 0 0.5rem; }
.row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-top: 0.5rem; }
.result { margin-top: 1rem; }
.result > * + * { margin-top: 0.75rem; }
details.recent { margin-top: 1.5rem; border-top: 1px solid var(--line); padding-top: 0.75rem; }
details.recent summary { cursor: pointer; font-weight: 600; }
details.recent table { border-collapse: collapse; width: 100%; font-size: 0.875rem; margin-top: 0.5rem; }
details.recent th, details.recent td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.table-wrap { overflow-x: auto; }
@media (max-width: 30rem) {
  main { padding: 0.75rem; }
  header.site h1 { font-size: 1.1rem; }
  .turn-user { max-width: 100%; }
  [role="tab"] { flex: 1 1 auto; padding: 0.5rem; }
}
`;
