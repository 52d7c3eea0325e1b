/* global window, fetch, document */
/**
 * The workspace's first script (issue 17 item 4): a plain file served as-is, before the app's
 * bundles are downloaded and parsed. It asks the server at once for what a cold start waits for:
 * the signed-in official (/me), the reference lists and, on "Hàng đợi của tôi" without filters,
 * the queue's first page (or takes it from the page, when the server wrote it in). The app (src/web/app/preloaded.ts) takes these answers over; when one
 * failed, the app asks again the usual way (so a 401 still leads to the login page).
 */
(function () {
  // The queue's first page without filters, as QueuePage asks for it (preloaded.ts compares).
  var QUEUE_URL = '/api/v1/petitions?waitingForMe=true&sort=due&limit=30';

  function get(url) {
    var answer = fetch(url, {
      credentials: 'same-origin',
      headers: { accept: 'application/json, application/problem+json' },
    }).then(function (r) {
      return r.ok ? r.json() : Promise.reject(new Error(String(r.status)));
    });
    // A failure nobody claims is not an error: the app asks again.
    answer.catch(function () {});
    return answer;
  }

  // The queue's first page the server writes into the page (decision 0018): the head says so
  // (<meta name="dv-queue">), the answer to QUEUE_URL follows #root in a
  // <script type="application/json">, read once the document is parsed. Without it (the server
  // could not read the queue), the promise fails and the app asks the API.
  function served() {
    if (!document.querySelector('meta[name="dv-queue"]')) return undefined;
    var page = new Promise(function (resolve, reject) {
      function read() {
        var node = document.getElementById('dv-queue-data');
        var data;
        try {
          data = node ? JSON.parse(node.textContent || '') : undefined;
        } catch {
          data = undefined;
        }
        if (data && data.url === QUEUE_URL) resolve(data.page);
        else reject(new Error('no queue in the page'));
      }
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', read);
      else read();
    });
    page.catch(function () {});
    return page;
  }

  var path = window.location.pathname.replace(/^\/app(?=\/|$)/, '').replace(/\/$/, '') || '/';
  if (path === '/login') return;
  var queue = path === '/queue' && window.location.search === '';
  window.__danvanPreload = {
    me: get('/api/v1/me'),
    reference: get('/api/v1/reference'),
    queue: queue ? { url: QUEUE_URL, data: served() || get(QUEUE_URL) } : undefined,
  };
})();
