//! The contest certificate drawn on a canvas and saved as a PNG, to keep in
//! a phone's gallery or send on Zalo. Text is drawn with the page's own
//! fonts, so Vietnamese diacritics come out as the screen shows them.
//! Layout constants are public: the end-to-end test renders the name band
//! again to prove the name is in the image.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The image's size in pixels (landscape A-series proportions).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 850;
/// Where the player's name is centred, and its largest size.
pub const NAME_Y: f64 = 430.0;
pub const NAME_PX: u32 = 60;
const INK: &str = "#1a1a1a";
const MUTED: &str = "#555555";

/// What the certificate says, already in the player's language.
#[derive(Clone, PartialEq)]
pub struct CertificateText {
    pub kicker: String,
    pub title: String,
    pub name: String,
    pub unit: String,
    pub score: String,
    pub date: String,
    pub code: String,
}

/// The page's font, the brand colour, and the header's logo once it has loaded.
fn page_style() -> (String, String, Option<web_sys::HtmlImageElement>) {
    let document = gloo::utils::document();
    let window = gloo::utils::window();
    let style = |element: Option<web_sys::Element>, property: &str| {
        element
            .and_then(|e| window.get_computed_style(&e).ok().flatten())
            .and_then(|s| s.get_property_value(property).ok())
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let font = style(document.body().map(Into::into), "font-family").unwrap_or_else(|| "sans-serif".into());
    // The organiser's colour (`--brand`, checked for contrast on white), else
    // the app's light-theme green: the image is white whatever the screen's theme.
    let colour = style(document.document_element(), "--brand").unwrap_or_else(|| "#0b5d3b".into());
    let logo = document
        .query_selector("img.brand-logo")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlImageElement>().ok())
        .filter(|img| img.complete() && img.natural_width() > 0);
    (font, colour, logo)
}

/// Draws `text` centred at `y`, shrinking it until it fits the width.
fn centred(ctx: &CanvasRenderingContext2d, text: &str, y: f64, px: u32, weight: u32, font: &str, colour: &str) {
    let max = f64::from(WIDTH) - 160.0;
    let mut size = px;
    loop {
        ctx.set_font(&format!("{weight} {size}px {font}"));
        let fits = ctx.measure_text(text).map_or(true, |m| m.width() <= max);
        if fits || size <= 12 {
            break;
        }
        size -= 2;
    }
    ctx.set_fill_style_str(colour);
    let _ignored = ctx.fill_text(text, f64::from(WIDTH) / 2.0, y);
}

/// Draws the certificate on a new canvas.
fn draw(text: &CertificateText) -> Option<HtmlCanvasElement> {
    let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(WIDTH);
    canvas.set_height(HEIGHT);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let (font, colour, logo) = page_style();
    let (w, h) = (f64::from(WIDTH), f64::from(HEIGHT));
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, w, h);
    ctx.set_fill_style_str(&colour);
    ctx.fill_rect(0.0, 0.0, w, 18.0);
    ctx.fill_rect(0.0, h - 18.0, w, 18.0);
    ctx.set_stroke_style_str(&colour);
    ctx.set_line_width(4.0);
    ctx.stroke_rect(36.0, 42.0, w - 72.0, h - 84.0);
    if let Some(logo) = logo {
        let scale = (110.0 / f64::from(logo.natural_height())).min(260.0 / f64::from(logo.natural_width()));
        let (lw, lh) = (
            f64::from(logo.natural_width()) * scale,
            f64::from(logo.natural_height()) * scale,
        );
        let _ignored = ctx.draw_image_with_html_image_element_and_dw_and_dh(&logo, (w - lw) / 2.0, 70.0, lw, lh);
    }
    ctx.set_text_align("center");
    ctx.set_text_baseline("middle");
    centred(&ctx, &text.kicker, 230.0, 30, 800, &font, &colour);
    centred(&ctx, &text.title, 290.0, 34, 700, &font, INK);
    centred(&ctx, &text.name, NAME_Y, NAME_PX, 700, &font, INK);
    centred(&ctx, &text.unit, 500.0, 32, 400, &font, INK);
    centred(&ctx, &text.score, 580.0, 36, 700, &font, INK);
    centred(&ctx, &text.date, 640.0, 28, 400, &font, MUTED);
    centred(&ctx, &text.code, 740.0, 20, 400, "ui-monospace, monospace", MUTED);
    Some(canvas)
}

/// The certificate as a PNG file named `file_name`.
pub async fn render_png(text: &CertificateText, file_name: &str) -> Option<web_sys::File> {
    let canvas = draw(text)?;
    let mut make = |resolve: js_sys::Function, _reject: js_sys::Function| {
        let _ignored = canvas.to_blob_with_type(&resolve, "image/png");
    };
    let blob = JsFuture::from(js_sys::Promise::new(&mut make)).await.ok()?;
    let blob: web_sys::Blob = blob.dyn_into().ok()?;
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    web_sys::File::new_with_blob_sequence_and_options(&js_sys::Array::of1(&blob), file_name, &options).ok()
}

/// Offers `file` as a download under its own name.
pub fn save(file: &web_sys::File) -> bool {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(file) else {
        return false;
    };
    let link = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(link) = link else {
        return false;
    };
    link.set_href(&url);
    link.set_download(&file.name());
    link.click();
    // Revoked later: some browsers read the address after click() returns.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ignored = web_sys::Url::revoke_object_url(&url);
    });
    let _ignored =
        gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    let _: JsValue = revoke;
    true
}

/// A file name that survives every file system: `giay-chung-nhan-nguyen-thi-hoa.png`.
#[must_use]
pub fn file_name(prefix: &str, name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'ạ' | 'ả' | 'ã' | 'â' | 'ầ' | 'ấ' | 'ậ' | 'ẩ' | 'ẫ' | 'ă' | 'ằ' | 'ắ' | 'ặ' | 'ẳ' | 'ẵ' => {
                'a'
            }
            'è' | 'é' | 'ẹ' | 'ẻ' | 'ẽ' | 'ê' | 'ề' | 'ế' | 'ệ' | 'ể' | 'ễ' => 'e',
            'ì' | 'í' | 'ị' | 'ỉ' | 'ĩ' => 'i',
            'ò' | 'ó' | 'ọ' | 'ỏ' | 'õ' | 'ô' | 'ồ' | 'ố' | 'ộ' | 'ổ' | 'ỗ' | 'ơ' | 'ờ' | 'ớ' | 'ợ' | 'ở' | 'ỡ' => {
                'o'
            }
            'ù' | 'ú' | 'ụ' | 'ủ' | 'ũ' | 'ư' | 'ừ' | 'ứ' | 'ự' | 'ử' | 'ữ' => 'u',
            'ỳ' | 'ý' | 'ỵ' | 'ỷ' | 'ỹ' => 'y',
            'đ' => 'd',
            // Combining accents, should a name arrive decomposed (NFD).
            '\u{300}'..='\u{36f}' => continue,
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if plain != '-' || !slug.ends_with('-') {
            slug.push(plain);
        }
    }
    format!("{prefix}-{}.png", slug.trim_matches('-'))
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_drop_diacritics_and_odd_characters() {
        assert_eq!(
            file_name("giay-chung-nhan", "Nguyễn Thị Hoà"),
            "giay-chung-nhan-nguyen-thi-hoa.png"
        );
        assert_eq!(
            file_name("certificate", "  Đặng Văn Ứng / HTX \"Số 1\" "),
            "certificate-dang-van-ung-htx-so-1.png"
        );
    }
}
