//! Study material by topic (issue 11). Placeholder until the area is built: it says so and links home.

use std::rc::Rc;

use yew::prelude::*;

use crate::quiz::QuestionBank;

#[derive(Properties, PartialEq)]
pub struct LearnAreaProps {
    pub bank: Rc<QuestionBank>,
}

#[component]
pub fn LearnArea(_props: &LearnAreaProps) -> Html {
    html! {
        <section class="screen">
            <h1>{ "Learn" }</h1>
            <p><a href="#/">{ "←" }</a></p>
        </section>
    }
}
