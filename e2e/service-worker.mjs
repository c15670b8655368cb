// What the service worker holds, read from a page of the site: shared by
// the tests of the pages kept for offline use once opened (tools.html,
// contest.html, learn.html).

/// Waits until the service worker controls `page`.
export async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

/// Waits until the service worker has kept the page `which` (`tools`,
/// `contest`, `learn`) for offline use (the page asks it to): its html and
/// its wasm, in the cache named `coopquiz-<version>` if a version is given.
export async function pageKept(page, which, version = null) {
  await page.waitForFunction(async ([which, version]) => {
    for (const name of await caches.keys()) {
      if (version && name !== `coopquiz-${version}`) continue;
      const keys = (await (await caches.open(name)).keys()).map((r) => r.url);
      const wasm = new RegExp(`/${which}-[0-9a-f]+_bg\\.wasm$`);
      if (keys.some((u) => u.endsWith(`/${which}.html`)) && keys.some((u) => wasm.test(u))) return true;
    }
    return false;
  }, [which, version], { polling: 200 });
}

/// The files of the page `which` the device keeps, in any cache: its html,
/// and the wasm, glue and stylesheets named after it (its loader is named by
/// its content, not by the page).
export const keptFiles = (page, which) => page.evaluate(async (which) => {
  const own = new RegExp(`/${which}(\\.html|-[0-9a-f]+(_bg\\.wasm|\\.js|\\.css))$`);
  const urls = await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)));
  return urls.flat().filter((u) => own.test(u));
}, which);
