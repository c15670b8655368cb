fn main() {
    coop_quiz::ui::panic_screen::install();
    coop_quiz::ui::remove_boot_screen();
    coop_quiz::ui::render_players_page();
}
