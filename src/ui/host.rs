//! An in-person contest on one projector (issue 8). Placeholder until the area is built: it says so and links home.

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::QuestionBank;

#[derive(Properties, PartialEq)]
pub struct HostAreaProps {
    pub bank: Rc<QuestionBank>,
}

#[component]
pub fn HostArea(_props: &HostAreaProps) -> Html {
    html! {
        <section class="screen">
            <h1>{ "Host" }</h1>
            <p><a href="#/">{ "←" }</a></p>
        </section>
    }
}
