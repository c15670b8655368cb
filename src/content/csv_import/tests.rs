use super::*;

const BUNDLED: &str = include_str!("../../../static/questions.json");
const TEMPLATE: &str = include_str!("../../../static/question-template.csv");
const HEADER: &str = "id;topic;difficulty;kind;prompt_vi;prompt_en;option_a_vi;option_a_en;option_b_vi;option_b_en;\
                      option_c_vi;option_c_en;answer;explanation_vi;explanation_en;document;reference_vi;reference_en;facts";

/// One row of a valid single-answer question, `;`-separated like Excel in
/// a Vietnamese locale, with every cell quoted; `n` makes its text unique.
fn row(n: usize) -> Vec<String> {
    [
        format!("org-{n:03}"),
        "law2023".into(),
        "easy".into(),
        "single".into(),
        format!("Câu hỏi số {n}: hợp tác xã cần ít nhất bao nhiêu thành viên chính thức?"),
        format!("Question {n}: at least how many official members does a cooperative need?"),
        "3 thành viên".into(),
        "3 members".into(),
        "5 thành viên".into(),
        "5 members".into(),
        "7 thành viên".into(),
        "7 members".into(),
        "B".into(),
        "Luật năm 2023 hạ số thành viên tối thiểu xuống 5.".into(),
        "The 2023 law lowered the minimum to 5.".into(),
        "law-2023".into(),
        "Điều 4".into(),
        "Article 4".into(),
        "F-2023-03".into(),
    ]
    .to_vec()
}

fn line(cells: &[String]) -> String {
    line_with(cells, ";")
}

fn line_with(cells: &[String], separator: &str) -> String {
    cells
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(separator)
}

/// A file of `rows`, with a BOM and CRLF as Excel writes it.
fn file(rows: &[Vec<String>]) -> String {
    let mut text = format!("\u{feff}{HEADER}\r\n");
    for r in rows {
        text.push_str(&line(r));
        text.push_str("\r\n");
    }
    text
}

fn ten() -> Vec<Vec<String>> {
    (1..=10).map(row).collect()
}

fn errors(csv: &str, mode: Mode) -> Vec<String> {
    import_csv(csv, BUNDLED, mode)
        .expect_err("the file has a problem")
        .iter()
        .map(|e| e.describe(Lang::En))
        .collect()
}

fn bundled_count() -> usize {
    parse_bank(BUNDLED).unwrap().questions().len()
}

#[test]
fn a_spreadsheet_becomes_a_bank_the_app_reads() {
    let imported = import_csv(&file(&ten()), BUNDLED, Mode::Replace).unwrap();
    assert_eq!(imported.added, 10);
    assert_eq!(imported.bank.questions().len(), 10);
    // The downloaded file is itself a valid bank with the same questions.
    let again = parse_bank(&imported.json).unwrap();
    let q = &again.questions()[3];
    assert_eq!(q.id().as_str(), "org-004");
    assert_eq!(
        q.prompt().get(Lang::Vi),
        "Câu hỏi số 4: hợp tác xã cần ít nhất bao nhiêu thành viên chính thức?"
    );
    assert_eq!(q.choices().len(), 3);
    assert_eq!(q.correct_choices().len(), 1);
    assert!(q.choices()[1].is_correct());
    assert_eq!(q.source().unwrap().part.as_ref().unwrap().get(Lang::En), "Article 4");
    // Topics and documents come from the bundled bank.
    assert_eq!(again.topics().len(), parse_bank(BUNDLED).unwrap().topics().len());
}

#[test]
fn merging_keeps_the_bundled_questions_and_refuses_their_ids() {
    let imported = import_csv(&file(&ten()), BUNDLED, Mode::Merge).unwrap();
    assert_eq!(imported.bank.questions().len(), bundled_count() + 10);
    assert_eq!(imported.added, 10);

    let mut rows = ten();
    rows[2][0] = "law2023-001".into();
    let errors = errors(&file(&rows), Mode::Merge);
    assert_eq!(
        errors,
        ["row 4, column \"id\": the bundled bank already has a question \"law2023-001\"; give this one another id, or choose Replace"]
    );
}

#[test]
fn missing_columns_are_named_and_nothing_else_is_read() {
    let csv = "id,topic,kind,prompt_vi,answer\nq1,law2023,single,Câu hỏi,A\n";
    let errors = errors(csv, Mode::Replace);
    assert_eq!(errors.len(), 6, "{errors:?}");
    assert!(errors.contains(&"row 1, column \"difficulty\": missing column (see the template)".to_owned()));
    assert!(errors.contains(&"row 1, column \"facts\": missing column (see the template)".to_owned()));
}

