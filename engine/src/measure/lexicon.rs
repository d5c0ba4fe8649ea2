//! The words the measure grammar knows: month and weekday names, number words, scale words,
//! qualifiers, currencies and units. General English, nothing taken from any article.
//!
//! Looked up by binary search in one sorted table built on first use, so the scanner pays one
//! lookup per short ASCII word and nothing for the rest.

use std::sync::OnceLock;

/// What a (lower-cased) word means to the grammar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lex {
    /// A full month name (1..=12); "sept" counts as full, it is never a plain word.
    Month(u32),
    /// A month abbreviation that is also a word or a name ("Jan", "Mar"): needs a day or year.
    MonthAbbr(u32),
    /// 0 = Monday .. 6 = Sunday.
    Weekday(u32),
    /// zero .. ninety.
    Number(f64),
    /// hundred, thousand, million, dozen, and the newswire "mln", "bln".
    Scale(f64),
    /// "thousands", "dozens": a count known only to lie in `[low, high)`.
    Vague(f64, f64),
    Ordinal(u32),
    /// A calendar unit; `true` when plural.
    DateUnit(DateUnit, bool),
    /// hour, minute (not "second", which is an ordinal first); `true` when plural.
    TimeUnit(&'static str, bool),
    /// The first month of a season (northern hemisphere).
    Season(u32),
    PartOfDay,
    /// today 0, yesterday -1, tomorrow +1.
    Today(i64),
    Tonight,
    Noon,
    Midnight,
    Relative(Rel),
    Modifier(Mod),
    /// "end", "beginning", "start", "middle" of a period.
    Edge(Mod),
    Qual(Qual),
    /// A currency word, with the normalised unit ("$", "€", "₹", ...).
    Currency(&'static str),
    /// A currency code or abbreviation written before the amount ("Rs", "USD").
    CurrencyPrefix(&'static str),
    /// A physical unit, normalised.
    Unit(&'static str),
    Percent,
    /// "am" / "pm" (written without dots).
    Meridiem(bool),
    TimeZone,
    Word(W),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateUnit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl DateUnit {
    pub fn name(self) -> &'static str {
        match self {
            DateUnit::Day => "day",
            DateUnit::Week => "week",
            DateUnit::Weekend => "weekend",
            DateUnit::Month => "month",
            DateUnit::Quarter => "quarter",
            DateUnit::Year => "year",
            DateUnit::Decade => "decade",
            DateUnit::Century => "century",
        }
    }
}

/// Words that place a period relative to now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rel {
    Last,
    Next,
    This,
    Past,
    Coming,
    Previous,
    Following,
    Recent,
    Final,
}

/// Part-of-period modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mod {
    Early,
    Mid,
    Late,
    /// "earlier", "later": kept in the span, no effect on the range.
    Vague,
}

/// Qualifier words in front of a number (multi-word qualifiers are assembled by the grammar).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qual {
    More,
    Less,
    Fewer,
    Over,
    Under,
    Above,
    Below,
    About,
    Around,
    Approximately,
    Roughly,
    Nearly,
    Almost,
    Some,
    Just,
    Well,
    Close,
    Upwards,
    Estimated,
    Only,
    Within,
}

/// Function words the grammar needs to see.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum W {
    The,
    A,
    An,
    Of,
    Than,
    To,
    And,
    Or,
    Between,
    From,
    At,
    Least,
    Most,
    Up,
    As,
    Many,
    Much,
    Few,
    Little,
    No,
    In,
    Excess,
    Ago,
    Per,
    Cent,
    Point,
    Percentage,
    Half,
    Fiscal,
    Old,
    So,
    Clock,
    Sterling,
    Square,
    Cubic,
    Party,
    Several,
    Since,
    Until,
    By,
    Before,
    After,
    During,
    Through,
    Mid,
    Another,
    Any,
    Each,
    Every,
    Which,
    That,
}

/// The meaning of `word` (any case), if the grammar knows it.
pub fn lookup(word: &str) -> Option<Lex> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 16 || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 16];
    for (slot, b) in buf.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..bytes.len()]).ok()?;
    let (table, first_at) = table();
    // Every word of a text is looked up: search only the entries with the same first byte.
    let first = usize::from(buf[0]);
    let bucket = table.get(first_at[first]..first_at[first + 1])?;
    bucket
        .binary_search_by(|(w, _)| (*w).cmp(lower))
        .ok()
        .map(|i| bucket[i].1)
}

