//! The contest page's first screen: the contest's rules and dates, then
//! registration, the round under way to continue, or the attempt already
//! made on this device.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::contest::{Contest, Schedule};
use crate::i18n::{format_date, format_duration, format_score, Lang};
use crate::quiz::contest::Player;
use crate::ui::bank_loader::ContestState;
use crate::ui::clock;
use crate::ui::contest::session::{ContestAction, ContestSession, Screen};
use crate::ui::contest::text::{self, t, T};
use crate::ui::widgets::copy_box::{copy_box, use_copy_box};

/// What the rules screen shows.
pub struct RulesScreenProps {
    pub state: ContestState,
    pub session: Rc<ContestSession>,
    pub on_action: Callback<ContestAction>,
}

/// A problem with one registration field: the field, and what to tell.
type FieldProblem = (&'static str, T);

/// The registration as typed.
#[derive(Clone, Default, PartialEq)]
struct Form {
    name: String,
    born: String,
    unit: String,
    phone: String,
}

/// Whether `c` counts as a letter of a name: `char::is_alphabetic` in
/// every Latin block (Vietnamese included) and in other scripts' letters,
/// without its Unicode tables (about 1.2 KB of the players' download).
/// Digits, punctuation, symbols, emoji, combining marks and spaces do not
/// count; a few rare letter-like symbols (ℌ, Ⓐ) no longer do either.
fn counts_as_letter(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphabetic(),
        // ª, µ and º are letters; the rest of Latin-1's upper half is not.
        0xAA | 0xB5 | 0xBA => true,
        // Latin-1's other symbols, × and ÷; spacing modifiers and combining
        // marks that are not letters (the marks Vietnamese typed decomposed
        // among them); punctuation and symbols, CJK punctuation, private
        // use, variation selectors, specials, emoji.
        0x80..=0xBF
        | 0xD7
        | 0xF7
        | 0x02C2..=0x02C5
        | 0x02D2..=0x02DF
        | 0x02E5..=0x02EB
        | 0x02ED
        | 0x02EF..=0x0344
        | 0x0346..=0x0362
        | 0x2000..=0x2BFF
        | 0x3000..=0x3004
        | 0x3008..=0x3020
        | 0x302A..=0x3030
        | 0x3036..=0x3037
        | 0x303D..=0x303F
        | 0xE000..=0xF8FF
        | 0xFE00..=0xFE0F
        | 0xFFF0..=0xFFFF
        | 0x1F000..=0x1FAFF => false,
        _ => !c.is_whitespace(),
    }
}

/// The player, or every problem with the form.
fn check(form: &Form, this_year: u16) -> Result<Player, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let name = form.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().filter(|c| counts_as_letter(*c)).count() < 2 {
        problems.push(("name", T::NameMissing));
    } else if name.chars().count() > 80 {
        problems.push(("name", T::NameTooLong));
    } else if name.chars().any(|c| c.is_ascii_digit()) {
        problems.push(("name", T::NameHasDigits));
    }
    // A year, or a full date of birth (dd/mm/yyyy): the year is what counts.
    let year_text = form.born.trim().rsplit(['/', '-', '.']).next().unwrap_or("").trim();
    let born = year_text
        .parse::<u16>()
        .ok()
        .filter(|y| year_text.len() == 4 && (1900..=this_year).contains(y));
    if form.born.trim().is_empty() {
        problems.push(("born", T::BornMissing));
    } else if born.is_none() {
        problems.push(("born", T::BornWrong));
    }
    let unit = form.unit.split_whitespace().collect::<Vec<_>>().join(" ");
    if unit.is_empty() {
        problems.push(("unit", T::UnitMissing));
    } else if unit.chars().count() > 100 {
        problems.push(("unit", T::UnitTooLong));
    }
    let phone: String = form.phone.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect();
    let phone_ok = phone.is_empty() || {
        let digits = phone
            .strip_prefix("+84")
            .map_or(phone.clone(), |rest| format!("0{rest}"));
        digits.starts_with('0') && (10..=11).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
    };
    if !phone_ok {
        problems.push(("phone", T::PhoneWrong));
    }
    if problems.is_empty() {
        Ok(Player {
            name,
            birth_year: born,
            unit,
            phone,
        })
    } else {
        Err(problems)
    }
}

