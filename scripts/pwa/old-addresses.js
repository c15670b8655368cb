// The tools' addresses from before they had a page of their own
// (index.html#/host, #/organiser, #/verify: bookmarks, printed instructions,
// links already shared) go on to tools.html at once, before the players'
// wasm is compiled. Put in front of the players' loader by
// scripts/post-build.mjs; the app does the same for a link followed later.
if (/^#\/(host|organiser|verify)(?:[/?]|$)/.test(location.hash)) {
  location.replace(`tools.html${location.hash}`);
  // Never resumes: the page is leaving, and the players' app must not start.
  await new Promise(() => {});
}