#[test]
fn an_unknown_or_repeated_column_is_refused() {
    let csv = file(&ten()).replace("prompt_en", "promt_en");
    let errors = errors(&csv, Mode::Replace);
    assert!(errors[0].starts_with("row 1, column \"promt_en\": unknown column; the columns are: id, topic"));
    assert!(errors.contains(&"row 1, column \"prompt_en\": missing column (see the template)".to_owned()));
}

#[test]
fn wrong_answer_letters_point_at_the_row_and_column() {
    let mut rows = ten();
    rows[0][12] = "E".into(); // row 2: only three options
    rows[1][12] = "đáp án B".into(); // row 3: not a letter
    rows[2][3] = "multiple".into();
    rows[2][12] = "A, D".into(); // row 4: D does not exist
    rows[3][3] = "true_false".into();
    rows[3][12] = "có lẽ".into(); // row 5: not true/false
    let errors = errors(&file(&rows), Mode::Replace);
    assert!(errors.contains(&"row 2, column \"answer\": letter E points at no option (there are 3)".to_owned()));
    assert!(
        errors.iter().any(|e| e.starts_with("row 3, column \"answer\": ")),
        "{errors:?}"
    );
    assert!(errors.contains(&"row 4, column \"answer\": letter D points at no option (there are 3)".to_owned()));
    assert!(errors.contains(
        &"row 5, column \"answer\": \"có lẽ\" is not an answer to a true_false question; write true or false (đúng or sai)"
            .to_owned()
    ));
}

#[test]
fn true_false_rows_take_vietnamese_or_english_answers_and_no_options() {
    let mut rows = ten();
    for (r, answer) in [(0, "Đúng"), (1, "sai"), (2, "TRUE"), (3, "false")] {
        rows[r][3] = "đúng/sai".into();
        rows[r][12] = answer.into();
        for option in &mut rows[r][6..12] {
            option.clear();
        }
    }
    let bank = import_csv(&file(&rows), BUNDLED, Mode::Replace).unwrap().bank;
    let truth: Vec<bool> = bank.questions()[..4]
        .iter()
        .map(|q| q.choices()[0].is_correct())
        .collect();
    assert_eq!(truth, [true, false, true, false]);
    assert_eq!(bank.questions()[0].choices().len(), 2);
}

#[test]
fn quoted_commas_quotes_and_line_breaks_reach_the_question() {
    let mut rows = ten();
    rows[0][4] = "Theo Luật, \"hợp tác xã\" là gì?\nChọn một đáp án; đúng nhất.".into();
    // Comma-separated, LF, no BOM: as Google Sheets downloads it.
    let mut csv = HEADER.replace(';', ",") + "\n";
    for r in &rows {
        csv += &(line_with(r, ",") + "\n");
    }
    let bank = import_csv(&csv, BUNDLED, Mode::Replace).unwrap().bank;
    assert_eq!(
        bank.questions()[0].prompt().get(Lang::Vi),
        "Theo Luật, \"hợp tác xã\" là gì?\nChọn một đáp án; đúng nhất."
    );
}

#[test]
fn empty_rows_are_skipped_and_later_rows_keep_their_numbers() {
    let mut text = file(&ten()[..5]);
    text.push_str("\r\n;;;;;;;;;;;;;;;;;;\r\n");
    let mut rest = ten()[5..].to_vec();
    rest[0][13].clear(); // the first row after the two empty ones: row 9
    for r in &rest {
        text.push_str(&line(r));
        text.push_str("\r\n");
    }
    let errors = errors(&text, Mode::Replace);
    assert_eq!(
        errors,
        ["row 9, column \"explanation_vi\": this cell is empty; every question needs it filled in"]
    );
}

#[test]
fn very_long_text_is_imported_whole() {
    let mut rows = ten();
    let long = "Hợp tác xã kiểu mới hoạt động vì lợi ích chung của thành viên. ".repeat(400);
    rows[0][14] = long.clone();
    let bank = import_csv(&file(&rows), BUNDLED, Mode::Replace).unwrap().bank;
    assert_eq!(bank.questions()[0].explanation().get(Lang::En), Some(long.trim()));
}

