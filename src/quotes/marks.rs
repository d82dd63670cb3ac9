//! Stage 2: quotation marks. Input: one paragraph's characters and its
//! language; output: the top-level quoted spans, each with its marks'
//! positions, and at most one span left open at the paragraph's end (a quote
//! running on into the next paragraph, or a stray mark).
//!
//! Marks per language: `" “ ” „ « » ‹ › ‚ ‘ ’` and `''` (typewriter double
//! quote in US newspaper text). German, Hungarian, Czech and Nordic texts
//! open with `»` and close with `«`; German closes `„` with `“`, Polish and
//! Hungarian with `”`. Straight quotes are told apart by their neighbours.
//! Nesting is a stack (at most [`MAX_DEPTH`] deep), so the scan is linear.

/// Deepest nesting followed; deeper openers are ignored.
const MAX_DEPTH: usize = 8;

/// One quoted span, in characters of its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    /// The opening mark.
    pub outer_start: usize,
    /// The first quoted character (after the opening mark).
    pub inner_start: usize,
    /// One past the last quoted character (the closing mark, or the end).
    pub inner_end: usize,
    /// One past the closing mark (or the paragraph's end when unclosed).
    pub outer_end: usize,
    /// Whether the closing mark was found in this paragraph.
    pub closed: bool,
}

/// The quoted spans of one paragraph.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scan {
    /// Closed top-level spans, in order.
    pub spans: Vec<Span>,
    /// The outermost span still open at the paragraph's end, if any.
    pub open: Option<Span>,
    /// Closed spans directly inside `open`, used when `open` proves stray.
    pub inside_open: Vec<Span>,
}

/// Languages that open with `»` and close with `«`.
fn reversed_guillemets(lang: &str) -> bool {
    matches!(lang, "de" | "hu" | "cs" | "sk" | "da" | "sv" | "hr" | "sl")
}

/// Whether `open` is closed by `c`.
fn closes(open: char, c: char) -> bool {
    match open {
        '"' => c == '"',
        '“' => c == '”',
        '„' => c == '“' || c == '”',
        '«' => c == '»',
        '»' => c == '«',
        '‹' => c == '›',
        '›' => c == '‹',
        '‚' => c == '‘' || c == '’',
        '‘' => c == '’',
        '「' => c == '」',
        '『' => c == '』',
        _ => false,
    }
}

/// Whether `c` can open a quotation in `lang` (context aside).
fn opens(c: char, lang: &str) -> bool {
    match c {
        '"' | '“' | '„' | '«' | '‹' | '‚' | '‘' | '「' | '『' => true,
        '»' | '›' => reversed_guillemets(lang),
        _ => false,
    }
}

/// Whether the character before a mark lets it open a quotation.
fn opening_before(p: Option<char>) -> bool {
    p.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '«' | '„' | '“' | '‘' | '‚' | '»'
            )
    })
}

/// Whether the character after a mark lets it close a quotation.
fn closing_after(n: Option<char>) -> bool {
    n.is_none_or(|n| {
        n.is_whitespace()
            || matches!(
                n,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '—'
                    | '–'
                    | '-'
                    | '…'
                    | '»'
                    | '”'
                    | '“'
                    | '’'
                    | '\''
                    | '"'
                    | '/'
            )
    })
}

/// One opener on the stack.
#[derive(Clone, Copy)]
struct Open {
    mark: char,
    outer_start: usize,
    inner_start: usize,
}

