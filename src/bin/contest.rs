//! The contest page's wasm (`contest.html`, built by Trunk with
//! `data-bin="contest"`): registration, the counted round, the tie-break,
//! the result code and the certificate, in a download of its own, so a
//! player who only practises carries none of it (issue 17).

fn main() {
    coop_quiz::ui::panic_screen::install();
    coop_quiz::ui::remove_boot_screen();
    coop_quiz::ui::render_contest_page();
}
