fn main() {
    yew::Renderer::<coop_quiz::ui::App>::new().render();
}
