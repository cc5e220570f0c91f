// The console page: one static document with landmarks, a labelled chat composer and an invite checker. Its script
// and stylesheet are same-origin files (console.ts serves them), so the CSP can forbid every inline script.

const QUICK_PROMPTS: { label: string; prompt: string }[] = [
  { label: 'Help', prompt: 'help' },
  { label: 'Checklist: staff', prompt: 'checklist staff' },
  { label: 'Checklist: organiser', prompt: 'checklist organiser' },
  { label: 'Checklist: admin', prompt: 'checklist admin' },
];

const RECENT_SECTION = `
  <details class="recent" id="recent">
    <summary>Recent activity on this service</summary>
    <h2 class="visually-hidden">Recent activity</h2>
    <div class="table-wrap">
      <table>
        <caption>Latest deliveries to organisers and channels</caption>
        <thead><tr><th scope="col">Created</th><th scope="col">Channel</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col">Attempts</th></tr></thead>
        <tbody id="recent-deliveries"></tbody>
      </table>
    </div>
    <div class="table-wrap">
      <table>
        <caption>Latest admin audit entries</caption>
        <thead><tr><th scope="col">At</th><th scope="col">Actor</th><th scope="col">Platform</th><th scope="col">Action</th><th scope="col">Target</th><th scope="col">Outcome</th></tr></thead>
        <tbody id="recent-audit"></tbody>
      </table>
    </div>
  </details>`;

export function renderConsolePage(options: { local: boolean }): string {
  const quick = QUICK_PROMPTS.map(
    (q) => `<li><button type="button" data-prompt="${q.prompt}">${q.label}</button></li>`,
  ).join('\n        ');
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Meeting hygiene console</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/console.css">
  <script src="/console.js" defer></script>
</head>
<body>
  <a class="skip-link" href="#message">Skip to the message box</a>
  <header class="site">
    <h1>Meeting hygiene console</h1>
    <p>Ask about safe video meetings, or check an invite for exposed passcodes. Follows the NCSC video conferencing guidance.</p>
  </header>
  <main id="main">
    <div role="tablist" aria-label="Console sections">
      <button type="button" role="tab" id="tab-chat" aria-selected="true" aria-controls="panel-chat">Chat</button>
      <button type="button" role="tab" id="tab-check" aria-selected="false" aria-controls="panel-check" tabindex="-1">Check an invite</button>
    </div>

    <section role="tabpanel" id="panel-chat" aria-labelledby="tab-chat">
      <h2 class="visually-hidden">Chat with the bot</h2>
      <ul class="quick" aria-label="Quick questions">
        ${quick}
      </ul>
      <div id="transcript" class="transcript" role="log" aria-live="polite" aria-relevant="additions" aria-label="Conversation" tabindex="0"></div>
      <form id="composer" class="composer" novalidate>
        <label for="message">Your message</label>
        <p class="hint" id="message-hint">Enter sends; Shift+Enter starts a new line. Paste an invite here too.</p>
        <textarea id="message" name="text" rows="3" maxlength="20000" aria-describedby="message-hint" autocomplete="off"></textarea>
        <div class="row"><button type="submit" id="send" class="primary">Send</button></div>
      </form>
    </section>

    <section role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden>
      <h2 class="visually-hidden">Check an invite</h2>
      <form id="checker" class="checker" novalidate>
        <label for="invite">Paste a meeting invite</label>
        <p class="hint" id="invite-hint">Plain text, HTML, an .ics file or a Graph event JSON. Nothing you paste is stored, and passcodes are never shown back.</p>
        <textarea id="invite" name="text" rows="10" maxlength="20000" aria-describedby="invite-hint" spellcheck="false"></textarea>
        <div class="row">
          <button type="submit" id="check-send" class="primary">Check invite</button>
          <button type="button" id="check-clear">Clear</button>
        </div>
      </form>
      <div id="check-result" class="result" aria-live="polite"></div>
    </section>
${options.local ? RECENT_SECTION : ''}
    <p id="status" class="visually-hidden" role="status"></p>
  </main>
  <footer class="site">
    <p>Runs on this service only. Guidance: <a href="https://www.ncsc.gov.uk/guidance/video-conferencing-services-security-guidance-organisations" rel="noopener noreferrer">NCSC video conferencing services</a>.</p>
  </footer>
</body>
</html>
`;
}