#[test]
fn vietnamese_headers_and_words_are_understood() {
    let header = "MÃ;CHỦ ĐỀ;Mức độ;Loại;Câu hỏi vi;Câu hỏi en;Phương án A vi;Phương án A en;Phương án B vi;\
                  Phương án B en;Phương án C vi;Phương án C en;Đáp án;Giải thích vi;Giải thích en;Văn bản;\
                  Trích dẫn vi;Trích dẫn en;Dữ kiện";
    let mut rows = ten();
    rows[0][2] = "Trung bình".into();
    rows[1][2] = "khó".into();
    rows[2][3] = "NHIỀU ĐÁP ÁN".into();
    rows[3][2] = "KHÓ".into();
    rows[4][3] = "Một đáp án".into();
    rows[2][12] = "A;C".into();
    let csv = file(&rows).replace(HEADER, header);
    let bank = import_csv(&csv, BUNDLED, Mode::Replace).unwrap().bank;
    assert_eq!(bank.questions()[2].correct_choices().len(), 2);

    // A problem names the column as the file does.
    rows[0][5].clear();
    let errors = errors(&file(&rows).replace(HEADER, header), Mode::Replace);
    assert_eq!(
        errors,
        ["row 2, column \"Câu hỏi en\": this cell is empty; every question needs it filled in"]
    );
}

#[test]
fn a_missing_id_is_made_from_the_row_number() {
    let mut rows = ten();
    rows[4][0].clear();
    let bank = import_csv(&file(&rows), BUNDLED, Mode::Replace).unwrap().bank;
    assert_eq!(bank.questions()[4].id().as_str(), "csv-006");
}

#[test]
fn an_empty_required_cell_is_called_empty_in_both_languages() {
    let mut rows = ten();
    rows[0][15].clear(); // document
    rows[1][3].clear(); // kind
    rows[2][1].clear(); // topic
    rows[3][12].clear(); // answer
    let found = import_csv(&file(&rows), BUNDLED, Mode::Replace).unwrap_err();
    let en: Vec<String> = found.iter().map(|e| e.describe(Lang::En)).collect();
    let vi: Vec<String> = found.iter().map(|e| e.describe(Lang::Vi)).collect();
    for (row, column) in [(2, "document"), (3, "kind"), (4, "topic"), (5, "answer")] {
        let en_line = format!("row {row}, column \"{column}\": this cell is empty; every question needs it filled in");
        let vi_line = format!("dòng {row}, cột \"{column}\": ô này đang để trống; câu hỏi nào cũng phải điền ô này");
        assert!(en.contains(&en_line), "{en_line}\n{en:#?}");
        assert!(vi.contains(&vi_line), "{vi_line}\n{vi:#?}");
    }
    assert!(!vi.iter().any(|l| l.contains("\"\"")), "no quoted empty value: {vi:#?}");
    assert_eq!(found.len(), 4, "one problem per empty cell: {en:#?}");
}

#[test]
fn unknown_words_topics_and_gaps_are_reported_where_they_are() {
    let mut rows = ten();
    rows[0][1] = "luat2023".into();
    rows[1][2] = "very hard".into();
    rows[2][3] = "essay".into();
    rows[3][8].clear();
    rows[3][9].clear(); // option B empty, C filled
    rows[3][12] = "A".into();
    rows[4][18].clear(); // no fact
    rows[5].push("extra".into());
    let errors = errors(&file(&rows), Mode::Replace);
    for expected in [
        "row 2, column \"topic\": \"luat2023\" is not one of the bank's topics",
        "row 3, column \"difficulty\": \"very_hard\" is not a difficulty; write easy, medium or hard",
        "row 4, column \"kind\": \"essay\" is not a kind; write single, multiple or true_false",
        "row 5, column \"option_b_vi\": option B is empty but a later option is filled; options must be A, B, C… without gaps",
        "row 6, column \"facts\": name at least one fact the answer rests on",
        "row 7: 1 filled cell(s) beyond the last column of the header row",
    ] {
        assert!(errors.contains(&expected.to_owned()), "{expected}\n{errors:#?}");
    }
    // Vietnamese too, as the app shows it by default.
    let vi = import_csv(&file(&rows), BUNDLED, Mode::Replace).unwrap_err()[0].describe(Lang::Vi);
    assert_eq!(
        vi,
        "dòng 2, cột \"topic\": \"luat2023\" không có trong danh sách chủ đề (topics)"
    );
}

#[test]
fn too_few_questions_and_unreadable_files_are_file_problems() {
    let few = "file, field \"questions\": 3 questions; a bank needs at least 10 for one round";
    assert_eq!(errors(&file(&ten()[..3]), Mode::Replace), [few]);
    assert_eq!(errors("", Mode::Replace), ["the CSV file is empty"]);
    assert_eq!(
        errors("a,b\n\"open,2\n", Mode::Replace),
        ["row 2: a quotation mark \" opened here is never closed"]
    );
    assert!(errors("PK\u{3}\u{4}rest", Mode::Replace)[0].starts_with("this is an Excel workbook (.xlsx)"));
}

