/* Service worker: offline cache for the status page. */
var CACHE = 'status-v7';
var OFFLINE_CACHE_UNTIL = Date.parse('2027-04-30T00:00:00Z');
var MAX_ENTRY_AGE = 24 * 60 * 60 * 1000;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(['/', '/status.css']); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }));
});

function fresh(response) {
  var date = response.headers.get('date');
  return !date || Date.now() - Date.parse(date) < MAX_ENTRY_AGE;
}

self.addEventListener('fetch', function (event) {
  if (Date.now() > OFFLINE_CACHE_UNTIL) { // expect: js/hardcoded-expiry
    return; // let the network handle everything
  }
  event.respondWith(
    caches.match(event.request).then(function (hit) {
      if (hit && fresh(hit)) return hit;
      return fetch(event.request);
    })
  );
});
