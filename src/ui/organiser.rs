//! Organiser tools (issue 9). Placeholder until the area is built: it says so and links home.

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::QuestionBank;

#[derive(Properties, PartialEq)]
pub struct OrganiserAreaProps {
    pub bank: Rc<QuestionBank>,
}

#[component]
pub fn OrganiserArea(_props: &OrganiserAreaProps) -> Html {
    html! {
        <section class="screen">
            <h1>{ "Organiser" }</h1>
            <p><a href="#/">{ "←" }</a></p>
        </section>
    }
}
