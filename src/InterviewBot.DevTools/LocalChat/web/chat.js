// The local chat page: a plain chat list around Microsoft's Adaptive Cards renderer.
// Sending goes to /local/send (the server posts a Teams-shaped activity to /api/messages);
// everything the bot says arrives over /local/events, including nudges and cards updated in place.
(function () {
  'use strict';

  var CARD = 'application/vnd.microsoft.card.adaptive';
  var md = window.interviewBotMarkdown; // markdown.js: the same reading of markdown for texts and cards
  var log = document.getElementById('log');
  var typing = document.getElementById('typing');
  var problem = document.getElementById('problem');
  var input = document.getElementById('message');
  var pending = 0;

  // Close to Teams' light theme: its font sizes, spacing and colours.
  var colors = function (text) {
    return {
      default: { default: text, subtle: '#616161' },
      dark: { default: '#242424', subtle: '#616161' },
      light: { default: '#FFFFFF', subtle: '#F5F5F5' },
      accent: { default: '#5B5FC7', subtle: '#5B5FC7' },
      good: { default: '#0E7A0B', subtle: '#0E7A0B' },
      warning: { default: '#835B00', subtle: '#835B00' },
      attention: { default: '#C4314B', subtle: '#C4314B' }
    };
  };
  var hostConfig = new AdaptiveCards.HostConfig({
    fontFamily: "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#E0E0E0' },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    containerStyles: {
      default: { backgroundColor: '#FFFFFF', foregroundColors: colors('#242424') },
      emphasis: { backgroundColor: '#F5F5F5', foregroundColors: colors('#242424') }
    },
    actions: {
      maxActions: 6, spacing: 'default', buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left',
      showCard: { actionMode: 'inline', inlineTopMargin: 16 }
    },
    inputs: { label: { requiredInputs: { suffix: ' *', suffixColor: 'attention' }, optionalInputs: {} }, errorMessage: { color: 'attention' } }
  });

  // Who is chatting: kept in this browser, so a reload continues the same chat.
  var fresh = false;
  var me = read();
  function read() {
    try {
      var stored = JSON.parse(localStorage.getItem('interviewbot.local') || 'null');
      if (stored && stored.conversationId && stored.userId) return stored;
    } catch (e) { /* start afresh */ }
    fresh = true;
    var made = { conversationId: 'local-' + randomId(), userId: 'local-user-' + randomId(), userName: 'Alex Morgan' };
    localStorage.setItem('interviewbot.local', JSON.stringify(made));
    return made;
  }
  function save() { localStorage.setItem('interviewbot.local', JSON.stringify(me)); }
  function randomId() {
    var bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }
  var timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  document.getElementById('zone').textContent = timeZone;
  var nameInput = document.getElementById('name');
  nameInput.value = me.userName;
  nameInput.addEventListener('change', function () {
    var name = nameInput.value.trim();
    if (name) { me.userName = name; save(); } else { nameInput.value = me.userName; }
  });
  document.getElementById('start-over').addEventListener('click', function () {
    localStorage.removeItem('interviewbot.local');
    location.reload();
  });

  function who(extra) {
    var body = { conversationId: me.conversationId, userId: me.userId, userName: me.userName, timeZone: timeZone, locale: navigator.language };
    for (var key in extra) body[key] = extra[key];
    return body;
  }

  function post(path, body) {
    pending++;
    typing.hidden = false;
    problem.hidden = true;
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) {
        if (response.ok) return response.json();
        return response.json().catch(function () { return null; }).then(function (p) {
          throw new Error(describe(p) || ('The server answered ' + response.status + '.'));
        });
      })
      .catch(function (error) { showProblem(error.message); throw error; })
      .finally(function () { pending--; typing.hidden = pending === 0; });
  }
  function describe(p) {
    if (!p) return '';
    if (p.errors) return Object.keys(p.errors).map(function (k) { return p.errors[k].join(' '); }).join(' ');
    return p.detail || p.title || '';
  }
  function showProblem(text) {
    problem.textContent = text;
    problem.hidden = false;
  }

  // Sending: typed text, and card taps as Teams sends them (the button's data with the card's inputs, replyToId = the card's message).
  document.getElementById('composer').addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    post('/local/send', who({ text: text })).catch(function () { input.value = input.value || text; });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-say]'), function (button) {
    button.addEventListener('click', function () { post('/local/send', who({ text: button.getAttribute('data-say') })).catch(function () {}); });
  });

  function execute(action, activityId, holder) {
    var type = action.getJsonTypeName();
    if (type === 'Action.OpenUrl') {
      window.open(action.url, '_blank', 'noopener');
      return;
    }
    if (type !== 'Action.Submit') {
      showProblem(type + ' is not supported here (the bot uses Action.Submit and Action.OpenUrl).');
      return;
    }
    var data = action.data;
    var body;
    if (data && typeof data === 'object' && data.msteams && data.msteams.type === 'imBack') body = { text: String(data.msteams.value || '') };
    else if (data && typeof data === 'object' && data.msteams && data.msteams.type === 'messageBack') body = { text: data.msteams.text || '', value: data.msteams.value || null, replyToId: activityId };
    else if (typeof data === 'string') body = { text: data };
    else body = { value: data || {}, replyToId: activityId };
    holder.setAttribute('aria-busy', 'true');
    post('/local/send', who(body)).catch(function () {}).finally(function () { holder.removeAttribute('aria-busy'); });
  }

  // Showing what arrives.
  var clockFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

  function show(chatEvent) {
    var activity = chatEvent.activity;
    if (!activity || activity.type !== 'message') return;
    if (chatEvent.kind === 'update') {
      var existing = log.querySelector('[data-activity-id="' + CSS.escape(chatEvent.id) + '"]');
      if (existing) {
        fill(existing.querySelector('.content'), activity, chatEvent.id);
        existing.classList.remove('updated');
        void existing.offsetWidth; // restart the highlight
        existing.classList.add('updated');
        scheduleRefresh();
        return;
      }
    }
    var item = document.createElement('li');
    item.className = 'message ' + (chatEvent.kind === 'user' ? 'from-user' : 'from-bot');
    item.setAttribute('data-activity-id', chatEvent.id);
    var meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = (chatEvent.kind === 'user' ? 'You' : chatEvent.kind === 'send' ? '🔔 InterviewBot – reminder' : 'InterviewBot') +
      ' · ' + clockFormat.format(new Date(chatEvent.clock));
    var content = document.createElement('div');
    content.className = 'content';
    item.appendChild(meta);
    item.appendChild(content);
    fill(content, activity, chatEvent.id);
    log.appendChild(item);
    item.scrollIntoView({ block: 'end' });
    if (chatEvent.kind !== 'user') scheduleRefresh();
  }

  function fill(content, activity, activityId) {
    content.textContent = '';
    if (activity.text) {
      var text = document.createElement('div');
      text.className = 'text';
      text.innerHTML = md.render(activity.text); // HTML is off in markdown-it: the text is escaped
      content.appendChild(text);
    }
    (activity.attachments || []).forEach(function (attachment) {
      if (attachment.contentType !== CARD) {
        var note = document.createElement('p');
        note.textContent = '(An attachment of type ' + attachment.contentType + ' is not shown here.)';
        content.appendChild(note);
        return;
      }
      var holder = document.createElement('div');
      holder.className = 'card';
      var card = new AdaptiveCards.AdaptiveCard();
      card.hostConfig = hostConfig;
      card.onExecuteAction = function (action) { execute(action, activityId, holder); };
      try {
        card.parse(attachment.content);
        holder.appendChild(card.render());
      } catch (e) {
        holder.textContent = 'This card could not be rendered: ' + e.message;
      }
      content.appendChild(holder);
    });
  }

  // The conversation stream: what was said so far, then live. The browser reconnects by itself.
  var events = new EventSource('/local/events?conversation=' + encodeURIComponent(me.conversationId));
  events.addEventListener('activity', function (e) { show(JSON.parse(e.data)); });
  events.addEventListener('ready', function () {
    problem.hidden = true;
    if (fresh) {
      fresh = false;
      post('/local/start', who({})).catch(function () {});
    }
  });
  events.onerror = function () { showProblem('Lost the connection to the bot; trying again…'); };

  // The clock: read it, and move it with the host's /dev/clock/advance.
  var clockNow = document.getElementById('clock-now');
  var clockOffset = document.getElementById('clock-offset');
  var clockStatus = document.getElementById('clock-status');
  var afterCall = document.getElementById('after-call');
  var nextNudge = document.getElementById('next-nudge');
  var schedule = null;

  function refresh() {
    return fetch('/dev/clock').then(function (r) { return r.json(); }).then(function (clock) {
      clockNow.textContent = clockFormat.format(new Date(clock.now));
      clockOffset.textContent = clock.offsetHours > 0 ? ahead(clock.offsetHours) + ' ahead of real time' : 'real time';
      return fetch('/local/schedule?user=' + encodeURIComponent(me.userId));
    }).then(function (r) { return r.json(); }).then(function (s) {
      schedule = s;
      label(afterCall, s.afterCall, 'After the call');
      label(nextNudge, s.nextNudge, 'Next nudge');
    }).catch(function () { clockNow.textContent = 'unavailable'; });
  }
  function label(button, moment, text) {
    button.disabled = !moment;
    button.title = moment ? 'Move to ' + clockFormat.format(new Date(moment.utc)) + ' (' + moment.what + ')' : 'Nothing scheduled yet';
  }
  function ahead(hours) {
    var days = Math.floor(hours / 24);
    var rest = Math.round(hours - days * 24);
    return (days ? days + (days === 1 ? ' day ' : ' days ') : '') + rest + ' h';
  }
  var refreshTimer = null;
  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 200);
  }

  function advance(hours, what) {
    // The clock moves by a second or more; anything less is already there.
    if (!(hours * 3600 >= 1)) { clockStatus.textContent = 'Already there.'; return Promise.resolve(); }
    var moved = null;
    return fetch('/dev/clock/advance?hours=' + hours.toFixed(6), { method: 'POST' })
      .then(function (r) {
        if (!r.ok) return r.json().then(function (p) { throw new Error(describe(p)); });
        return r.json().then(function (m) { moved = m; });
      })
      .catch(function (e) { clockStatus.textContent = 'The clock did not move: ' + e.message; })
      .then(refresh)
      .then(function () { if (moved) clockStatus.textContent = 'Moved to ' + what + '. ' + whatHappened(moved); });
  }
  // Says what the move delivered, or plainly why nothing arrived.
  function whatHappened(m) {
    if (m.stoppedBecause) return m.stoppedBecause;
    var said = [];
    if (m.delivered) said.push(count(m.delivered, 'nudge') + ' went out on the way, each at its own time.');
    if (m.expired) said.push(count(m.expired, 'reminder') + ' could not go out in time and expired (see "my interviews").');
    if (m.later) said.push(count(m.later, 'nudge') + ' now ' + (m.later === 1 ? 'waits' : 'wait') + ' for a later moment.');
    if (said.length) return said.join(' ');
    var next = schedule && schedule.nextNudge;
    return next
      ? 'Nothing fell due on the way – your next nudge is ' + clockFormat.format(new Date(next.utc)) + ' (' + next.what + '); nudges keep to your working hours.'
      : 'Nothing fell due on the way, and no nudge is planned for you – book a call to see some.';
  }
  function count(n, noun) { return n + ' ' + noun + (n === 1 ? '' : 's'); }
  function jumpTo(key) {
    // Read the schedule afresh: the clock and the plan may have moved since the buttons were labelled.
    return refresh().then(function () {
      var moment = schedule && schedule[key];
      if (!moment) { clockStatus.textContent = 'Nothing to move to yet.'; return; }
      var hours = (new Date(moment.utc) - new Date(schedule.now)) / 3600000;
      return advance(hours, moment.what + ' (' + clockFormat.format(new Date(moment.utc)) + ')');
    });
  }
  document.getElementById('plus-hour').addEventListener('click', function () { advance(1, 'one hour later'); });
  document.getElementById('plus-day').addEventListener('click', function () { advance(24, 'one day later'); });
  afterCall.addEventListener('click', function () { jumpTo('afterCall'); });
  nextNudge.addEventListener('click', function () { jumpTo('nextNudge'); });

  // The Outbox: e-mail the bot sent, kept on this machine (GET /local/outbox), newest first.
  var outbox = document.getElementById('outbox');
  var outboxEmpty = document.getElementById('outbox-empty');
  var outboxSeen = '';
  function refreshOutbox() {
    return fetch('/local/outbox').then(function (r) { return r.ok ? r.json() : []; }).then(function (mails) {
      var seen = mails.map(function (m) { return m.id; }).join(',');
      if (seen === outboxSeen) return;
      outboxSeen = seen;
      outboxEmpty.hidden = mails.length > 0;
      outbox.replaceChildren.apply(outbox, mails.map(function (m) {
        var item = document.createElement('li');
        item.className = 'mail';
        var details = document.createElement('details');
        var summary = document.createElement('summary');
        summary.textContent = m.subject;
        var head = document.createElement('p');
        head.className = 'small';
        head.textContent = 'To ' + m.to + (m.replyTo ? ' · replies to ' + m.replyTo : '') + ' · ' + clockFormat.format(new Date(m.sentUtc)) +
          (m.attachment ? ' · ' + m.attachment : '');
        var body = document.createElement('pre');
        body.textContent = m.body;
        details.append(summary, head, body);
        item.append(details);
        return item;
      }));
    }).catch(function () { /* the next look tries again */ });
  }
  setInterval(refreshOutbox, 2000);
  refreshOutbox();

  refresh();
  input.focus();
})();
