//! The Learn page's wasm (`learn.html`, built by Trunk with
//! `data-bin="learn"`): the key points by topic, search, the 2012/2023
//! comparison and the print sheet, in a download of their own, so the
//! players' first load carries none of it (issue 17).

fn main() {
    coop_quiz::ui::panic_screen::install();
    coop_quiz::ui::remove_boot_screen();
    yew::Renderer::<coop_quiz::ui::LearnApp>::new().render();
}
