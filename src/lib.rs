//! Tìm hiểu Hợp tác xã kiểu mới: a quiz about Vietnam's new-style cooperatives.
//!
//! Imports flow one way: `ui` → `study` → `content` → `quiz`. The engine (`quiz`) and the
//! bank loader (`content`) have no web dependency and are tested natively.

pub mod content;
pub mod i18n;
pub mod json;
pub mod quiz;
pub mod storage;
pub mod study;
pub mod ui;
