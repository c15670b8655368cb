fn main() {
    coop_quiz::ui::panic_screen::install();
    yew::Renderer::<coop_quiz::ui::App>::new().render();
}
