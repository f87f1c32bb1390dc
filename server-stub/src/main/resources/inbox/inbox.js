// The inbox page: reads and acts only through the control API (specs/stub-admin.yaml, tag Inbox).
const TOKEN_KEY = 'smskit.controlToken';
const PAGE = 50;

class Unauthorized extends Error {}

document.addEventListener('alpine:init', () => {
  Alpine.data('inbox', () => ({
    accounts: [],
    current: '',
    apiFilter: '',
    messages: [],
    total: 0,
    next: null,
    loading: false,
    q: '', step: '', direction: '', since: '', until: '',
    detail: null,
    failCode: '',
    replyText: '',
    live: false,
    error: '',
    needToken: false,
    tokenInput: '',
    events: null,
    listed: false,
    faults: [],
    showFaults: false,

    async init() {
      await this.start();
    },

    async start() {
      try {
        this.accounts = await this.call('GET', '/_stub/accounts');
      } catch (e) {
        return this.failed(e);
      }
      const wanted = new URLSearchParams(location.search).get('account');
      const first = this.accounts.find(a => a.api + '/' + a.account === wanted) || this.accounts[0];
      this.current = first ? first.api + '/' + first.account : '';
      this.switchAccount();
    },

    // --- calls -------------------------------------------------------------------------------
    async call(method, path, body) {
      const headers = {'Accept': 'application/json, application/problem+json'};
      const token = sessionStorage.getItem(TOKEN_KEY);
      if (token) headers['Authorization'] = 'Bearer ' + token;
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const answer = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
      if (answer.status === 401) throw new Unauthorized();
      if (!answer.ok) {
        let problem = {};
        try { problem = await answer.json(); } catch (ignored) { /* not JSON */ }
        const fields = problem.errors ? ' ' + Object.entries(problem.errors).map(([k, v]) => k + ' ' + v.join(', ')).join('; ') : '';
        throw new Error(method + ' ' + path.split('?')[0] + ': ' + answer.status + ' ' + (problem.detail || answer.statusText) + fields);
      }
      return answer.status === 204 ? null : answer.json();
    },

    failed(e) {
      if (e instanceof Unauthorized) {
        this.needToken = true;
        this.error = '';
      } else {
        this.error = e.message;
      }
    },

    saveToken() {
      sessionStorage.setItem(TOKEN_KEY, this.tokenInput.trim());
      this.tokenInput = '';
      this.needToken = false;
      this.start();
    },

    get account() {
      const slash = this.current.indexOf('/');
      return {api: this.current.slice(0, slash), account: this.current.slice(slash + 1)};
    },

    query(cursor) {
      const params = new URLSearchParams({api: this.account.api, account: this.account.account, limit: PAGE});
      if (this.q.trim()) params.set('q', this.q.trim());
      if (this.step) params.set('step', this.step);
      if (this.direction) params.set('direction', this.direction);
      if (this.since) params.set('since', new Date(this.since).toISOString());
      if (this.until) params.set('until', new Date(this.until).toISOString());
      if (cursor) params.set('cursor', cursor);
      return '/_stub/feed?' + params;
    },

    // --- the list ----------------------------------------------------------------------------
    apiChosen() {
      if (this.apiFilter && this.account.api !== this.apiFilter) {
        const first = this.accounts.find(a => a.api === this.apiFilter);
        this.current = first ? first.api + '/' + first.account : '';
        this.switchAccount();
      }
    },

    switchAccount() {
      this.detail = null;
      this.messages = [];
      this.total = 0;
      this.next = null;
      this.faults = [];
      this.listen();
      this.reload();
    },

    // --- faults: the calls of this account a fault rule changed (the stream says when to look) ----
    async loadFaults() {
      if (!this.current) return;
      const {api, account} = this.account;
      try {
        const all = await this.call('GET', '/_stub/faults/triggered?' + new URLSearchParams({api, account}));
        this.faults = all.reverse();
      } catch (e) {
        this.failed(e);
      }
    },

    async reload() {
      if (!this.current) return;
      this.loading = true;
      const since = this.listed ? performance.now() : 0;
      try {
        const page = await this.call('GET', this.query());
        this.messages = page.messages;
        this.total = page.total;
        this.next = page.next || null;
        this.error = '';
        this.shown(this.listed ? 'inbox-list' : 'inbox-first-screen', since);
        this.listed = true;
      } catch (e) {
        this.failed(e);
      } finally {
        this.loading = false;
      }
    },

    async more() {
      const since = performance.now();
      try {
        const page = await this.call('GET', this.query(this.next));
        this.messages = this.messages.concat(page.messages);
        this.total = page.total;
        this.next = page.next || null;
        this.shown('inbox-more', since);
      } catch (e) {
        this.failed(e);
      }
    },

    // new messages come first: the first page, merged into what is shown (older pages stay)
    async refreshTop() {
      try {
        const page = await this.call('GET', this.query());
        const shown = new Set(this.messages.map(m => m.key));
        const fresh = page.messages.filter(m => !shown.has(m.key));
        if (this.messages.length === 0) this.next = page.next || null;
        this.messages = fresh.concat(this.messages.map(m => page.messages.find(p => p.key === m.key) || m));
        this.total = page.total;
      } catch (e) {
        this.failed(e);
      }
    },

    // what bench/inbox.sh reads: how long until a list was on screen (rendered, then painted), counted from
    // the navigation (the first screen), or from the search or click that asked for it
    async shown(name, since) {
      await this.$nextTick();
      await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));
      performance.measure(name, {start: since});
    },

    // --- live --------------------------------------------------------------------------------
    listen() {
      if (this.events) this.events.close();
      this.live = false;
      if (!this.current) return;
      const params = new URLSearchParams(this.account);
      const token = sessionStorage.getItem(TOKEN_KEY);
      if (token) params.set('access_token', token);
      const events = new EventSource('/_stub/feed/events?' + params);
      this.events = events;
      let refresh = null;
      const soon = () => { clearTimeout(refresh); refresh = setTimeout(() => this.refreshTop(), 100); };
      // a stream that (re)opens may have missed changes: read the list again
      events.onopen = () => { this.live = true; if (this.messages.length) soon(); this.loadFaults(); };
      events.onerror = () => { this.live = false; };
      events.addEventListener('message', soon);
      events.addEventListener('fault', () => this.loadFaults());
      events.addEventListener('reload', () => { this.detail = null; this.reload(); });
      events.addEventListener('status', event => {
        const changed = JSON.parse(event.data);
        this.messages = this.messages.map(m => m.key === changed.key ? changed : m);
        if (this.detail && this.detail.message.key === changed.key) this.open(changed.key);
      });
    },

    // --- one message -------------------------------------------------------------------------
    async open(key) {
      try {
        this.detail = await this.call('GET', '/_stub/messages/' + encodeURIComponent(key));
      } catch (e) {
        this.failed(e);
      }
    },

    async act(work) {
      try {
        await work();
        this.error = '';
        if (this.detail) await this.open(this.detail.message.key);
      } catch (e) {
        this.failed(e);
      }
    },

    deliver() {
      return this.act(async () => {
        const done = await this.call('POST', '/_stub/messages/' + encodeURIComponent(this.detail.message.key) + '/deliver');
        this.messages = this.messages.map(m => m.key === done.key ? done : m);
      });
    },

    fail() {
      const m = this.detail.message;
      const body = m.api === 'ip1' ? {api: 'ip1', account: m.account, id: String(m.id)} : {api: 'smsend', account: m.account, orderId: m.orderId, to: m.to};
      const codes = this.failCodes(m).map(c => c.code);
      body.code = codes.includes(this.failCode) ? this.failCode : codes[0];
      return this.act(async () => {
        const failed = await this.call('POST', '/_stub/deliveries/fail', body);
        for (const done of [].concat(failed)) {
          this.messages = this.messages.map(x => x.key === done.key ? done : x);
        }
      });
    },

    // the codes of the README's "Simulating failures": IP1 V2 status codes (V1 Status follows), smsend states
    failCodes(m) {
      return m.api === 'ip1'
        ? [['500', 'error (V1 51)'], ['202', 'expired (V1 52)'], ['402', 'insufficient funds (V1 42)'],
          ['403', 'sender rejected (V1 42)'], ['404', 'content rejected (V1 42)']].map(([code, meaning]) => ({code, meaning}))
        : [['KO', 'rejected by the SMSC'], ['ERROR', 'error'], ['TIMEOUT', 'timed out'], ['UNKNRCPT', 'unparsable recipient'],
          ['UNKNPFX', 'unknown prefix'], ['INVALIDDST', 'invalid destination'], ['BLACKLISTED', 'blacklisted'],
          ['INVALIDCONTENTS', 'invalid contents'], ['TOOM4USER', 'too many for the user'],
          ['TOOM4NUM', 'too many for the number']].map(([code, meaning]) => ({code, meaning}));
    },

    reply() {
      const m = this.detail.message;
      return this.act(async () => {
        await this.call('POST', '/_stub/ip1/incoming',
          {account: m.account, from: this.phone(m), to: m.direction === 'INCOMING' ? m.to : m.from, message: this.replyText});
        this.replyText = '';
      });
    },

    resetAccount() {
      const {api, account} = this.account;
      if (!confirm('Forget everything ' + api + ' account ' + account + ' stored?')) return;
      return this.act(async () => {
        await this.call('POST', '/_stub/accounts/' + api + '/' + encodeURIComponent(account) + '/reset');
        this.detail = null;
        await this.reload();
      });
    },

    // --- showing -----------------------------------------------------------------------------
    phone(m) {
      return m.direction === 'INCOMING' ? m.from : m.to;
    },

    status(m) {
      if (m.api === 'ip1') {
        return m.direction === 'INCOMING' ? 'received (V2 ' + m.statusCode + ')' : m.step + ' (V1 ' + m.status + ', V2 ' + m.statusCode + ')';
      }
      return m.step + ' (' + m.smsendStatus + ')';
    },

    time(iso, seconds) {
      const d = new Date(iso);
      const today = new Date().toDateString() === d.toDateString();
      const clock = d.toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', second: seconds || today ? '2-digit' : undefined});
      return today ? clock : d.toLocaleDateString([], {month: 'short', day: 'numeric'}) + ' ' + clock;
    },

    // the characters of one segment, each marked when it forced UCS-2 or takes two septets
    marked(part, p) {
      let start = 0;
      for (let i = 0; i < p; i++) start += [...this.detail.parts[i].text].length;
      const marks = new Map(this.detail.marks.map(mark => [mark.index, mark.reason]));
      return [...part.text].map((text, i) => {
        const mark = marks.get(start + i) || '';
        return {text, mark, title: mark === 'UCS2' ? 'not in GSM 03.38: the text is UCS-2' : mark === 'DOUBLE' ? 'GSM extension: two septets' : ''};
      });
    },
  }));
});
