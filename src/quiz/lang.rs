//! The two languages of the quiz and text given in both.

use std::cell::OnceCell;

/// A language of the interface and the content. Vietnamese is the default:
/// most players read it first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// Every language, in the order the language switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The BCP 47 code, as used in `lang` attributes and in storage.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Reads a code such as `vi`, `en` or `en-GB`; anything else is `None`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in both languages, or in Vietnamese only until its English is
/// added. Built only by the content loader, which checks that no text it
/// was given is empty.
///
/// Why the English may come later, and into a bank already built: a built
/// site sends players the bank in Vietnamese only and its English in
/// `questions.en.json`, fetched when English is chosen (docs/question-bank.md).
/// A round holds its questions (`Rc<Question>`), so a player who switches to
/// English mid-round must see that round in English: the English is set
/// once, in place (`set_english`), into the questions the round already
/// holds, instead of building a second bank and remapping every holder.
/// Until then English falls back to the Vietnamese text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Localized {
    vi: String,
    en: OnceCell<String>,
}

impl Localized {
    pub(crate) fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: OnceCell::from(en.into()),
        }
    }

    /// A text given in Vietnamese only.
    pub(crate) fn vi_only(vi: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: OnceCell::new(),
        }
    }

    /// The text in `lang`; the Vietnamese while English is missing.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => self.en.get().unwrap_or(&self.vi),
            Lang::Vi => &self.vi,
        }
    }

    /// Whether the English text is there (not falling back to Vietnamese).
    #[must_use]
    pub fn has_english(&self) -> bool {
        self.en.get().is_some()
    }

    /// Adds the English text, once: a text that has its English keeps it.
    pub(crate) fn set_english(&self, en: impl Into<String>) {
        let _kept = self.en.set(en.into());
    }
}

/// A question's explanation: like `Localized`, but the Vietnamese may come
/// later too. A built site sends players the bank without explanations and
/// puts them in `questions.notes.json`, fetched once the start screen works
/// (a player needs one only after answering): the explanation is set in
/// place, like the English, into the questions a round already holds.
/// The English may arrive first (`questions.en.json`); either is set once.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Explanation {
    vi: OnceCell<String>,
    en: OnceCell<String>,
}

impl From<Localized> for Explanation {
    fn from(text: Localized) -> Self {
        Self {
            vi: OnceCell::from(text.vi),
            en: text.en,
        }
    }
}

impl Explanation {
    /// For the engine's tests (the content loader reads a `Localized`).
    #[cfg(test)]
    pub(crate) fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self::from(Localized::new(vi, en))
    }

    /// The explanation in `lang` (English falls back to the Vietnamese), or
    /// `None` while it has not arrived.
    #[must_use]
    pub fn get(&self, lang: Lang) -> Option<&str> {
        let vi = self.vi.get().map(String::as_str);
        match lang {
            Lang::En => self.en.get().map(String::as_str).or(vi),
            Lang::Vi => vi,
        }
    }

    /// Whether the Vietnamese text is there (not waiting for the notes file).
    #[must_use]
    pub fn has_vietnamese(&self) -> bool {
        self.vi.get().is_some()
    }

    /// Whether the English text is there.
    #[must_use]
    pub fn has_english(&self) -> bool {
        self.en.get().is_some()
    }

    /// Adds the Vietnamese text, once.
    pub(crate) fn set_vietnamese(&self, vi: impl Into<String>) {
        let _kept = self.vi.set(vi.into());
    }

    /// Adds the English text, once.
    pub(crate) fn set_english(&self, en: impl Into<String>) {
        let _kept = self.en.set(en.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_regional_variants_are_understood() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("vi_VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn localized_text_is_picked_by_language() {
        let text = Localized::new("Hợp tác xã", "Cooperative");
        assert_eq!(text.get(Lang::Vi), "Hợp tác xã");
        assert_eq!(text.get(Lang::En), "Cooperative");
    }

    #[test]
    fn english_falls_back_to_vietnamese_until_it_is_set_and_is_set_once() {
        let text = Localized::vi_only("Hợp tác xã");
        assert!(!text.has_english());
        assert_eq!(text.get(Lang::En), "Hợp tác xã");
        text.set_english("Cooperative");
        assert!(text.has_english());
        assert_eq!(text.get(Lang::En), "Cooperative");
        text.set_english("Something else");
        assert_eq!(text.get(Lang::En), "Cooperative");
        assert_eq!(text, Localized::new("Hợp tác xã", "Cooperative"));
    }

    #[test]
    fn an_explanation_may_come_later_in_either_language_first() {
        let explanation = Explanation::default();
        assert_eq!(explanation.get(Lang::Vi), None);
        assert_eq!(explanation.get(Lang::En), None);
        explanation.set_english("Because.");
        assert_eq!(explanation.get(Lang::En), Some("Because."));
        assert_eq!(explanation.get(Lang::Vi), None, "no Vietnamese yet");
        explanation.set_vietnamese("Vì thế.");
        explanation.set_vietnamese("ignored");
        assert_eq!(explanation.get(Lang::Vi), Some("Vì thế."));
        assert_eq!(
            Explanation::from(Localized::vi_only("Vì thế.")).get(Lang::En),
            Some("Vì thế."),
            "English falls back"
        );
    }
}
