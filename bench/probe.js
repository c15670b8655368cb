// Injected into every page before its own scripts (Playwright's
// addInitScript). Timings are taken inside the page, against
// performance.now() (0 = navigation start), so Playwright's own round trips
// and actionability checks never count. A condition is "met" at the first
// frame after the DOM satisfies it: a MutationObserver notices the change in
// the same task, then we wait for the next animation frame and one more task,
// which is roughly when that frame has been painted.
(() => {
  const bench = (window.__bench = { clicks: [] });

  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /** Resolves with the time of the first frame at which test() holds. */
  bench.until = (test) =>
    new Promise((resolve) => {
      if (test()) {
        afterFrame().then(resolve);
        return;
      }
      const observer = new MutationObserver(() => {
        if (test()) {
          observer.disconnect();
          afterFrame().then(resolve);
        }
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });

  // Cheap checks first: these run on every DOM mutation while we wait.
  const shown = (el) => el != null && el.isConnected && el.getClientRects().length > 0;
  const buttonNamed = (name) =>
    [...document.getElementsByTagName('button')].find((b) =>
      name instanceof RegExp ? name.test(b.textContent.trim()) : b.textContent.trim() === name,
    );
  const exactText = (text) =>
    document.evaluate(`//*[normalize-space(text())="${text}"]`, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null)
      .singleNodeValue;

  bench.find = { buttonNamed, exactText, shown };
  bench.tests = {
    // The start screen is usable: its start button is on screen and enabled.
    startReady: () => {
      const b = buttonNamed('Bắt đầu (10 câu hỏi)');
      return b != null && !b.disabled && shown(b);
    },
    question: (n) => () => shown(exactText(`Câu ${n}/10`)),
    verdict: () => shown(document.querySelector('.verdict')),
    results: () => shown([...document.querySelectorAll('h1, h2')].find((h) => h.textContent.trim() === 'Kết quả')),
  };

  // Armed before any page script runs, so the start screen is never missed.
  bench.startReady = bench.until(bench.tests.startReady);

  // Time stamps (same clock as performance.now()) of trusted clicks, taken in
  // the capture phase, before the app's own handlers run.
  document.addEventListener('click', (e) => bench.clicks.push(e.timeStamp), true);

  // Trunk's loader announces the started wasm instance: its exports include
  // the linear memory, whose size is the wasm heap's high-water mark.
  addEventListener('TrunkApplicationStarted', (e) => {
    bench.wasm = e.detail?.wasm;
    bench.wasmStartedAt = performance.now();
  });
  bench.wasmMemoryBytes = () => bench.wasm?.memory?.buffer?.byteLength ?? null;

  /**
   * Plays `rounds` whole rounds as fast as the page allows, with synthetic
   * clicks (memory soak, not timed). Always answers with the first option;
   * for multiple select, ticks it and presses "Kiểm tra".
   */
  bench.playRounds = async (rounds, { fromStart }) => {
    const click = (el, what) => {
      if (!el) throw new Error(`benchmark: no ${what} on screen`);
      el.click();
    };
    const enabled = (name) => () => {
      const b = buttonNamed(name);
      return b != null && !b.disabled;
    };
    for (let r = 0; r < rounds; r++) {
      if (r === 0 && fromStart) {
        await bench.until(bench.tests.startReady);
        click(buttonNamed('Bắt đầu (10 câu hỏi)'), 'start button');
      } else {
        await bench.until(enabled('Chơi lượt mới'));
        click(buttonNamed('Chơi lượt mới'), '"Chơi lượt mới" button');
      }
      for (let n = 1; n <= 10; n++) {
        await bench.until(bench.tests.question(n));
        click(document.querySelector('.choice'), 'option');
        if (document.querySelector('.choice[aria-pressed]')) {
          await bench.until(enabled('Kiểm tra'));
          click(buttonNamed('Kiểm tra'), '"Kiểm tra" button');
        }
        await bench.until(bench.tests.verdict);
        const next = /^(Câu tiếp theo|Xem kết quả)/;
        await bench.until(() => buttonNamed(next) != null);
        click(buttonNamed(next), 'next button');
      }
      await bench.until(bench.tests.results);
    }
  };
})();