#[test]
fn the_template_imports_cleanly_but_for_its_size() {
    // Three example rows: below a round's ten, and nothing else wrong.
    assert_eq!(
        errors(TEMPLATE, Mode::Replace),
        ["file, field \"questions\": 3 questions; a bank needs at least 10 for one round"]
    );
    assert_eq!(
        columns().join(","),
        TEMPLATE.trim_start_matches('\u{feff}').lines().next().unwrap()
    );
}

#[test]
fn the_written_json_reads_back_the_same() {
    // Keys in alphabetical order, as they are written.
    let value = crate::json::parse(
        r#"{ "a": ["x\"y\\z\n\r\t\u0001", "Hợp tác xã", true, false, null, [], {}],
             "b": { "c": "" }, "schema": 1 }"#,
    )
    .unwrap();
    let mut text = String::new();
    write_json(&value, 0, &mut text);
    assert_eq!(crate::json::parse(&text).unwrap(), value);
    assert!(text.contains("\n  \"schema\": 1"), "{text}");
}

#[test]
fn options_and_explanations_pointing_at_letters_are_warned_about_at_their_cells() {
    let mut rows = ten();
    rows[1][10] = "Cả a, b".into(); // option C (vi), spreadsheet row 3
    rows[1][12] = "C".into();
    rows[4][13] = "Đáp án B đúng vì luật quy định như vậy.".into(); // row 6
    let imported = import_csv(&file(&rows), BUNDLED, Mode::Replace).expect("warnings do not stop the import");
    assert_eq!(imported.added, 10);
    let vi: Vec<String> = imported.warnings.iter().map(|w| w.describe(Lang::Vi)).collect();
    let en: Vec<String> = imported.warnings.iter().map(|w| w.describe(Lang::En)).collect();
    assert!(
        vi.iter()
            .any(|w| w.starts_with("dòng 3, cột \"option_c_vi\": “a, b” chỉ tới các phương án khác")),
        "{vi:#?}"
    );
    assert!(
        en.iter()
            .any(|w| w.starts_with("row 6, column \"explanation_vi\": \"đáp án b\" points at an option")),
        "{en:#?}"
    );
    // The template-like rows themselves carry no warning about letters.
    assert!(!en.iter().any(|w| w.starts_with("row 2,")), "{en:#?}");
}

/// The rows as an Excel workbook (header in row 1).
fn workbook(rows: &[Vec<String>]) -> Vec<u8> {
    use crate::content::xlsx::{write_workbook, Sheet};
    use crate::quiz::standings_table::Cell;
    let mut sheet: Vec<Vec<Cell<'_>>> = vec![HEADER.split(';').map(Cell::Text).collect()];
    sheet.extend(rows.iter().map(|r| r.iter().map(|c| Cell::Text(c)).collect()));
    write_workbook(&[Sheet {
        name: "Câu hỏi",
        rows: sheet,
        widths: &[],
    }])
}

#[test]
fn an_excel_workbook_imports_like_its_csv_with_the_same_messages() {
    let imported = import_xlsx(&workbook(&ten()), BUNDLED, Mode::Replace).unwrap();
    assert_eq!(imported.added, 10);
    assert_eq!(
        imported.json,
        import_csv(&file(&ten()), BUNDLED, Mode::Replace).unwrap().json
    );
    let mut rows = ten();
    rows[0][12] = "E".into();
    let from_xlsx: Vec<String> = import_xlsx(&workbook(&rows), BUNDLED, Mode::Replace)
        .unwrap_err()
        .iter()
        .map(|e| e.describe(Lang::Vi))
        .collect();
    let from_csv: Vec<String> = import_csv(&file(&rows), BUNDLED, Mode::Replace)
        .unwrap_err()
        .iter()
        .map(|e| e.describe(Lang::Vi))
        .collect();
    assert_eq!(from_xlsx, from_csv);
    assert!(from_xlsx[0].starts_with("dòng 2, cột \"answer\""), "{from_xlsx:?}");
    let not_a_workbook = import_xlsx(b"id;topic\n", BUNDLED, Mode::Replace).unwrap_err();
    assert!(not_a_workbook[0].describe(Lang::En).contains("not an Excel workbook"));
}
