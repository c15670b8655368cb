// The addresses the contest, Learn and the tools had on the players' page
// before they had pages of their own (index.html#/contest…, #/learn…,
// #/host, #/organiser, #/verify: bookmarks, printed instructions, links
// already shared) go on to contest.html, learn.html and tools.html at once,
// at the same hash, before the players' wasm is compiled. Put in front of
// the players' loader by scripts/post-build.mjs; the app does the same for
// a link followed later (src/ui/app.rs).
const moved = /^#\/(?:(contest|learn)|host|organiser|verify)(?:[/?]|$)/.exec(location.hash);
if (moved) {
  location.replace(`${moved[1] ?? 'tools'}.html${location.hash}`);
  // Never resumes: the page is leaving, and the players' app must not start.
  await new Promise(() => {});
}
