//! Host mode (`#/host`, issue 8): an in-person contest on one projector.
//! This component owns the host's state: it offers a contest saved before a
//! reload, shows the set-up form, or runs the contest, and keeps the
//! contest in storage after every change.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::quiz::host::{HostPhase, HostSession, HostSetup};
use crate::quiz::QuestionBank;
use crate::storage::{self, Loaded};
use crate::ui::clock;
use crate::ui::refs::BankRef;

mod board;
mod controls;
mod keys;
mod live;
mod setup;
mod sound;
mod stage;
mod state;
mod text;

use live::HostLive;
use setup::SetupScreen;
use state::{HostView, HostViewAction, Keep};
use text::{t, T};

#[derive(Properties, PartialEq)]
pub struct HostAreaProps {
    pub bank: Rc<QuestionBank>,
}

/// The view to open with, and whether a saved contest had to be dropped.
fn opening_view(bank: &QuestionBank) -> (HostView, bool) {
    let fresh = HostView::Setup { last: None };
    match storage::load_host() {
        Loaded::Missing => (fresh, false),
        Loaded::Discarded => (fresh, true),
        Loaded::Found(record) => match HostSession::restore(bank, &record) {
            Ok(session) => (HostView::Offer(session), false),
            Err(why) => {
                storage::discard_host(&why.to_string());
                (fresh, true)
            }
        },
    }
}

#[component]
pub fn HostArea(props: &HostAreaProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let opening = use_memo((), |()| opening_view(&props.bank));
    let view = {
        let opening = opening.clone();
        use_reducer(move || opening.0.clone())
    };
    let not_saved = use_state(|| false);
    // Every change is saved at once, so an accidental reload resumes the
    // contest exactly where it was.
    use_effect_with(view.keep(), {
        let not_saved = not_saved.clone();
        move |keep: &Keep| {
            let result = match keep {
                Keep::AsIs => Ok(()),
                Keep::Contest(record) => storage::save_host(record),
                Keep::Nothing => storage::forget_host(),
            };
            not_saved.set(result.is_err() && *keep != Keep::Nothing);
        }
    });
    let dispatch = view.dispatcher();
    let bank = BankRef(Rc::clone(&props.bank));
    let notices = html! {
        <>
            if opening.1 {
                <p class="notice" role="status">{ t(lang, T::NotRestored) }</p>
            }
            if *not_saved {
                <p class="notice notice-error" role="alert">{ t(lang, T::NotSaved) }</p>
            }
        </>
    };
    match &*view {
        HostView::Offer(session) => {
            let on_resume = dispatch.to_callback().reform(|_: MouseEvent| HostViewAction::Resume);
            let on_abandon = dispatch.to_callback().reform(|_: MouseEvent| HostViewAction::Abandon);
            html! {
                <section class="screen host-offer" aria-labelledby="host-offer-title">
                    <h1 id="host-offer-title">{ t(lang, T::ResumeTitle) }</h1>
                    <p class="lead">{ text::resume_summary(lang, session.setup().teams.len(), &progress(lang, session)) }</p>
                    <div class="actions">
                        <button type="button" class="button button-primary" onclick={on_resume}>{ t(lang, T::Resume) }</button>
                        <button type="button" class="button" onclick={on_abandon}>{ t(lang, T::Abandon) }</button>
                    </div>
                </section>
            }
        }
        HostView::Setup { last } => {
            let on_begin = {
                let (dispatch, bank) = (dispatch.clone(), Rc::clone(&props.bank));
                Callback::from(move |setup: HostSetup| {
                    if let Ok(session) = HostSession::start(&bank, setup, clock::fresh_seed()) {
                        dispatch.dispatch(HostViewAction::Begin(session));
                    }
                })
            };
            html! {
                <>
                    { notices }
                    <SetupScreen bank={bank} last={last.clone()} {on_begin} />
                </>
            }
        }
        HostView::Live(session) => {
            let on_action = dispatch.to_callback().reform(HostViewAction::Host);
            let on_new = dispatch.to_callback().reform(|()| HostViewAction::NewContest);
            html! {
                <>
                    { notices }
                    <HostLive session={session.clone()} {bank} {on_action} {on_new} />
                </>
            }
        }
    }
}

/// Where a saved contest stands, for the resume offer.
fn progress(lang: Lang, session: &HostSession) -> String {
    let total = session.questions().len();
    match session.phase() {
        HostPhase::Asking { index, .. } | HostPhase::Revealed { index, .. } => text::question_of(lang, *index, total),
        HostPhase::Scoreboard { after } => text::scores_after(lang, *after, total),
        HostPhase::Finished { .. } => t(lang, T::FinalResults).to_owned(),
    }
}
