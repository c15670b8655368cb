//! The end of a counted contest round: the shared results
//! (`ui::screens::results`) with the result code to hand in, and the
//! certificate to print or save.

use yew::prelude::*;

use crate::i18n::{self, format_date, format_duration, format_score, Lang, Text};
use crate::quiz::play::PlayKind;
use crate::ui::certificate_image::CertificateText;
use crate::ui::contest::text::{self, t, T};
use crate::ui::hooks::use_focused_on_mount;
use crate::ui::play::Play;
use crate::ui::refs::{BankRef, ContestRef};
use crate::ui::screens::results::{results_screen, ResultsProps};
use crate::ui::widgets::certificate_png::certificate_png;
use crate::ui::widgets::copy_box::use_copy_box;
use crate::ui::widgets::explanation::use_notes;
use crate::ui::widgets::result_send::{result_send, ResultSendProps};

#[derive(Properties, PartialEq)]
pub struct ContestResultProps {
    pub play: Play,
    pub bank: BankRef,
    pub contest: Option<ContestRef>,
}

#[component]
pub fn ContestResult(props: &ContestResultProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let notes = use_notes();
    let heading = use_focused_on_mount();
    // Whether the certificate's image could not be made (`certificate_png`).
    let certificate_failed = use_state(|| false);
    let copy_state = use_copy_box();
    let round = &props.play.round;
    let (
        Some(summary),
        PlayKind::Contest {
            round_no,
            day,
            player,
            prediction,
        },
    ) = (round.summary(), &props.play.kind)
    else {
        return Html::default();
    };
    let bank = &props.bank.0;
    let contest = props.contest.as_ref().map(|c| &c.0);
    let title = contest.map(|c| c.title.get(lang).to_owned()).unwrap_or_default();
    let code = contest
        .and_then(|c| {
            let prediction = prediction.unwrap_or(0);
            crate::quiz::contest::result_of(bank, &c.rules, round, *round_no, *day, player, prediction)
        })
        .map(|r| r.encode(&player.name, &player.unit))
        .unwrap_or_default();
    let on_print = Callback::from(|_: MouseEvent| {
        let _ignored = gloo::utils::window().print();
    });
    let kicker = t(lang, T::CertificateKicker);
    let score_line = format!(
        "{} · {}",
        format_score(lang, summary.correct, summary.total),
        format_duration(lang, summary.duration_ms)
    );
    let date_line = format!(
        "{}{}{}",
        t(lang, T::DatePrefix),
        format_date(i64::from(*day)),
        text::round_suffix(lang, *round_no)
    );
    let image = CertificateText {
        kicker: kicker.to_owned(),
        title: title.clone(),
        name: player.name.clone(),
        unit: player.unit.clone(),
        score: score_line.clone(),
        date: date_line.clone(),
        code: code.clone(),
    };
    let submit = contest.and_then(|c| c.submit.as_ref());
    let kind_part = html! {
        <>
            <div class="result-code">
                { result_send(lang, &ResultSendProps {
                    code: &code,
                    name: &player.name,
                    birth_year: player.birth_year,
                    unit: &player.unit,
                    phone: &player.phone,
                    title: &title,
                    submit,
                    code_box: &copy_state,
                }) }
                <p class="muted">{ t(lang, T::ResultCodeHint) }</p>
            </div>
            <article class="certificate" aria-label={t(lang, T::Certificate)}>
                <p class="certificate-kicker">{ kicker }</p>
                <p class="certificate-contest">{ title }</p>
                <p class="certificate-name">{ player.name.clone() }</p>
                <p class="certificate-unit">{ player.unit.clone() }</p>
                <p class="certificate-score">{ score_line }</p>
                <p class="certificate-date">{ date_line }</p>
                <p class="certificate-code">{ code }</p>
            </article>
            <div class="actions">
                <button type="button" class="button" onclick={on_print}>{ t(lang, T::PrintCertificate) }</button>
                { certificate_png(lang, &image, &certificate_failed) }
                <a class="button" href="index.html#/">{ i18n::text(lang, Text::Home) }</a>
            </div>
        </>
    };
    results_screen(
        lang,
        ResultsProps {
            round,
            bank,
            notes,
            heading,
            class: "screen results contest",
            kind_part,
        },
    )
}