/// The messages still to show after an edit: those shown whose field is
/// still wrong (with its current wording). A field put right loses its
/// message at once; a field not yet checked gets none while typing.
fn still_wrong(shown: &[FieldProblem], form: &Form, this_year: u16) -> Vec<FieldProblem> {
    let now = check(form, this_year).err().unwrap_or_default();
    now.into_iter()
        .filter(|(field, _)| shown.iter().any(|(f, _)| f == field))
        .collect()
}

/// The screen. A function, not a component: it has no state (the
/// registration form has, in `ContestReady`), and each component costs its
/// own copy of Yew's lifecycle code in the wasm.
pub fn rules_screen(lang: Lang, props: &RulesScreenProps) -> Html {
    // Home is the players' page: practice, progress and Learn are there.
    let home = html! { <div class="actions"><a class="button" href="index.html#/">{ crate::i18n::text(lang, crate::i18n::Text::Home) }</a></div> };
    let body = match &props.state {
        ContestState::Loading => {
            html! { <p role="status">{ t(lang, T::ContestLoading) }</p> }
        }
        ContestState::Absent => {
            html! { <p>{ t(lang, T::NoContest) }</p> }
        }
        ContestState::Broken(errors) => html! {
            <div class="notice notice-error" role="alert">
                <p>{ t(lang, T::ContestBroken) }</p>
                <ul class="problems">{ for errors.iter().map(|e| html! { <li>{ e.describe(lang) }</li> }) }</ul>
            </div>
        },
        ContestState::Ready(contest) => {
            html! { <ContestReady contest={Rc::clone(contest)} session={Rc::clone(&props.session)} on_action={props.on_action.clone()} /> }
        }
    };
    html! {
        // Keyed: see `start_screen`.
        <section key="contest" class="screen contest-screen" aria-labelledby="contest-title">
            { body }
            { home }
        </section>
    }
}

#[derive(Properties)]
struct ContestReadyProps {
    contest: Rc<Contest>,
    session: Rc<ContestSession>,
    on_action: Callback<ContestAction>,
}

impl PartialEq for ContestReadyProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.contest, &other.contest) && self.session == other.session
    }
}

