/* global document, navigator */
// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // One submission per form: a double tap or a second click does nothing (the server also
  // deduplicates by the form's Idempotency-Key, so this only spares the citizen a confusing wait).
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form || !form.hasAttribute || !form.hasAttribute('data-once')) return;
    if (form.getAttribute('data-sent') === '1') {
      e.preventDefault();
      return;
    }
    form.setAttribute('data-sent', '1');
    form.setAttribute('aria-busy', 'true');
    var btn = form.querySelector('button[type=submit]');
    if (btn) {
      btn.setAttribute('aria-disabled', 'true');
      btn.classList.add('busy');
      if (btn.getAttribute('data-busy')) btn.textContent = btn.getAttribute('data-busy');
    }
  });
  // Topics offered for the chosen kind only; the denunciation notice stands out when chosen.
  var kinds = document.querySelectorAll('input[name=kind]');
  var topic = document.getElementById('topicCode');
  function sync() {
    var chosen = document.querySelector('input[name=kind]:checked');
    var k = chosen ? chosen.value : '';
    if (topic) {
      for (var i = 0; i < topic.options.length; i++) {
        var o = topic.options[i];
        var ks = o.getAttribute('data-kinds');
        var ok = !k || !ks || ks.split(' ').indexOf(k) >= 0;
        o.hidden = !ok;
        o.disabled = !ok;
        if (!ok && o.selected) topic.value = '';
      }
    }
    var notice = document.getElementById('denunciation-notice');
    if (notice) notice.classList.toggle('emph', k === 'denunciation');
  }
  for (var j = 0; j < kinds.length; j++) kinds[j].addEventListener('change', sync);
  sync();
  // "Copy link" copies instead of navigating when the browser allows it.
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[data-copy]') : null;
    if (!a || !navigator.clipboard) return;
    e.preventDefault();
    navigator.clipboard.writeText(a.href).then(function () {
      var s = document.getElementById('copy-status');
      if (s) s.textContent = a.getAttribute('data-copied') || 'OK';
    });
  });
})();