/// The sorted entries, and where the entries of each first byte start (`first_at[b]..first_at[b
/// + 1]` are those starting with byte `b`).
type Table = (Vec<(&'static str, Lex)>, [usize; 257]);

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = entries();
        crate::sort::sort_by(&mut t, |a, b| a.0.cmp(b.0));
        t.dedup_by(|a, b| a.0 == b.0);
        let mut first_at = [0usize; 257];
        for (b, slot) in first_at.iter_mut().enumerate() {
            *slot =
                t.partition_point(|(w, _)| w.as_bytes().first().map_or(0, |&f| usize::from(f)) < b);
        }
        (t, first_at)
    })
}

fn entries() -> Vec<(&'static str, Lex)> {
    use Lex::{
        Currency, CurrencyPrefix, Edge, Meridiem, Midnight, Modifier, Month, MonthAbbr, Noon,
        Number, Ordinal, PartOfDay, Percent, Relative, Scale, Season, TimeUnit, TimeZone, Today,
        Tonight, Unit, Vague, Weekday, Word,
    };
    let mut t: Vec<(&'static str, Lex)> = Vec::with_capacity(400);
    for (i, m) in crate::english::MONTHS.iter().enumerate() {
        t.push((m, Month(i as u32 + 1)));
    }
    for (w, m) in crate::english::calendar::LONG_MONTH_ABBREVIATIONS {
        t.push((w, Month(m)));
    }
    for (w, m) in crate::english::calendar::MONTH_ABBREVIATIONS {
        t.push((w, MonthAbbr(m)));
    }
    for (i, w) in crate::english::WEEKDAYS.iter().enumerate() {
        t.push((w, Weekday(i as u32)));
    }
    let units = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    for (i, w) in units.iter().enumerate() {
        t.push((w, Number(i as f64)));
    }
    let tens = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    for (i, w) in tens.iter().enumerate() {
        t.push((w, Number(20.0 + 10.0 * i as f64)));
    }
    for (w, v) in [
        ("hundred", 1e2),
        ("thousand", 1e3),
        ("million", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
        ("mln", 1e6),
        ("bln", 1e9),
        ("bn", 1e9),
        ("mn", 1e6),
        ("dozen", 12.0),
        ("lakh", 1e5),
        ("crore", 1e7),
    ] {
        t.push((w, Scale(v)));
    }
    for (w, lo, hi) in [
        ("dozens", 24.0, 144.0),
        ("scores", 40.0, 200.0),
        ("hundreds", 200.0, 1e4),
        ("thousands", 2e3, 1e6),
        ("millions", 2e6, 1e9),
        ("billions", 2e9, 1e12),
        ("tens", 20.0, 100.0),
    ] {
        t.push((w, Vague(lo, hi)));
    }
    let ordinals = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    for (i, w) in ordinals.iter().enumerate() {
        t.push((w, Ordinal(i as u32 + 1)));
    }
    for (w, n) in [
        ("thirtieth", 30),
        ("fortieth", 40),
        ("fiftieth", 50),
        ("hundredth", 100),
    ] {
        t.push((w, Ordinal(n)));
    }
    for (w, u, plural) in [
        ("day", DateUnit::Day, false),
        ("days", DateUnit::Day, true),
        ("week", DateUnit::Week, false),
        ("weeks", DateUnit::Week, true),
        ("weekend", DateUnit::Weekend, false),
        ("weekends", DateUnit::Weekend, true),
        ("fortnight", DateUnit::Week, false),
        ("month", DateUnit::Month, false),
        ("months", DateUnit::Month, true),
        ("quarter", DateUnit::Quarter, false),
        ("quarters", DateUnit::Quarter, true),
        ("year", DateUnit::Year, false),
        ("years", DateUnit::Year, true),
        ("decade", DateUnit::Decade, false),
        ("decades", DateUnit::Decade, true),
        ("century", DateUnit::Century, false),
        ("centuries", DateUnit::Century, true),
    ] {
        t.push((w, Lex::DateUnit(u, plural)));
    }
    for (w, u, plural) in [
        ("hour", "hour", false),
        ("hours", "hour", true),
        ("hrs", "hour", true),
        ("minute", "minute", false),
        ("minutes", "minute", true),
        ("mins", "minute", true),
        ("seconds", "second", true),
    ] {
        t.push((w, TimeUnit(u, plural)));
    }
    for (w, m) in [
        ("spring", 3),
        ("summer", 6),
        ("autumn", 9),
        ("fall", 9),
        ("winter", 12),
    ] {
        t.push((w, Season(m)));
    }
    for w in ["morning", "afternoon", "evening", "night", "overnight"] {
        t.push((w, PartOfDay));
    }
    for (w, d) in [("today", 0), ("yesterday", -1), ("tomorrow", 1)] {
        t.push((w, Today(d)));
    }
    t.push(("tonight", Tonight));
    t.push(("noon", Noon));
    t.push(("midday", Noon));
    t.push(("midnight", Midnight));
    for (w, r) in [
        ("last", Rel::Last),
        ("next", Rel::Next),
        ("this", Rel::This),
        ("past", Rel::Past),
        ("coming", Rel::Coming),
        ("previous", Rel::Previous),
        ("prior", Rel::Previous),
        ("following", Rel::Following),
        ("recent", Rel::Recent),
        ("final", Rel::Final),
        ("current", Rel::This),
    ] {
        t.push((w, Relative(r)));
    }
    for (w, m) in [
        ("early", Mod::Early),
        ("late", Mod::Late),
        ("earlier", Mod::Vague),
        ("later", Mod::Vague),
    ] {
        t.push((w, Modifier(m)));
    }
    for (w, m) in [
        ("beginning", Mod::Early),
        ("start", Mod::Early),
        ("middle", Mod::Mid),
        ("end", Mod::Late),
    ] {
        t.push((w, Edge(m)));
    }
    for (w, q) in [
        ("more", Qual::More),
        ("less", Qual::Less),
        ("fewer", Qual::Fewer),
        ("over", Qual::Over),
        ("under", Qual::Under),
        ("above", Qual::Above),
        ("below", Qual::Below),
        ("about", Qual::About),
        ("around", Qual::Around),
        ("approximately", Qual::Approximately),
        ("approx", Qual::Approximately),
        ("roughly", Qual::Roughly),
        ("nearly", Qual::Nearly),
        ("almost", Qual::Almost),
        ("some", Qual::Some),
        ("just", Qual::Just),
        ("well", Qual::Well),
        ("close", Qual::Close),
        ("upwards", Qual::Upwards),
        ("estimated", Qual::Estimated),
        ("only", Qual::Only),
        ("within", Qual::Within),
    ] {
        t.push((w, Lex::Qual(q)));
    }
    for (w, c) in [
        ("dollars", "$"),
        ("dollar", "$"),
        ("dlrs", "$"),
        ("dlr", "$"),
        ("cents", "¢"),
        ("cts", "¢"),
        ("euros", "€"),
        ("euro", "€"),
        ("pounds", "£"),
        ("stg", "£"),
        ("pence", "p"),
        ("rupees", "₹"),
        ("rupee", "₹"),
        ("yen", "¥"),
        ("yuan", "cny"),
        ("renminbi", "cny"),
        ("francs", "franc"),
        ("marks", "mark"),
        ("pesos", "peso"),
        ("rubles", "₽"),
        ("roubles", "₽"),
        ("won", "₩"),
        ("lire", "lira"),
        ("lira", "lira"),
        ("riyals", "riyal"),
        ("dinars", "dinar"),
        ("shekels", "₪"),
        ("crowns", "crown"),
        ("kronor", "krona"),
        ("guilders", "guilder"),
        ("rand", "rand"),
        ("naira", "₦"),
        ("bitcoin", "btc"),
    ] {
        t.push((w, Currency(c)));
    }
    for (w, c) in [
        ("rs", "₹"),
        ("inr", "₹"),
        ("usd", "$"),
        ("eur", "€"),
        ("gbp", "£"),
        ("jpy", "¥"),
        ("cny", "cny"),
        ("rmb", "cny"),
        ("chf", "chf"),
        ("aud", "a$"),
        ("cad", "c$"),
    ] {
        t.push((w, CurrencyPrefix(c)));
    }
    for (w, u) in [
        ("km", "km"),
        ("kilometres", "km"),
        ("kilometers", "km"),
        ("kilometre", "km"),
        ("kilometer", "km"),
        ("miles", "mile"),
        ("mile", "mile"),
        ("metres", "m"),
        ("meters", "m"),
        ("metre", "m"),
        ("meter", "m"),
        ("feet", "ft"),
        ("foot", "ft"),
        ("ft", "ft"),
        ("inches", "in"),
        ("inch", "in"),
        ("cm", "cm"),
        ("centimetres", "cm"),
        ("centimeters", "cm"),
        ("mm", "mm"),
        ("millimetres", "mm"),
        ("kg", "kg"),
        ("kilos", "kg"),
        ("kilo", "kg"),
        ("kilograms", "kg"),
        ("kilogrammes", "kg"),
        ("grams", "g"),
        ("tonnes", "t"),
        ("tonne", "t"),
        ("tons", "t"),
        ("ton", "t"),
        ("lbs", "lb"),
        ("lb", "lb"),
        ("ounces", "oz"),
        ("ounce", "oz"),
        ("oz", "oz"),
        ("barrels", "bbl"),
        ("barrel", "bbl"),
        ("bpd", "bbl/day"),
        ("litres", "l"),
        ("liters", "l"),
        ("gallons", "gal"),
        ("acres", "acre"),
        ("hectares", "ha"),
        ("degrees", "°"),
        ("mph", "mph"),
        ("knots", "kn"),
        ("bushels", "bu"),
        ("megawatts", "mw"),
        ("mw", "mw"),
        ("gigawatts", "gw"),
        ("kwh", "kwh"),
        ("kilowatts", "kw"),
        ("calories", "cal"),
    ] {
        t.push((w, Unit(u)));
    }
    t.push(("percent", Percent));
    t.push(("pct", Percent));
    t.push(("am", Meridiem(false)));
    t.push(("pm", Meridiem(true)));
    for w in [
        "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
        "ist", "jst", "aest", "et", "pt", "hkt", "sgt", "msk",
    ] {
        t.push((w, TimeZone));
    }
    for (w, x) in [
        ("the", W::The),
        ("a", W::A),
        ("an", W::An),
        ("of", W::Of),
        ("than", W::Than),
        ("to", W::To),
        ("and", W::And),
        ("or", W::Or),
        ("between", W::Between),
        ("from", W::From),
        ("at", W::At),
        ("least", W::Least),
        ("most", W::Most),
        ("up", W::Up),
        ("as", W::As),
        ("many", W::Many),
        ("much", W::Much),
        ("few", W::Few),
        ("little", W::Little),
        ("no", W::No),
        ("in", W::In),
        ("excess", W::Excess),
        ("ago", W::Ago),
        ("per", W::Per),
        ("cent", W::Cent),
        ("point", W::Point),
        ("points", W::Point),
        ("percentage", W::Percentage),
        ("half", W::Half),
        ("fiscal", W::Fiscal),
        ("old", W::Old),
        ("so", W::So),
        ("clock", W::Clock),
        ("sterling", W::Sterling),
        ("square", W::Square),
        ("sq", W::Square),
        ("cubic", W::Cubic),
        ("party", W::Party),
        ("parties", W::Party),
        ("several", W::Several),
        ("since", W::Since),
        ("until", W::Until),
        ("by", W::By),
        ("before", W::Before),
        ("after", W::After),
        ("during", W::During),
        ("through", W::Through),
        ("mid", W::Mid),
        ("another", W::Another),
        ("any", W::Any),
        ("each", W::Each),
        ("every", W::Every),
        ("which", W::Which),
        ("that", W::That),
    ] {
        t.push((w, Word(x)));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(word: &str, expected: Option<Lex>) {
        assert_eq!(lookup(word), expected, "{word}");
    }

    #[test]
    fn looks_words_up_in_any_case() {
        check("October", Some(Lex::Month(10)));
        check("SEPT", Some(Lex::Month(9)));
        check("Oct", Some(Lex::MonthAbbr(10)));
        check("wednesday", Some(Lex::Weekday(2)));
        check("twenty", Some(Lex::Number(20.0)));
        check("mln", Some(Lex::Scale(1e6)));
        check("thousands", Some(Lex::Vague(2e3, 1e6)));
        check("2nd", None);
        check("Zürich", None);
        check("", None);
        check("a-very-long-word-indeed", None);
    }

    #[test]
    fn table_has_no_duplicate_words() {
        let n = entries().len();
        assert_eq!(table().0.len(), n, "a word is listed twice in the lexicon");
    }
}
