// The console's script, served same-origin at /console.js (the page's CSP allows no inline script). Plain ES2020, no
// framework. Bot messages arrive as HTML the server rendered and escaped (render-html.ts); user text is only ever
// put into the page with textContent.
export const CONSOLE_JS = `(function () {
  'use strict';
  var transcript = document.getElementById('transcript');
  var composer = document.getElementById('composer');
  var input = document.getElementById('message');
  var send = document.getElementById('send');
  var checker = document.getElementById('checker');
  var invite = document.getElementById('invite');
  var checkButton = document.getElementById('check-send');
  var result = document.getElementById('check-result');
  var status = document.getElementById('status');

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }).then(function (res) {
      return res.json().then(
        function (json) {
          if (!res.ok) throw new Error((json && json.message) || 'The request failed (' + res.status + ').');
          return json;
        },
        function () {
          throw new Error('The request failed (' + res.status + ').');
        },
      );
    });
  }

  function say(text) {
    status.textContent = '';
    status.textContent = text;
  }

  function addUserTurn(text) {
    var turn = document.createElement('div');
    turn.className = 'turn turn-user';
    var who = document.createElement('span');
    who.className = 'who';
    who.textContent = 'You';
    turn.appendChild(who);
    turn.appendChild(document.createTextNode(text));
    transcript.appendChild(turn);
    transcript.scrollTop = transcript.scrollHeight;
  }

  function addBotTurn(html) {
    var turn = document.createElement('div');
    turn.className = 'turn turn-bot';
    turn.innerHTML = html;
    transcript.appendChild(turn);
    // Show the start of the answer (not its end): long checklists are read from the top.
    transcript.scrollTop = Math.max(0, turn.offsetTop - 8);
  }

  function errorHtml(message) {
    var article = document.createElement('article');
    article.className = 'bot-message kind-error';
    article.setAttribute('role', 'alert');
    var h = document.createElement('h2');
    h.textContent = 'Sorry, that did not work';
    var p = document.createElement('p');
    p.textContent = message;
    article.appendChild(h);
    article.appendChild(p);
    return article.outerHTML;
  }

  function busy(on) {
    transcript.setAttribute('aria-busy', on ? 'true' : 'false');
    send.disabled = on;
  }

  function chat(text) {
    text = text.trim();
    if (!text) {
      say('Type a question or paste an invite first.');
      input.focus();
      return Promise.resolve();
    }
    addUserTurn(text);
    busy(true);
    return post('/api/console/chat', { text: text })
      .then(function (reply) { addBotTurn(reply.html); })
      .catch(function (err) { addBotTurn(errorHtml(err.message)); })
      .then(function () { busy(false); });
  }

  function action(verb, data, label) {
    addUserTurn(label);
    busy(true);
    return post('/api/console/action', { verb: verb, data: data })
      .then(function (reply) { addBotTurn(reply.html); })
      .catch(function (err) { addBotTurn(errorHtml(err.message)); })
      .then(function () { busy(false); });
  }

  composer.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = '';
    chat(text).then(function () { input.focus(); });
  });

  // Enter sends; Shift+Enter (and IME composition) inserts a newline as usual.
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  // Buttons inside bot messages and the quick buttons: one delegated listener (no inline handlers under the CSP).
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target) return;
    var prompt = target.getAttribute('data-prompt');
    var verb = target.getAttribute('data-verb');
    if (prompt !== null) {
      showTab('tab-chat', false);
      chat(prompt).then(function () { input.focus(); });
    } else if (verb !== null) {
      var data = {};
      try { data = JSON.parse(target.getAttribute('data-action') || '{}'); } catch (e) { data = {}; }
      showTab('tab-chat', false);
      action(verb, data, target.textContent || verb).then(function () { input.focus(); });
    }
  });

  checker.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = invite.value;
    if (!text.trim()) {
      say('Paste an invite to check first.');
      invite.focus();
      return;
    }
    checkButton.disabled = true;
    result.setAttribute('aria-busy', 'true');
    post('/api/console/check', { text: text })
      .then(function (reply) {
        result.innerHTML = reply.html;
        var n = reply.items.reduce(function (sum, item) { return sum + item.findings.length; }, 0);
        say(n === 0 ? 'Checked: no finding.' : 'Checked: ' + n + (n === 1 ? ' finding.' : ' findings.'));
      })
      .catch(function (err) { result.innerHTML = errorHtml(err.message); })
      .then(function () {
        checkButton.disabled = false;
        result.setAttribute('aria-busy', 'false');
      });
  });

  document.getElementById('check-clear').addEventListener('click', function () {
    invite.value = '';
    result.innerHTML = '';
    invite.focus();
  });

  // Tabs (WAI-ARIA Authoring Practices, tabs with manual activation): arrows move, Enter/Space or click selects.
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  function showTab(id, focus) {
    tabs.forEach(function (tab) {
      var selected = tab.id === id;
      tab.setAttribute('aria-selected', selected ? 'true' : 'false');
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
      if (selected && focus) tab.focus();
    });
  }
  tabs.forEach(function (tab, i) {
    tab.addEventListener('click', function () { showTab(tab.id, true); });
    tab.addEventListener('keydown', function (event) {
      var next = null;
      if (event.key === 'ArrowRight') next = tabs[(i + 1) % tabs.length];
      else if (event.key === 'ArrowLeft') next = tabs[(i - 1 + tabs.length) % tabs.length];
      else if (event.key === 'Home') next = tabs[0];
      else if (event.key === 'End') next = tabs[tabs.length - 1];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    });
  });

  // Recent activity (local mode only): loaded when the panel is opened.
  var recent = document.getElementById('recent');
  if (recent) {
    recent.addEventListener('toggle', function () {
      if (!recent.open) return;
      fetch('/api/console/recent', { headers: { accept: 'application/json' } })
        .then(function (res) { return res.json(); })
        .then(function (data) {
          fill('recent-deliveries', data.deliveries || [], ['createdAt', 'channel', 'kind', 'status', 'attempts']);
          fill('recent-audit', data.audit || [], ['at', 'actor', 'platform', 'action', 'target', 'outcome']);
        })
        .catch(function () { say('Could not load recent activity.'); });
    });
  }
  function fill(id, rows, columns) {
    var body = document.getElementById(id);
    body.textContent = '';
    if (rows.length === 0) {
      var tr = document.createElement('tr');
      var td = document.createElement('td');
      td.colSpan = columns.length;
      td.textContent = 'Nothing yet.';
      tr.appendChild(td);
      body.appendChild(tr);
      return;
    }
    rows.forEach(function (row) {
      var tr = document.createElement('tr');
      columns.forEach(function (c) {
        var td = document.createElement('td');
        td.textContent = row[c] === undefined ? '' : String(row[c]);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }
})();
`;