#[component]
fn ContestReady(props: &ContestReadyProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let form = use_state(Form::default);
    let problems = use_state(Vec::<FieldProblem>::new);
    let saved_code_box = use_copy_box();
    let contest = &props.contest;
    let rules = &contest.rules;
    let minutes = format_duration(lang, rules.time_limit_ms);
    let today = clock::today();
    let rules_list = html! {
        <ul class="facts-list">
            <li>{ text::rule_questions(lang, rules.questions, &minutes) }</li>
            <li>{ t(lang, T::RuleAnswersAtEnd) }</li>
            <li>{ t(lang, T::RuleTieBreak) }</li>
            <li>{ t(lang, T::RuleOneAttempt) }</li>
        </ul>
    };
    let status = match contest.schedule(today) {
        Schedule::NotYet { opens } => html! {
            <p class="notice">{ t(lang, T::NextRoundOpensOn) }{ format_date(opens) }{ "." }</p>
        },
        Schedule::Over => {
            html! { <p class="notice">{ t(lang, T::ContestOver) }</p> }
        }
        Schedule::Open { number } => {
            let round_dates = contest
                .rounds
                .get(usize::from(number) - 1)
                .map(|r| match (r.opens, r.closes) {
                    (_, Some(closes)) => text::round_open_until(lang, number, &format_date(closes)),
                    _ => text::round_open(lang, number),
                });
            if props.session.under_way() {
                let on_continue = props
                    .on_action
                    .reform(|_: MouseEvent| ContestAction::Show(Screen::Round));
                html! {
                    <div class="notice">
                        <p>{ t(lang, T::ContestUnderWay) }</p>
                        <button type="button" class="button button-primary" onclick={on_continue}>{ t(lang, T::ContinueContest) }</button>
                    </div>
                }
            } else if let Some(attempt) = props.session.attempt(number) {
                html! {
                    <div class="notice">
                        <p><strong>{ t(lang, T::AlreadyPlayed) }</strong></p>
                        <p>{ attempt.name.clone() }{ " · " }{ attempt.unit.clone() }{ " · " }{ format_score(lang, attempt.correct, attempt.total) }</p>
                        if !attempt.code.is_empty() {
                            { copy_box(lang, &saved_code_box, "saved-code", t(lang, T::ResultCode), format!("{} | {} | {}", attempt.code, attempt.name, attempt.unit)) }
                        }
                    </div>
                }
            } else {
                let field = |key: &'static str, label: &'static str, hint: Option<&'static str>, input: Html| {
                    let problem = problems
                        .iter()
                        .find(|(f, _)| *f == key)
                        .map(|(_, problem)| t(lang, *problem));
                    html! {
                        <div class="form-field">
                            <label for={format!("reg-{key}")} class="field-label">{ label }</label>
                            if let Some(hint) = hint { <p class="muted field-hint">{ hint }</p> }
                            { input }
                            <p id={format!("reg-{key}-problem")} class="field-problem">{ problem.unwrap_or_default() }</p>
                        </div>
                    }
                };
                let edited = {
                    let (form, problems) = (form.clone(), problems.clone());
                    move |next: Form| {
                        if !problems.is_empty() {
                            problems.set(still_wrong(&problems, &next, clock::this_year()));
                        }
                        form.set(next);
                    }
                };
                let setter = |apply: fn(&mut Form, String)| {
                    let (form, edited) = (form.clone(), edited.clone());
                    Callback::from(move |e: InputEvent| {
                        let mut next = (*form).clone();
                        apply(
                            &mut next,
                            e.target_unchecked_into::<web_sys::HtmlInputElement>().value(),
                        );
                        edited(next);
                    })
                };
                let invalid = |key: &str| problems.iter().any(|(f, _)| *f == key).to_string();
                let unit_input = if contest.units.is_empty() {
                    html! { <input id="reg-unit" class="field" type="text" autocomplete="organization" spellcheck="false" autocorrect="off" autocapitalize="words" value={form.unit.clone()} oninput={setter(|f, v| f.unit = v)} aria-invalid={invalid("unit")} aria-describedby="reg-unit-problem" /> }
                } else {
                    let (form2, edited) = (form.clone(), edited.clone());
                    let onchange = Callback::from(move |e: Event| {
                        let mut next = (*form2).clone();
                        next.unit = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                        edited(next);
                    });
                    html! {
                        <select id="reg-unit" class="field" {onchange} aria-invalid={invalid("unit")} aria-describedby="reg-unit-problem">
                            <option value="" selected={form.unit.is_empty()}>{ t(lang, T::ChooseUnit) }</option>
                            { for contest.units.iter().map(|u| html! { <option value={u.clone()} selected={form.unit == *u}>{ u.clone() }</option> }) }
                        </select>
                    }
                };
                let onsubmit = {
                    let (form, problems, on_action) = (form.clone(), problems.clone(), props.on_action.clone());
                    Callback::from(move |e: SubmitEvent| {
                        e.prevent_default();
                        match check(&form, clock::this_year()) {
                            Ok(player) => {
                                problems.set(Vec::new());
                                // The seed a contest code carries is 32 bits.
                                let seed = (clock::fresh_seed() >> 32) as u32;
                                let day = u16::try_from(clock::today()).unwrap_or(0);
                                on_action.emit(ContestAction::Start {
                                    player,
                                    seed,
                                    day,
                                    at: clock::now(),
                                });
                            }
                            Err(found) => {
                                problems.set(found);
                                if let Some(first) = gloo::utils::document()
                                    .query_selector("[aria-invalid='true']")
                                    .ok()
                                    .flatten()
                                {
                                    if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(first) {
                                        let _ignored = element.focus();
                                    }
                                }
                            }
                        }
                    })
                };
                html! {
                    <>
                        if let Some(dates) = round_dates { <p class="muted">{ dates }</p> }
                        <form class="registration" {onsubmit} novalidate=true>
                            <h2>{ t(lang, T::RegisterTitle) }</h2>
                            { field("name", t(lang, T::FullName), None,
                                html! { <input id="reg-name" class="field" type="text" autocomplete="name" spellcheck="false" autocorrect="off" autocapitalize="words" value={form.name.clone()} oninput={setter(|f, v| f.name = v)} aria-invalid={invalid("name")} aria-describedby="reg-name-problem" /> }) }
                            { field("born", t(lang, T::Born), None,
                                html! { <input id="reg-born" class="field" type="text" inputmode="numeric" autocomplete="bday" value={form.born.clone()} oninput={setter(|f, v| f.born = v)} aria-invalid={invalid("born")} aria-describedby="reg-born-problem" /> }) }
                            { field("unit", t(lang, T::Unit), None, unit_input) }
                            { field("phone", t(lang, T::Phone), Some(t(lang, T::PhoneHint)),
                                html! { <input id="reg-phone" class="field" type="tel" autocomplete="tel" value={form.phone.clone()} oninput={setter(|f, v| f.phone = v)} aria-invalid={invalid("phone")} aria-describedby="reg-phone-problem" /> }) }
                            <button type="submit" class="button button-primary">{ t(lang, T::StartContest) }</button>
                        </form>
                    </>
                }
            }
        }
    };
    html! {
        <>
            <h1 id="contest-title">{ contest.title.get(lang) }</h1>
            { rules_list }
            { status }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(name: &str, born: &str, unit: &str, phone: &str) -> Form {
        Form {
            name: name.into(),
            born: born.into(),
            unit: unit.into(),
            phone: phone.into(),
        }
    }

    #[test]
    fn a_good_registration_is_tidied() {
        let player = check(
            &form("  Nguyễn   Thị Hoa ", "15/08/1985", " Xã  Tân Phú", "091 234 5678"),
            2026,
        )
        .unwrap();
        assert_eq!(player.name, "Nguyễn Thị Hoa");
        assert_eq!(player.birth_year, Some(1985));
        assert_eq!(player.unit, "Xã Tân Phú");
        assert_eq!(player.phone, "0912345678");
        assert!(check(&form("Lê An", "1960", "HTX A", "+84912345678"), 2026).is_ok());
    }

    #[test]
    fn a_letter_of_a_name_is_what_is_alphabetic_says_in_the_latin_blocks() {
        // Basic Latin to IPA, spacing modifiers, combining marks, Latin
        // Extended Additional (Vietnamese's precomposed letters), CJK
        // punctuation.
        let latin = (0..=0x036F_u32)
            .chain(0x1E00..=0x1EFF)
            .chain(0x3000..=0x303F)
            .filter_map(char::from_u32);
        for c in latin {
            assert_eq!(counts_as_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", u32::from(c));
        }
        for c in ['漢', 'ຂ', 'ñ', 'Ж'] {
            assert!(counts_as_letter(c), "{c}");
        }
        for c in ['😀', '–', '…', '、', '\u{3000}', '\u{1EE0}'] {
            assert_eq!(counts_as_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn a_name_in_decomposed_vietnamese_counts_its_letters_not_its_marks() {
        // "Ấ" written as A + circumflex + acute: one letter, so too short.
        let one = form("A\u{302}\u{301}", "1985", "Xã A", "");
        assert!(check(&one, 2026).is_err());
        let two = form("An\u{303}", "1985", "Xã A", "");
        assert!(check(&two, 2026).is_ok());
    }

    #[test]
    fn each_bad_field_gets_its_own_message() {
        let fields = |f: Form| {
            check(&f, 2026)
                .unwrap_err()
                .into_iter()
                .map(|(k, _)| k)
                .collect::<Vec<_>>()
        };
        assert_eq!(fields(form("", "", "", "")), ["name", "born", "unit"]);
        assert_eq!(fields(form("An2", "85", "Xã A", "12345")), ["name", "born", "phone"]);
        assert_eq!(
            fields(form("Lê An", "2031", "Xã A", "")),
            ["born"],
            "born in the future"
        );
        assert_eq!(fields(form("Lê An", "1985", &"x".repeat(101), "")), ["unit"]);
    }

    #[test]
    fn a_field_put_right_loses_its_message_and_no_new_one_appears_while_typing() {
        let shown = check(&form("", "", "", ""), 2026).unwrap_err();
        let fields = |p: Vec<FieldProblem>| p.into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        assert_eq!(
            fields(still_wrong(&shown, &form("Lê An", "", "", ""), 2026)),
            ["born", "unit"]
        );
        // A phone typed half-way was not checked yet: no message for it.
        let after = still_wrong(&shown, &form("Lê An", "1985", "", "091"), 2026);
        assert_eq!(fields(after.clone()), ["unit"]);
        assert!(still_wrong(&after, &form("Lê An", "1985", "Xã A", "091"), 2026).is_empty());
        // A field still wrong keeps a message, in its current wording.
        let born = still_wrong(&shown, &form("", "85", "", ""), 2026);
        assert!(born.iter().any(|(f, problem)| *f == "born" && *problem == T::BornWrong));
    }
}
