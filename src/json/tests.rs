use super::*;

#[test]
fn values_read_and_write_back_compactly() {
    let text = r#" { "a" : [1, -2.5e3, true, false, null], "b": "x\"\\\n\u00e9\ud83d\ude00\/", "c": {} } "#;
    let value = parse(text).unwrap();
    assert_eq!(value.get("a").and_then(|a| a.as_array()).map(Vec::len), Some(5));
    assert_eq!(value.get("b").and_then(Value::as_str), Some("x\"\\\né😀/"));
    assert_eq!(
        to_string(&value),
        r#"{"a":[1,-2.5e3,true,false,null],"b":"x\"\\\né😀/","c":{}}"#
    );
    assert_eq!(to_string(&Value::from("\u{1}\t")), r#""\u0001\t""#);
}

#[test]
fn a_repeated_key_keeps_its_last_value_in_its_first_place() {
    let value = parse(r#"{"a":1,"b":2,"a":3}"#).unwrap();
    assert_eq!(to_string(&value), r#"{"a":3,"b":2}"#);
}

#[test]
fn syntax_errors_say_where_and_what() {
    for (text, line, column, message) in [
        ("", 1, 0, "EOF while parsing a value"),
        ("{not json", 1, 2, "key must be a string"),
        ("{\n  \"a\": 1,\n  \"b\" 2 }", 3, 7, "expected `:`"),
        ("[1, 2,]", 1, 7, "trailing comma"),
        ("[1 2]", 1, 4, "expected `,` or `]`"),
        ("{\"a\":1", 1, 6, "EOF while parsing an object"),
        ("\"abc", 1, 4, "EOF while parsing a string"),
        (
            "\"a\u{1}\"",
            1,
            3,
            "control character (\\u0000-\\u001F) found while parsing a string",
        ),
        ("\"\\x\"", 1, 3, "invalid escape"),
        ("01", 1, 2, "invalid number"),
        ("1.", 1, 2, "invalid number"),
        ("1 2", 1, 3, "trailing characters"),
        ("nul", 1, 3, "EOF while parsing a value"),
        ("nope", 1, 1, "expected ident"),
        ("\"\\ud800\"", 1, 8, "lone leading surrogate in hex escape"),
    ] {
        let e = parse(text).unwrap_err();
        assert_eq!((e.line, e.column, e.message), (line, column, message), "{text:?}");
    }
    let deep = "[".repeat(200);
    assert_eq!(parse(&deep).unwrap_err().message, "recursion limit exceeded");
}

#[test]
fn numbers_read_as_integers_only_when_whole_and_in_range() {
    assert_eq!(from_str::<u64>("18446744073709551615"), Ok(u64::MAX));
    assert_eq!(from_str::<u8>("255"), Ok(255));
    for (text, message) in [
        ("256", "invalid value: integer `256`, expected u8"),
        ("-5", "invalid value: integer `-5`, expected u8"),
        ("2.5", "invalid type: floating point `2.5`, expected u8"),
        ("\"1\"", "invalid type: string \"1\", expected u8"),
        ("null", "invalid type: null, expected u8"),
    ] {
        assert_eq!(from_str::<u8>(text).unwrap_err(), message, "{text}");
    }
    assert_eq!(
        from_str::<(String, Vec<u8>)>(r#"["q",[1,2]]"#),
        Ok(("q".into(), vec![1, 2]))
    );
    assert_eq!(
        from_str::<(String, Vec<u8>)>("[]").unwrap_err(),
        "invalid length 0, expected a tuple of size 2"
    );
}

#[test]
fn fields_name_what_is_missing_unknown_or_of_another_variant() {
    let value = parse(r#"{"a":1,"z":2}"#).unwrap();
    assert_eq!(
        Fields::strict(&value, "an object", &["a", "b"]).err().unwrap(),
        "unknown field `z`, expected one of `a`, `b`"
    );
    let fields = Fields::lenient(&value, "an object").unwrap();
    assert_eq!(fields.get::<u8>("b").unwrap_err(), "missing field `b`");
    assert_eq!(fields.get::<Option<u8>>("b"), Ok(None));
    assert_eq!(fields.or_default::<bool>("b"), Ok(false));
    assert_eq!(
        variant(&Value::from("x"), &["easy", "hard"], &[1, 2]).unwrap_err(),
        "unknown variant `x`, expected one of `easy`, `hard`"
    );
    assert_eq!(
        Fields::lenient(&Value::Array(vec![]), "an object").err().unwrap(),
        "invalid type: sequence, expected an object"
    );
}
