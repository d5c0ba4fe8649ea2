//! Text cut and grouped for display: folds of boilerplate, passages shortened for a grid cell,
//! ISO dates written as people read them.

use std::borrow::Cow;
use std::ops::Range;

use crate::english::calendar::MONTHS as MONTH_NAMES;
use crate::render::Block;

/// One piece of an article's body as the reader lays it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A block shown as it is (an index into the blocks).
    Block(usize),
    /// A run of consecutive boilerplate blocks, folded behind one toggle that says how many
    /// non-blank lines it hides.
    Fold { blocks: Range<usize>, lines: usize },
}

/// The body's blocks with every run of boilerplate folded together. **Boilerplate is folded,
/// never dropped**: every block index appears exactly once, in order.
pub fn fold_boilerplate(text: &str, blocks: &[Block]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        if !blocks[i].boilerplate {
            out.push(Piece::Block(i));
            i += 1;
            continue;
        }
        let end = (i..blocks.len())
            .find(|&j| !blocks[j].boilerplate)
            .unwrap_or(blocks.len());
        let lines = blocks[i..end]
            .iter()
            .map(|b| {
                b.span
                    .slice(text)
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .count()
            })
            .sum();
        out.push(Piece::Fold {
            blocks: i..end,
            lines,
        });
        i = end;
    }
    out
}

/// `text` whole when it has at most `max_chars` chars, else cut at the last space within them
/// (mid-word only when there is none) and ended with " …".
pub fn cut_passage(text: &str, max_chars: usize) -> Cow<'_, str> {
    let Some((at, _)) = text.char_indices().nth(max_chars) else {
        return Cow::Borrowed(text);
    };
    let head = &text[..at];
    let head = head.rsplit_once(' ').map_or(head, |(before, _)| before);
    Cow::Owned(format!("{head} …"))
}

/// `2017-10-25` → `25 Oct 2017`; anything else unchanged. The month is the first three letters
/// of the engine's one month list, capitalised.
pub fn format_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return iso.to_string();
    };
    match (m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(m @ 1..=12), Ok(d)) => {
            let name = MONTH_NAMES[m - 1];
            let short = name.get(..3).unwrap_or(name);
            let mut chars = short.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            format!("{d} {}{} {y}", first.unwrap_or(' '), chars.as_str())
        }
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::BlockKind;

    #[track_caller]
    fn check_cut(text: &str, max_chars: usize, expected: &str) {
        assert_eq!(cut_passage(text, max_chars), expected);
    }

    #[test]
    fn passages_are_cut_at_a_word() {
        check_cut("short", 220, "short");
        check_cut("one two three", 13, "one two three");
        check_cut("one two three", 9, "one two …");
        check_cut("one two three", 7, "one …");
        check_cut("unbreakable", 4, "unbr …");
        check_cut("Zürich Genève Köln", 10, "Zürich …");
        check_cut("北京 上海 广州", 4, "北京 …");
        check_cut("", 3, "");
    }

    #[track_caller]
    fn check_date(iso: &str, expected: &str) {
        assert_eq!(format_date(iso), expected);
    }

    #[test]
    fn dates_read_as_people_write_them() {
        check_date("2017-10-25", "25 Oct 2017");
        check_date("2017-01-05", "5 Jan 2017");
        check_date("2017-12-31", "31 Dec 2017");
        check_date("2017-13-01", "2017-13-01");
        check_date("2017-10", "2017-10");
        check_date("25 octobre 2017", "25 octobre 2017");
        check_date("", "");
    }

    /// Each block's text and whether it is boilerplate, laid out: `B` for a block, `F<lines>`
    /// for a fold, with the block indices it holds.
    #[track_caller]
    fn check_folds(text: &str, boilerplate: &[bool], expected: &str) {
        // One block per blank-line paragraph, as the text renderer makes them.
        let mut at = 0;
        let blocks: Vec<Block> = text
            .split("\n\n")
            .zip(boilerplate)
            .map(|(para, &is)| {
                let span = crate::Span::new(at, at + para.len());
                at += para.len() + 2;
                Block {
                    kind: BlockKind::Paragraph,
                    span,
                    inlines: Vec::new(),
                    header: false,
                    boilerplate: is,
                }
            })
            .collect();
        let shown: Vec<String> = fold_boilerplate(text, &blocks)
            .into_iter()
            .map(|p| match p {
                Piece::Block(i) => format!("B{i}"),
                Piece::Fold { blocks, lines } => {
                    format!("F{lines}[{}..{}]", blocks.start, blocks.end)
                }
            })
            .collect();
        assert_eq!(shown.join(" "), expected);
    }

    #[test]
    fn boilerplate_runs_fold_together() {
        check_folds("a\n\nb\n\nc", &[false, false, false], "B0 B1 B2");
        check_folds("a\n\nb\n\nc", &[false, true, true], "B0 F2[1..3]");
        check_folds(
            "a\nb\n\nc\n\nd",
            &[true, false, true],
            "F2[0..1] B1 F1[2..3]",
        );
        check_folds("Ünïcödé\nзаголовок\n\nтекст", &[true, false], "F2[0..1] B1");
        check_folds("", &[false], "B0");
    }
}
