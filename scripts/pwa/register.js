
// Offline support (appended to the loader by scripts/post-build.mjs). The
// page learns of a new version through the event "coopquiz:update-ready"
// (and window.coopquizUpdateReady, in case it starts listening later), and
// asks for it with the event "coopquiz:apply-update".
if ('serviceWorker' in navigator) {
  const announce = () => {
    window.coopquizUpdateReady = true;
    dispatchEvent(new CustomEvent('coopquiz:update-ready'));
  };
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data === 'data-updated') announce();
  });
  navigator.serviceWorker.startMessages();
  // Ask whether the bank this page was given from the cache has changed on
  // the server since the page started loading.
  navigator.serviceWorker.ready.then((registration) => {
    navigator.serviceWorker.controller?.postMessage({ type: 'data-check', since: performance.timeOrigin });
    // The contest page, the Learn page and the tools page ask to be kept
    // for offline use; the players' page never does, so players download
    // none of them.
    if (location.pathname.endsWith('/contest.html')) registration.active?.postMessage('keep-contest');
    if (location.pathname.endsWith('/learn.html')) registration.active?.postMessage('keep-learn');
    if (location.pathname.endsWith('/tools.html')) registration.active?.postMessage('keep-tools');
  });
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) announce();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
    addEventListener('coopquiz:apply-update', () => {
      if (!registration.waiting) {
        location.reload();
        return;
      }
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      registration.waiting.postMessage('skipWaiting');
    });
    // A tab left open for days checks for a new version when it is shown again.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
    });
  }).catch((error) => console.warn('offline play is not available here:', error));
}
