// Short import names for a page's wasm and its wasm-bindgen glue (run by
// scripts/post-build.mjs on every page).
//
// wasm-bindgen names each of the ~190 functions the wasm imports from its
// glue `__wbg_<method>_<16 hex digits>`, under the module
// "./<crate>_bg.js", and writes each name twice: in the wasm's import
// section and as a key of the glue's imports object. The hex digits do not
// compress, so the names cost every player about 3.3 KB brotli of the first
// load (BENCHMARKS.md, "Fourth pass"). Here each import gets a name of one
// or two letters, in both files; nothing else changes (the names are looked
// up only when the wasm is instantiated).
//
// It throws rather than guess: an import whose name is not exactly once in
// the glue, or a glue without exactly one module key, stops the build.

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The n-th short name: a … Z, ba … ZZ (never empty, never a digit first). */
export function shortName(n) {
  let name = LETTERS[n % LETTERS.length];
  for (let rest = Math.floor(n / LETTERS.length); rest > 0; rest = Math.floor(rest / LETTERS.length)) {
    name = LETTERS[rest % LETTERS.length] + name;
  }
  return name;
}

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const utf8 = (text) => Buffer.from(text, 'utf8');
const withLength = (bytes) => Buffer.concat([leb(bytes.length), bytes]);

// Skips an import's description (what it imports and its type), returning
// where the next import starts. Kinds: 0 function, 1 table, 2 memory,
// 3 global, 4 tag (the wasm core spec's import section).
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (from) => {
    const flags = bytes[from++];
    let next = readLeb(bytes, from)[1];
    if (flags & 1) next = readLeb(bytes, next)[1];
    return next;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1];
    case 1: return limits(at + 1);
    case 2: return limits(at);
    case 3: return at + 2;
    case 4: return readLeb(bytes, at + 1)[1];
    default: throw new Error(`wasm import of unknown kind ${kind}`);
  }
}

/**
 * Renames the imports the wasm takes from its glue module. Returns the new
 * wasm and glue, and how many names changed.
 * @param {Buffer} wasm
 * @param {string} glue the wasm-bindgen JS file
 */
export function shortenImports(wasm, glue) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm file');
  const sections = [wasm.subarray(0, 8)];
  const renamed = new Map();
  let module = null;
  for (let at = 8; at < wasm.length;) {
    const sectionStart = at;
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    const body = wasm.subarray(start, start + size);
    at = start + size;
    if (id !== 2) {
      sections.push(wasm.subarray(sectionStart, at));
      continue;
    }
    const [count, first] = readLeb(body, 0);
    const parts = [leb(count)];
    for (let i = 0, p = first; i < count; i++) {
      const [moduleLength, moduleAt] = readLeb(body, p);
      const from = body.subarray(moduleAt, moduleAt + moduleLength).toString('utf8');
      const [fieldLength, fieldAt] = readLeb(body, moduleAt + moduleLength);
      const field = body.subarray(fieldAt, fieldAt + fieldLength).toString('utf8');
      const describedFrom = fieldAt + fieldLength;
      p = skipDescription(body, describedFrom);
      const description = body.subarray(describedFrom, p);
      // Only the glue's own imports ("./<crate>_bg.js"); anything else
      // (none today) keeps its names.
      if (!from.endsWith('_bg.js')) {
        parts.push(withLength(utf8(from)), withLength(utf8(field)), description);
        continue;
      }
      if (module !== null && module !== from) throw new Error(`wasm imports from two glue modules: ${module} and ${from}`);
      module = from;
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      parts.push(withLength(utf8('w')), withLength(utf8(renamed.get(field))), description);
    }
    const section = Buffer.concat(parts);
    sections.push(Buffer.from([2]), leb(section.length), section);
  }
  if (module === null) return { wasm, glue, count: 0 };

  const quoted = JSON.stringify(module);
  if (glue.split(quoted).length !== 2) throw new Error(`expected the glue to name ${quoted} once`);
  let out = glue.replace(quoted, 'w');
  for (const [from, to] of renamed) {
    const pattern = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const uses = out.match(pattern)?.length ?? 0;
    if (uses !== 1) throw new Error(`expected the glue to name the import ${from} once, found ${uses}`);
    out = out.replace(pattern, to);
  }
  return { wasm: Buffer.concat(sections), glue: out, count: renamed.size };
}
