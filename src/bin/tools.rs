//! The tools page's wasm (`tools.html`, built by Trunk with
//! `data-bin="tools"`): host mode, the organiser page and the verify page
//! over the same engine as the players' page, in a download of their own.

fn main() {
    coop_quiz::ui::panic_screen::install();
    coop_quiz::ui::remove_boot_screen();
    yew::Renderer::<coop_quiz::ui::ToolsApp>::new().render();
}