/// Scan one paragraph's characters for quotation marks.
pub(crate) fn scan(chars: &[char], lang: &str) -> Scan {
    let mut out = Scan::default();
    let mut stack: Vec<Open> = Vec::new();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars.get(i).copied().unwrap_or(' ');
        let prev = i.checked_sub(1).and_then(|j| chars.get(j).copied());
        // `''` is a typewriter double quote; a lone `'` is an apostrophe.
        let (mark, width) = match c {
            '\'' if chars.get(i + 1) == Some(&'\'') => ('"', 2),
            '\'' => {
                i += 1;
                continue;
            }
            _ => (c, 1),
        };
        let next = chars.get(i + width).copied();
        let word = |x: Option<char>| x.is_some_and(super::text::is_word_char);
        // A right single quotation mark between letters is an apostrophe.
        if mark == '’' && word(prev) && word(next) {
            i += 1;
            continue;
        }
        let is_mark = matches!(
            mark,
            '"' | '“'
                | '”'
                | '„'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '‚'
                | '‘'
                | '’'
                | '「'
                | '」'
                | '『'
                | '』'
        );
        if !is_mark {
            i += 1;
            continue;
        }
        let open_ctx = opening_before(prev) && next.is_some_and(|x| !x.is_whitespace());
        let close_ctx = prev.is_some_and(|x| !x.is_whitespace()) && closing_after(next);
        let top = stack.last().map(|o| o.mark);
        let closes_top = top.is_some_and(|t| closes(t, mark));
        let can_open = opens(mark, lang)
            && stack.len() < MAX_DEPTH
            && match mark {
                '‘' => !word(prev) && word(next),
                '"' => open_ctx || !close_ctx,
                _ => true,
            };
        if closes_top && !(mark == '"' && open_ctx && !close_ctx) {
            pop(&mut stack, &mut out, i, i + width);
        } else if let Some(depth) = deeper_match(&stack, mark) {
            // A closer for an outer opener: the inner ones were strays.
            stack.truncate(depth + 1);
            pop(&mut stack, &mut out, i, i + width);
        } else if can_open {
            stack.push(Open {
                mark,
                outer_start: i,
                inner_start: i + width,
            });
        }
        i += width;
    }
    if let Some(bottom) = stack.first() {
        out.open = Some(Span {
            outer_start: bottom.outer_start,
            inner_start: bottom.inner_start,
            inner_end: n,
            outer_end: n,
            closed: false,
        });
    }
    out
}

/// The stack index of the nearest opener below the top that `mark` closes,
/// for closers that cannot be confused with openers.
fn deeper_match(stack: &[Open], mark: char) -> Option<usize> {
    if matches!(mark, '"' | '’' | '‘' | '“' | '»' | '«' | '›' | '‹') {
        return None;
    }
    let below = stack.len().checked_sub(1)?;
    stack
        .get(..below)?
        .iter()
        .rposition(|o| closes(o.mark, mark))
}

/// Close the top opener with the closing mark at `[at, end)`.
fn pop(stack: &mut Vec<Open>, out: &mut Scan, at: usize, end: usize) {
    let Some(o) = stack.pop() else { return };
    let span = Span {
        outer_start: o.outer_start,
        inner_start: o.inner_start,
        inner_end: at.max(o.inner_start),
        outer_end: end,
        closed: true,
    };
    match stack.len() {
        // The outermost quote closed: what it held is no stray's content.
        0 => {
            out.inside_open.clear();
            out.spans.push(span);
        }
        1 => out.inside_open.push(span),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str, lang: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        scan(&chars, lang)
            .spans
            .iter()
            .map(|s| chars[s.inner_start..s.inner_end].iter().collect())
            .collect()
    }

    #[test]
    fn pairs_each_languages_marks() {
        assert_eq!(inner("He said “we won” today.", "en"), ["we won"]);
        assert_eq!(
            inner("Er sagte: „Wir ‚siegen‘ heute.“", "de"),
            ["Wir ‚siegen‘ heute."]
        );
        assert_eq!(inner("Sie rief »Halt!« und ging.", "de"), ["Halt!"]);
        assert_eq!(inner("Il a dit « non » hier.", "fr"), [" non "]);
        assert_eq!(inner("Powiedział „tak” wczoraj.", "pl"), ["tak"]);
        assert_eq!(inner("''We are ready,'' he said.", "en"), ["We are ready,"]);
    }

    #[test]
    fn straight_quotes_nest_by_context() {
        assert_eq!(
            inner("Он написал: \"Книга \"Без имени\" вышла\".", "ru"),
            ["Книга \"Без имени\" вышла"]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(inner("Clinton’s aide said ‘no’ twice.", "en"), ["no"]);
        assert!(inner("The players’ union didn’t agree.", "en").is_empty());
    }

    #[test]
    fn nested_quotes_stay_inside_their_closed_quote() {
        let chars: Vec<char> = "“We heard ‘no’ twice,” she said.".chars().collect();
        let s = scan(&chars, "en");
        assert_eq!(s.spans.len(), 1);
        assert!(s.open.is_none());
        assert!(s.inside_open.is_empty());
    }

    #[test]
    fn unclosed_quote_is_reported_open() {
        let chars: Vec<char> = "She said: “First part. And (“inner”) more"
            .chars()
            .collect();
        let s = scan(&chars, "en");
        assert!(s.spans.is_empty());
        assert_eq!(s.open.map(|o| o.inner_start), Some(11));
        assert_eq!(s.inside_open.len(), 1);
    }
}
