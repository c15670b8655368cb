// WebKit, the engine of every iPhone browser: Debian's WebKitGTK, its
// MiniBrowser driven by WebKitWebDriver, with plain W3C WebDriver calls
// (fetch to /session/...). MiniBrowser needs an X display and has no
// headless mode, so the run starts its own Xvfb on a free display number
// and the driver on a free port, and stops both (and the browsers the
// driver started) when it closes, when the test process exits, and when
// it is told to stop.
import { spawn, execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BasePage, FIND, PHONE, until } from './engines.mjs';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const START_MS = 60_000;

// W3C WebDriver key codes for the keys the flows press.
const KEYS = {
  Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004', Backspace: '\uE003', Space: ' ',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
};

/// Process groups started here, killed on any way out (and the locale
/// folder removed).
const groups = new Set();
const folders = new Set();
function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
  } catch {}
}
process.on('exit', () => {
  groups.forEach((pid) => killGroup(pid, 'SIGKILL'));
  folders.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    groups.forEach((pid) => killGroup(pid, 'SIGKILL'));
    process.exit(130);
  });
}

/// Starts `command` in its own process group, keeping the end of its output
/// for error messages.
function start(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options });
  groups.add(child.pid);
  child.log = '';
  child.stderr.on('data', (d) => {
    child.log = (child.log + d).slice(-2000);
  });
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  child.on('error', (e) => {
    child.log += `\n${e.message}`;
  });
  return child;
}

async function stop(child) {
  if (!child || !groups.has(child.pid)) return;
  killGroup(child.pid, 'SIGTERM');
  const stopped = await Promise.race([child.exited, new Promise((r) => setTimeout(r, 5000, false))]);
  if (stopped === false) killGroup(child.pid, 'SIGKILL');
  groups.delete(child.pid);
}

/// Xvfb picks a free display itself and writes its number to fd 3.
async function startXvfb() {
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display number in ${START_MS} ms: ${xvfb.log}`)), START_MS);
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.trim());
      }
    });
    xvfb.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb ended (${code}): ${xvfb.log}`));
    });
  });
  return { xvfb, display: `:${display}` };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/// WebKitGTK takes the page's languages (navigator.languages) from the C
/// library's locale, so MiniBrowser runs in a Vietnamese one, compiled
/// into a temporary folder (no system change).
async function vietnameseLocale() {
  const dir = await mkdtemp(join(tmpdir(), 'coopquiz-locale-'));
  folders.add(dir);
  try {
    await promisify(execFile)('localedef', ['-i', 'vi_VN', '-f', 'UTF-8', join(dir, 'vi_VN.UTF-8')]);
  } catch (e) {
    // localedef exits 1 on warnings even when it wrote the locale.
    const made = await access(join(dir, 'vi_VN.UTF-8', 'LC_CTYPE')).then(() => true, () => false);
    if (!made) throw new Error(`cannot build the vi_VN locale (Debian package "locales"): ${e.message}`);
  }
  return dir;
}

class Driver {
  constructor(base) {
    this.base = base;
  }

  async call(method, path, body, { timeoutMs } = {}) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined,
    });
    const reply = await response.json().catch(() => ({}));
    if (!response.ok) {
      const { error, message } = reply.value ?? {};
      throw new Error(`WebDriver ${method} ${path}: ${error ?? response.status} ${message ?? ''}`.trim());
    }
    return reply.value;
  }
}

class WebKitPage extends BasePage {
  constructor(driver, session) {
    super('webkit');
    this.driver = driver;
    this.path = `/session/${session}`;
    this.problems = [];
  }

  call(method, path, body) {
    return this.driver.call(method, `${this.path}${path}`, body);
  }

