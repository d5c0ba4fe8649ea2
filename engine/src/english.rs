//! Small pieces of English the app's text needs, decided once here so that no page writes its
//! own: for now, counting nouns ("1 mention", "3 mentions"). The engine's word lists (stop words,
//! months, titles) are still kept by the modules that use them; gathering them here is issue 13's
//! next step.

/// `n` and the noun, made plural when `n` isn't 1: "1 article", "2 articles". Regular nouns
/// only; the app's nouns are.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::plural;

    #[test]
    fn counts_read_as_english() {
        for (n, noun, expected) in [
            (0, "mention", "0 mentions"),
            (1, "mention", "1 mention"),
            (2, "article", "2 articles"),
            (1, "number check", "1 number check"),
        ] {
            assert_eq!(plural(n, noun), expected);
        }
    }
}
