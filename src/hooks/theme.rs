//! The colour theme: the OS preference unless the user chose one, which is kept in
//! localStorage and applied as `data-theme` on the root element (the CSS reads both).

use yew::prelude::*;

use super::storage;

const KEY: &str = "parallax-theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

/// The current theme and a callback to choose one.
#[hook]
pub fn use_theme() -> (Theme, Callback<Theme>) {
    let theme = use_state(|| stored().unwrap_or_else(os_theme));
    {
        let theme = *theme;
        use_effect_with(theme, move |_| apply(theme));
    }
    let set = {
        let theme = theme.clone();
        Callback::from(move |t: Theme| {
            storage::set(KEY, if t == Theme::Dark { "dark" } else { "light" });
            theme.set(t);
        })
    };
    (*theme, set)
}

fn stored() -> Option<Theme> {
    match storage::get(KEY)?.as_str() {
        "dark" => Some(Theme::Dark),
        "light" => Some(Theme::Light),
        _ => None,
    }
}

fn os_theme() -> Theme {
    let dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches());
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

fn apply(theme: Theme) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute(
            "data-theme",
            if theme == Theme::Dark {
                "dark"
            } else {
                "light"
            },
        );
    }
}
