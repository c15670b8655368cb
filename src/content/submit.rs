//! Where a contest's results go (`"submit"` in `contest.json`): a form
//! address with placeholders the app fills in (a Google Forms or Microsoft
//! Forms pre-filled link) and/or an e-mail address. Only `https:` forms and
//! plain e-mail addresses are accepted, so a settings file cannot make the
//! button run a script or open an unencrypted page. Pure: no web dependency.

use std::fmt::Write as _;

use crate::json::{DecodeError, Fields, FromJson, Value};

use super::ContentError;
use crate::quiz::Lang;

/// The placeholders a form address may hold, in the order the docs list them.
pub const PLACEHOLDERS: [&str; 5] = ["code", "name", "birth_year", "unit", "phone"];

/// A checked `"submit"` setting: at least one of the two is present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubmitTo {
    /// An `https:` address holding `{code}` and any other placeholders.
    pub form: Option<String>,
    /// An e-mail address, without `mailto:`.
    pub email: Option<String>,
}

/// What a player sends: the values the placeholders stand for.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub birth_year: Option<u16>,
    pub unit: &'a str,
    pub phone: &'a str,
}

impl Entry<'_> {
    fn value(&self, placeholder: &str) -> String {
        match placeholder {
            "code" => self.code.to_owned(),
            "name" => self.name.to_owned(),
            "birth_year" => self.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            "unit" => self.unit.to_owned(),
            _ => self.phone.to_owned(),
        }
    }

    /// The line the verify page reads: `code | name | unit`.
    #[must_use]
    pub fn line(&self) -> String {
        format!("{} | {} | {}", self.code, self.name, self.unit)
    }
}

/// The setting as written in the file.
pub(super) struct RawSubmit {
    form: Option<String>,
    email: Option<String>,
}

impl FromJson for RawSubmit {
    fn from_json(value: &Value) -> Result<Self, DecodeError> {
        let f = Fields::strict(value, "{ \"form\": …, \"email\": … }", &["form", "email"])?;
        Ok(RawSubmit {
            form: f.get("form")?,
            email: f.get("email")?,
        })
    }
}

/// Percent-encodes UTF-8 `text` for a URL query or a `mailto:` field:
/// everything but letters, digits and `-._~` (RFC 3986 unreserved), so
/// Vietnamese letters become their UTF-8 bytes and spaces `%20`.
#[must_use]
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// The placeholder starting at the front of `rest`, as `(name, length)`:
/// `{name}`, or `%7Bname%7D` as a form's "pre-filled link" writes braces
/// typed into its boxes.
fn placeholder_at(rest: &str) -> Option<(&str, usize)> {
    for (open, close) in [("{", "}"), ("%7B", "%7D"), ("%7b", "%7d")] {
        if let Some(after) = rest.strip_prefix(open) {
            let end = after.find(close)?;
            let name = &after[..end];
            if !name.is_empty() && name.len() <= 20 && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                return Some((name, open.len() + end + close.len()));
            }
        }
    }
    None
}

