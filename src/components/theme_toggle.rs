//! The light/dark switch. The theme follows the OS until the user picks one.

use yew::prelude::*;

use crate::hooks::theme::{use_theme, Theme};

#[component]
pub fn ThemeToggle() -> Html {
    let (theme, set_theme) = use_theme();
    let next = match theme {
        Theme::Light => Theme::Dark,
        Theme::Dark => Theme::Light,
    };
    let onclick = Callback::from(move |_| set_theme.emit(next));
    let label = match next {
        Theme::Dark => "Dark theme",
        Theme::Light => "Light theme",
    };
    html! {
        <button type="button" class="theme-toggle" {onclick} aria-label={format!("Switch to {}", label.to_lowercase())} title={label}>
            { if theme == Theme::Dark { "☀" } else { "☾" } }
        </button>
    }
}
