//! The two languages of the quiz and text given in both.

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

/// A text in both languages. Built only by the content loader, which checks
/// that neither is empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Localized {
    vi: String,
    en: String,
}

impl Localized {
    pub(crate) fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
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
}