  /// WebDriver cannot listen to the console, so the page collects its own
  /// errors from the moment it has loaded (errors while loading are seen
  /// only as a page that does not work).
  async listen() {
    await this.evaluate(() => {
      if (window.engineErrors) return;
      const errors = [];
      window.engineErrors = errors;
      addEventListener('error', (e) => errors.push(`pageerror: ${e.message ?? e.target?.src ?? e.type}`), true);
      addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason}`));
      const log = console.error.bind(console);
      console.error = (...args) => {
        errors.push(`console: ${args.join(' ')}`);
        log(...args);
      };
    });
  }

  async harvest() {
    const found = await this.evaluate(() => [
      ...(window.engineErrors?.splice(0) ?? []),
      ...performance.getEntriesByType('resource').filter((r) => r.responseStatus >= 400).map((r) => `HTTP ${r.responseStatus}: ${r.name}`),
    ]).catch(() => []);
    for (const e of found) if (!this.problems.includes(e)) this.problems.push(e);
  }

  async navigate(address) {
    await this.harvest();
    await this.call('POST', '/url', { url: address });
    await this.listen();
  }

  async reload() {
    await this.harvest();
    await this.call('POST', '/refresh', {});
    await this.listen();
  }

  async url() {
    return this.call('GET', '/url');
  }

  async evaluate(fn, ...args) {
    return this.call('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  async element(q) {
    const found = await this.evaluate(FIND, q, 'element');
    if (!found?.[ELEMENT]) throw new Error('no such element');
    return found[ELEMENT];
  }

  async clickOnce(q) {
    await this.call('POST', `/element/${await this.element(q)}/click`, {});
  }

  async fillOnce(q, text) {
    const id = await this.element(q);
    await this.call('POST', `/element/${id}/clear`, {});
    await this.call('POST', `/element/${id}/value`, { text });
    const now = await this.evaluate(FIND, q, 'value');
    if (now !== text) throw new Error(`the field holds "${now}" after typing "${text}"`);
  }

  async chooseOption(q, label) {
    // WebDriver selects an <option> when it is clicked.
    await this.click({ css: `${q.css} option`, text: label, hidden: true });
  }

  async uploadOnce(q, path) {
    await this.call('POST', `/element/${await this.element(q)}/value`, { text: path });
  }

  /// A key or a chord such as "Control+v", "Enter", "Space", "r".
  async press(chord) {
    const keys = chord.split('+').map((k) => KEYS[k] ?? k);
    const actions = [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))];
    await this.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.call('DELETE', '/actions');
  }

  async saveScreenshot(path) {
    await writeFile(path, Buffer.from(await this.call('GET', '/screenshot'), 'base64'));
  }

  async errors() {
    await this.harvest();
    return [...this.problems];
  }

  async close() {
    await this.call('DELETE', '').catch(() => {});
  }
}

// On a loaded machine WebKitWebDriver has once left the request that starts
// a MiniBrowser unanswered until undici gave up after 300 s (a red CI run):
// ask with a time limit, and ask again, so one lost launch is not a failure.
const SESSION_MS = 90_000;
async function newSession(client, capabilities) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.call('POST', '/session', capabilities, { timeoutMs: SESSION_MS });
    } catch (e) {
      const timedOut = e?.name === 'TimeoutError' || e?.name === 'AbortError';
      if (!timedOut || attempt >= 3) throw e;
    }
  }
}

export async function launchWebKit() {
  const locale = await vietnameseLocale();
  let xvfb;
  let driver;
  try {
    let display;
    ({ xvfb, display } = await startXvfb());
    // A free port can be taken between asking and binding: try again.
    let base;
    for (let attempt = 1; !base; attempt++) {
      const port = await freePort();
      driver = start('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
        env: { ...process.env, DISPLAY: display, LOCPATH: locale, LC_ALL: 'vi_VN.UTF-8', LANGUAGE: 'vi' },
      });
      const url = `http://127.0.0.1:${port}`;
      const ready = await Promise.race([
        until(async () => (await (await fetch(`${url}/status`)).json()).value.ready, 'WebKitWebDriver to answer', { timeout: START_MS }).then(() => true),
        driver.exited.then(() => false),
      ]);
      if (ready) base = url;
      else if (attempt >= 3) throw new Error(`WebKitWebDriver did not start: ${driver.log}`);
      else await stop(driver);
    }
    const client = new Driver(base);
    const version = (await promisify(execFile)(MINIBROWSER, ['--version'], { env: { ...process.env, DISPLAY: display } }).catch(() => ({ stdout: '' }))).stdout.trim();
    return {
      name: 'webkit',
      version,
      async newPage(viewport = PHONE) {
        const session = await newSession(client, {
          capabilities: {
            alwaysMatch: {
              browserName: 'MiniBrowser',
              timeouts: { script: 60_000, pageLoad: 120_000 },
              // Full screen hides MiniBrowser's toolbar, which would
              // otherwise keep the window wider than a phone.
              'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
            },
          },
        });
        const page = new WebKitPage(client, session.sessionId);
        try {
          // The window rectangle includes any frame: correct it once.
          let rect = { width: viewport.width, height: viewport.height };
          for (let i = 0; i < 2; i++) {
            await page.call('POST', '/window/rect', rect);
            const [w, h] = await page.evaluate(() => [innerWidth, innerHeight]);
            if (w === viewport.width && h === viewport.height) return page;
            rect = { width: rect.width + viewport.width - w, height: rect.height + viewport.height - h };
          }
          const [w, h] = await page.evaluate(() => [innerWidth, innerHeight]);
          throw new Error(`MiniBrowser's viewport is ${w}x${h}, not ${viewport.width}x${viewport.height}`);
        } catch (e) {
          await page.close();
          throw e;
        }
      },
      async close() {
        await stop(driver);
        await stop(xvfb);
        await rm(locale, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await stop(driver);
    await stop(xvfb);
    await rm(locale, { recursive: true, force: true });
    throw e;
  }
}
