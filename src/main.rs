fn main() {
    coop_quiz::ui::panic_screen::install();
    coop_quiz::ui::remove_boot_screen();
    yew::Renderer::<coop_quiz::ui::App>::new().render();
}
