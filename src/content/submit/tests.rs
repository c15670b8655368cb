use super::*;

fn read(form: Option<&str>, email: Option<&str>) -> Result<SubmitTo, Vec<String>> {
    let mut errors = Vec::new();
    let raw = RawSubmit {
        form: form.map(str::to_owned),
        email: email.map(str::to_owned),
    };
    read_submit(raw, &mut errors).ok_or_else(|| errors.iter().map(|e| e.describe(Lang::En)).collect())
}

const ENTRY: Entry = Entry {
    code: "HTX1-84J02-4Q08K",
    name: "Nguyễn Thị Hoà",
    birth_year: Some(1987),
    unit: "Xã Tân Phú & HTX Đông Hưng",
    phone: "0912 345 678",
};

const GOOGLE: &str = "https://docs.google.com/forms/d/e/1FAIpQLSd/viewform?usp=pp_url&entry.111=%7Bcode%7D&entry.222=%7Bname%7D&entry.333=%7Bbirth_year%7D&entry.444=%7Bunit%7D&entry.555=%7Bphone%7D";

#[test]
fn vietnamese_text_is_percent_encoded_as_utf8() {
    assert_eq!(percent_encode("Hoà"), "Ho%C3%A0");
    assert_eq!(percent_encode("Đ ư&=+#?"), "%C4%90%20%C6%B0%26%3D%2B%23%3F");
    assert_eq!(percent_encode("HTX1-84J02_a.b~"), "HTX1-84J02_a.b~");
}

#[test]
fn a_google_pre_filled_link_gets_every_field_filled() {
    let submit = read(Some(GOOGLE), None).unwrap();
    let address = submit.form_address(&ENTRY).unwrap();
    assert_eq!(
        address,
        "https://docs.google.com/forms/d/e/1FAIpQLSd/viewform?usp=pp_url&entry.111=HTX1-84J02-4Q08K\
         &entry.222=Nguy%E1%BB%85n%20Th%E1%BB%8B%20Ho%C3%A0&entry.333=1987\
         &entry.444=X%C3%A3%20T%C3%A2n%20Ph%C3%BA%20%26%20HTX%20%C4%90%C3%B4ng%20H%C6%B0ng&entry.555=0912%20345%20678"
    );
}

#[test]
fn braces_typed_in_the_file_work_as_well_and_a_missing_year_is_left_empty() {
    let submit = read(
        Some("https://forms.office.com/r/AbC?code={code}&y={birth_year}&n={name}"),
        None,
    )
    .unwrap();
    let entry = Entry {
        birth_year: None,
        ..ENTRY
    };
    assert_eq!(
        submit.form_address(&entry).unwrap(),
        "https://forms.office.com/r/AbC?code=HTX1-84J02-4Q08K&y=&n=Nguy%E1%BB%85n%20Th%E1%BB%8B%20Ho%C3%A0"
    );
}

#[test]
fn an_email_gets_a_subject_and_a_body_with_every_field_and_the_verify_line() {
    let submit = read(None, Some("mailto:ketqua@hoi-thi.example.vn")).unwrap();
    assert_eq!(submit.form_address(&ENTRY), None);
    let address = submit.email_address(&ENTRY, "Hội thi", Lang::Vi).unwrap();
    let (to, query) = address.split_once('?').unwrap();
    assert_eq!(to, "mailto:ketqua@hoi-thi.example.vn");
    let (subject, body) = query.split_once('&').unwrap();
    assert_eq!(
        subject,
        format!("subject={}", percent_encode("Kết quả: Hội thi – Nguyễn Thị Hoà"))
    );
    let body = body.strip_prefix("body=").unwrap();
    assert!(!body.contains([' ', '\n', '&', '|']), "{body}");
    for expected in ["Năm sinh: 1987\r\n", "Điện thoại: 0912 345 678\r\n", &ENTRY.line()] {
        assert!(body.contains(&percent_encode(expected)), "{expected:?} in {body}");
    }
}

#[test]
fn an_english_player_writes_an_english_email() {
    let submit = read(None, Some("ketqua@example.vn")).unwrap();
    let entry = Entry {
        birth_year: None,
        phone: "",
        ..ENTRY
    };
    let address = submit.email_address(&entry, "Contest", Lang::En).unwrap();
    assert!(
        address.contains(&format!(
            "subject={}&",
            percent_encode("Result: Contest – Nguyễn Thị Hoà")
        )),
        "{address}"
    );
    assert!(
        address.contains(&percent_encode(
            "Year of birth: \r\nUnit: Xã Tân Phú & HTX Đông Hưng\r\nPhone: \r\n"
        )),
        "{address}"
    );
}

#[test]
fn only_https_forms_and_plain_email_addresses_are_accepted() {
    for (form, expected) in [
        (
            "http://example.vn/f?c={code}",
            "must be an address starting with https://",
        ),
        (
            "javascript:alert(1)//{code}",
            "must be an address starting with https://",
        ),
        ("mailto:a@b.vn?body={code}", "for e-mail use \"email\""),
        ("https:///path?{code}", "has no site name"),
        ("https://example.vn/f?c={code}&n={ten}", "unknown placeholder {ten}"),
        ("https://example.vn/f?n={name}", "has no {code}"),
        ("https://example.vn/f?c={code} &n={name}", "has a space"),
    ] {
        let found = read(Some(form), None).unwrap_err();
        assert!(
            found
                .iter()
                .any(|m| m.contains(expected) && m.contains("\"submit.form\"")),
            "{form}: {found:?}"
        );
    }
    for email in [
        "ketqua",
        "a@b",
        "a@b.vn?subject=x",
        "a@b.vn, c@d.vn",
        "javascript:x@y.vn",
    ] {
        let found = read(None, Some(email)).unwrap_err();
        assert!(
            found[0].contains("\"submit.email\"") && found[0].contains("is not one e-mail address"),
            "{email}: {found:?}"
        );
    }
    assert!(read(None, None).unwrap_err()[0].contains("give \"form\""));
}

#[test]
fn problems_read_in_vietnamese_too() {
    let mut errors = Vec::new();
    let raw = RawSubmit {
        form: Some("http://x.vn".into()),
        email: None,
    };
    assert_eq!(read_submit(raw, &mut errors), None);
    let vi: Vec<String> = errors.iter().map(|e| e.describe(Lang::Vi)).collect();
    assert!(
        vi[0].starts_with("tệp, trường \"submit.form\": phải là địa chỉ bắt đầu bằng https://"),
        "{vi:?}"
    );
}
