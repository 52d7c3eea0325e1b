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

  // The queue's first page the server wrote into the page (decision 0018): the same answer as
  // QUEUE_URL's, in a <script type="application/json"> placed before this script.
  function served() {
    var node = document.getElementById('dv-queue-data');
    if (!node) return undefined;
    try {
      var data = JSON.parse(node.textContent || '');
      return data && data.url === QUEUE_URL ? Promise.resolve(data.page) : undefined;
    } catch {
      return undefined;
    }
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