/// Splits a form address into literal text and placeholder names.
fn pieces(template: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut literal_start = 0;
    let mut i = 0;
    while i < template.len() {
        if let Some((name, length)) = placeholder_at(&template[i..]) {
            out.push((false, &template[literal_start..i]));
            out.push((true, name));
            i += length;
            literal_start = i;
        } else {
            i += template[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push((false, &template[literal_start..]));
    out
}

impl SubmitTo {
    /// The form address with every placeholder replaced by the player's
    /// value, percent-encoded.
    #[must_use]
    pub fn form_address(&self, entry: &Entry) -> Option<String> {
        let template = self.form.as_deref()?;
        Some(
            pieces(template)
                .into_iter()
                .map(|(is_placeholder, text)| {
                    if is_placeholder {
                        percent_encode(&entry.value(text))
                    } else {
                        text.to_owned()
                    }
                })
                .collect(),
        )
    }

    /// A `mailto:` address with a subject naming the contest and the player
    /// and a body with every field and the line the verify page reads.
    #[must_use]
    pub fn email_address(&self, entry: &Entry, contest_title: &str, lang: Lang) -> Option<String> {
        let to = self.email.as_deref()?;
        let labels = match lang {
            Lang::Vi => ["Kết quả", "Mã kết quả", "Họ và tên", "Năm sinh", "Đơn vị", "Điện thoại"],
            Lang::En => ["Result", "Result code", "Full name", "Year of birth", "Unit", "Phone"],
        };
        let subject = format!("{}: {contest_title} – {}", labels[0], entry.name);
        let mut body = String::new();
        for (label, key) in labels[1..].iter().zip(PLACEHOLDERS) {
            let _ = write!(body, "{label}: {}\r\n", entry.value(key));
        }
        body.push_str("\r\n");
        body.push_str(&entry.line());
        Some(format!(
            "mailto:{to}?subject={}&body={}",
            percent_encode(&subject),
            percent_encode(&body)
        ))
    }
}

fn problem(field: &str, en: impl Into<String>, vi: impl Into<String>) -> ContentError {
    ContentError::new(&super::Place::File, field, en, vi)
}

/// Checks a form address: `https:`, a host, no spaces, `{code}` present,
/// only known placeholders.
fn check_form(form: &str, errors: &mut Vec<ContentError>) {
    let field = "submit.form";
    let Some(rest) = form
        .get(..8)
        .filter(|s| s.eq_ignore_ascii_case("https://"))
        .map(|_| &form[8..])
    else {
        errors.push(problem(
            field,
            "must be an address starting with https:// (for e-mail use \"email\")",
            "phải là địa chỉ bắt đầu bằng https:// (gửi qua thư điện tử thì dùng \"email\")",
        ));
        return;
    };
    if rest.starts_with(['/', '?', '#']) || rest.is_empty() {
        errors.push(problem(
            field,
            "has no site name after https://",
            "thiếu tên trang sau https://",
        ));
    }
    if form
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    {
        errors.push(problem(
            field,
            "has a space or a character an address cannot hold (copy the link again)",
            "có dấu cách hoặc ký tự không được phép trong địa chỉ (hãy sao chép lại đường dẫn)",
        ));
    }
    if form.len() > 2000 {
        errors.push(problem(field, "is longer than 2000 characters", "dài hơn 2000 ký tự"));
    }
    let names: Vec<&str> = pieces(form).into_iter().filter(|p| p.0).map(|p| p.1).collect();
    let allowed = PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ");
    for name in &names {
        if !PLACEHOLDERS.contains(name) {
            errors.push(problem(
                field,
                format!("unknown placeholder {{{name}}}; allowed: {allowed}"),
                format!("ô thay thế {{{name}}} không hợp lệ; chỉ được dùng: {allowed}"),
            ));
        }
    }
    if !names.contains(&"code") {
        errors.push(problem(
            field,
            "has no {code}: put {code} where the result code goes",
            "chưa có {code}: hãy ghi {code} vào chỗ điền mã kết quả",
        ));
    }
}

/// Checks an e-mail address (a leading `mailto:` is allowed and dropped).
fn check_email(email: &str, errors: &mut Vec<ContentError>) -> String {
    let address = email
        .get(..7)
        .filter(|s| s.eq_ignore_ascii_case("mailto:"))
        .map_or(email, |_| &email[7..])
        .trim();
    let valid = address.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && address
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c))
            && address.matches('@').count() == 1
    });
    if !valid {
        errors.push(problem(
            "submit.email",
            format!("\"{email}\" is not one e-mail address (write it alone, like ketqua@example.vn; the app writes the subject and body)"),
            format!("\"{email}\" không phải một địa chỉ thư điện tử (chỉ ghi địa chỉ, ví dụ ketqua@example.vn; ứng dụng tự ghi tiêu đề và nội dung)"),
        ));
    }
    address.to_owned()
}

/// Checks the `"submit"` setting; `None` (with the problems listed) when
/// it is unusable.
pub(super) fn read_submit(raw: RawSubmit, errors: &mut Vec<ContentError>) -> Option<SubmitTo> {
    let before = errors.len();
    let form = raw.form.map(|f| f.trim().to_owned());
    if let Some(form) = &form {
        check_form(form, errors);
    }
    let email = raw.email.map(|e| check_email(&e, errors));
    if form.is_none() && email.is_none() {
        errors.push(problem(
            "submit",
            "give \"form\" (an https:// address), \"email\", or both",
            "hãy ghi \"form\" (địa chỉ https://), \"email\", hoặc cả hai",
        ));
    }
    (errors.len() == before).then_some(SubmitTo { form, email })
}

#[cfg(test)]
mod tests;
