/* global window, fetch */
/**
 * The workspace's first script (issue 17 item 4): a plain file served as-is, before the app's
 * bundles are downloaded and parsed. It asks the server at once for what a cold start waits for:
 * the signed-in official (/me), the reference lists and, on "Hàng đợi của tôi" without filters,
 * the queue's first page. The app (src/web/app/preloaded.ts) takes these answers over; when one
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

  var path = window.location.pathname.replace(/^\/app(?=\/|$)/, '').replace(/\/$/, '') || '/';
  if (path === '/login') return;
  window.__danvanPreload = {
    me: get('/api/v1/me'),
    reference: get('/api/v1/reference'),
    queue:
      path === '/queue' && window.location.search === ''
        ? { url: QUEUE_URL, data: get(QUEUE_URL) }
        : undefined,
  };
})();
