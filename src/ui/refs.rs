//! Data loaded once and shared by areas and pages (the bank, the
//! organiser's contest), wrapped so that Yew compares it by pointer.

use std::rc::Rc;

use crate::content::contest::Contest;
use crate::quiz::QuestionBank;

/// A shared, checked bank. Compared by pointer: the bank never changes
/// after loading, and a deep comparison of 250 questions on every render
/// would be waste.
#[derive(Clone, Debug)]
pub struct BankRef(pub Rc<QuestionBank>);

impl PartialEq for BankRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The organiser's contest, compared by pointer like the bank.
#[derive(Clone, Debug)]
pub struct ContestRef(pub Rc<Contest>);

impl PartialEq for ContestRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for ContestRef {}
