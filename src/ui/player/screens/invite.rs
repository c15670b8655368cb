//! A friend's challenge: what it holds, and the button to take it up.

use yew::prelude::*;

use crate::i18n::{pick, Lang};
use crate::quiz::challenge::Challenge;
use crate::quiz::Difficulty;
use crate::ui::clock;
use crate::ui::player::session::{Screen, SessionAction};
use crate::ui::refs::BankRef;

#[derive(Properties, PartialEq)]
pub struct InviteScreenProps {
    pub challenge: Challenge,
    pub bank: BankRef,
    pub on_action: Callback<SessionAction>,
}

#[component]
pub fn InviteScreen(props: &InviteScreenProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let config = &props.challenge.config;
    let topics = if config.topics.is_empty() {
        pick(lang, "tất cả chủ đề", "all topics").to_owned()
    } else {
        config
            .topics
            .iter()
            .map(|t| {
                props
                    .bank
                    .0
                    .topic(t)
                    .map_or_else(|| t.to_string(), |t| t.name.get(lang).to_owned())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let difficulty = match config.difficulty {
        None => pick(lang, "trộn lẫn", "mixed"),
        Some(Difficulty::Easy) => pick(lang, "dễ", "easy"),
        Some(Difficulty::Medium) => pick(lang, "trung bình", "medium"),
        Some(Difficulty::Hard) => pick(lang, "khó", "hard"),
    };
    let on_accept = props
        .on_action
        .reform(|_: MouseEvent| SessionAction::AcceptChallenge { at: clock::now() });
    let on_home = props
        .on_action
        .reform(|_: MouseEvent| SessionAction::Show(Screen::Start));
    html! {
        <section class="screen invite" aria-labelledby="invite-title">
            <h1 id="invite-title">{ pick(lang, "Bạn được thách đấu!", "You have been challenged!") }</h1>
            if let Some(score) = props.challenge.score {
                <p class="lead">{ match lang {
                    Lang::Vi => format!("Bạn của bạn đã trả lời đúng {score}/{} câu. Bạn có làm tốt hơn không?", config.length),
                    Lang::En => format!("Your friend answered {score} of {} correctly. Can you beat that?", config.length),
                } }</p>
            }
            <ul class="facts-list">
                <li>{ match lang { Lang::Vi => format!("{} câu hỏi, cùng thứ tự với bạn của bạn", config.length), Lang::En => format!("{} questions, in the same order as your friend's", config.length) } }</li>
                <li>{ pick(lang, "Chủ đề: ", "Topics: ") }{ topics }</li>
                <li>{ pick(lang, "Mức độ: ", "Difficulty: ") }{ difficulty }</li>
            </ul>
            <div class="actions">
                <button type="button" class="button button-primary" onclick={on_accept}>{ pick(lang, "Nhận thử thách", "Take the challenge") }</button>
                <button type="button" class="button" onclick={on_home}>{ crate::i18n::text(lang, crate::i18n::Text::Home) }</button>
            </div>
        </section>
    }
}
