//! The closed classes of words the name finder reads around and inside names: head keywords
//! that type a name ("... Committee" is an ORG), roles before and after a person or an
//! organisation, locatives, connectors and particles, division words, suffixes, and the
//! capitals that are never names. Small lists written out here; the large ones are the data
//! files `mod.rs` loads. Month and day names, stop words and titles live in `crate::english`.

use crate::english::calendar::{self, HOLIDAYS};
use crate::entities::Label;

/// Words that, after a place, make one name of a first-level division: "Kano State",
/// "Western Province", "Kurdistan Region".
pub fn is_division_word(word: &str) -> bool {
    matches!(word, "State" | "Province" | "Region")
}

/// Lower-case nouns after which "of" and a capitalised name name a place: "the town of
/// Amatrice", "the mayor of Accumoli".
pub fn is_settlement_noun(word: &str) -> bool {
    matches!(
        word,
        "town"
            | "towns"
            | "city"
            | "village"
            | "villages"
            | "hamlet"
            | "municipality"
            | "province"
            | "county"
            | "mayor"
    )
}

/// Lower-case words after which a capitalised name is a place: "in Florence", "from Mendoza".
/// ("to" and "at" are left out: "spoke to Florence", "at Jackson's".)
pub fn is_locative(word: &str) -> bool {
    matches!(
        word,
        "in" | "from"
            | "near"
            | "outside"
            | "across"
            | "throughout"
            | "around"
            | "into"
            | "via"
            | "towards"
            | "toward"
    )
}

/// A month or weekday name, full or abbreviated ("January", "Sept."), or a holiday
/// ("Christmas"), in any capitalisation: a word that dates a sentence, not a name.
pub fn is_month_or_day(word: &str) -> bool {
    calendar::is_month_or_day(word)
        || HOLIDAYS
            .iter()
            .any(|h| h.eq_ignore_ascii_case(word.trim_end_matches('.')))
}

/// Generational suffixes, part of the name: "Trump Jr.".
pub fn is_suffix(word: &str) -> bool {
    matches!(word, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")
}

/// Words that join the parts of a name ("Bank of America", "Charles de Gaulle").
pub fn is_connector(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "&" | "on") || is_particle(word)
}

/// Name particles: joined without needing an organisation keyword.
pub fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "da"
            | "di"
            | "do"
            | "dos"
            | "das"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "le"
            | "la"
            | "du"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "y"
    )
}

/// First words of place names that are also given names ("Santa Fe", "San Luis").
pub fn is_place_prefix(word: &str) -> bool {
    matches!(
        word,
        "San"
            | "Santa"
            | "Santo"
            | "São"
            | "Saint"
            | "St."
            | "Fort"
            | "Port"
            | "Mount"
            | "Lake"
            | "Cape"
            | "El"
            | "La"
            | "Le"
            | "Los"
            | "Las"
            | "New"
            | "North"
            | "South"
            | "East"
            | "West"
            | "Upper"
            | "Lower"
            | "Great"
            | "Little"
            | "Entre"
            | "Rio"
            | "Costa"
    )
}

/// Lower-case nouns that, right before a name, say it is a person: "the WikiLeaks founder
/// Julian Assange", "the political consultant Roger Stone".
pub fn is_person_role(word: &str) -> bool {
    PERSON_ROLES.contains(&word)
}

/// Lower-case nouns that, right after a name, say it is an organisation: "the WikiLeaks
/// founder", "a Cambridge Analytica spokesman".
pub fn is_org_role_after(word: &str) -> bool {
    ORG_ROLES_AFTER.contains(&word)
}

/// Upper-case abbreviations that are not names: units, time zones, job titles.
pub fn is_caps_non_name(word: &str) -> bool {
    CAPS_NON_NAMES.contains(&word)
}

const PERSON_ROLES: &[&str] = &[
    "founder",
    "co-founder",
    "cofounder",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "executive",
    "chairman",
    "chairwoman",
    "lawyer",
    "attorney",
    "adviser",
    "advisor",
    "aide",
    "consultant",
    "strategist",
    "billionaire",
    "businessman",
    "businesswoman",
    "director",
    "minister",
    "senator",
    "ambassador",
    "analyst",
    "economist",
    "leader",
    "actor",
    "actress",
    "singer",
    "author",
    "journalist",
    "reporter",
    "editor",
    "columnist",
    "correspondent",
    "professor",
    "president",
    "chief",
    "rival",
    "candidate",
    "nominee",
    "manager",
    "secretary",
    "head",
    "donor",
    "mega-donor",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "son-in-law",
    "daughter-in-law",
    "friend",
    "associate",
    "investor",
    "owner",
    "officer",
    "prosecutor",
    "judge",
    "governor",
    "mayor",
    "lawmaker",
    "congressman",
    "congresswoman",
    "chancellor",
    "premier",
    "counsel",
];

const ORG_ROLES_AFTER: &[&str] = &[
    "founder",
    "co-founder",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "executive",
    "executives",
    "shares",
    "stock",
    "subsidiary",
    "unit",
    "employees",
    "employee",
    "board",
    "headquarters",
    "website",
    "account",
    "chairman",
    "staff",
    "officials",
    "lawyers",
    "researchers",
    "analysts",
    "report",
    "reported",
    "reports",
    "said",
    "says",
    "inc",
    "corp",
    "co",
];

const CAPS_NON_NAMES: &[&str] = &[
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "TV",
    "PC",
    "AM",
    "PM",
    "A.M.",
    "P.M.",
    "IST",
    "GMT",
    "UTC",
    "EST",
    "EDT",
    "PST",
    "PDT",
    "CST",
    "CDT",
    "BST",
    "CET",
    "AI",
    "GDP",
    "OK",
    "DNA",
    "VAT",
    "IPO",
    "LLC",
    "USD",
    "EUR",
    "MP",
    "MPs",
    "ID",
    "PDF",
    "URL",
    "FAQ",
    "HQ",
    "PR",
    "RIP",
    "ASAP",
    "VIP",
    "SUV",
    "UFO",
    "ATM",
    "Q&A",
    "II",
    "III",
    "IV",
    "LIVE",
    "NEW",
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "EXCLUSIVE",
    "VIDEO",
    "PHOTOS",
    "WATCH",
    "READ",
    "MORE",
    "PAC",
    "PACs",
];

/// Head nouns and legal suffixes that type the name they end.
pub(super) const KEYWORDS: &[(Label, &[&str])] = &[
    (
        Label::Org,
        &[
            "Inc",
            "Inc.",
            "Corp",
            "Corp.",
            "Corporation",
            "Co",
            "Co.",
            "Company",
            "Ltd",
            "Ltd.",
            "LLC",
            "LLP",
            "plc",
            "PLC",
            "AG",
            "SA",
            "S.A.",
            "NV",
            "N.V.",
            "GmbH",
            "Group",
            "Holdings",
            "Holding",
            "Bank",
            "Bancorp",
            "Committee",
            "Commission",
            "Department",
            "Ministry",
            "Agency",
            "Party",
            "University",
            "College",
            "Institute",
            "Institution",
            "Council",
            "Association",
            "Federation",
            "Union",
            "Foundation",
            "Fund",
            "Board",
            "Bureau",
            "Office",
            "Court",
            "Assembly",
            "Parliament",
            "Congress",
            "Senate",
            "Authority",
            "Organization",
            "Organisation",
            "Service",
            "Services",
            "Systems",
            "Technologies",
            "Technology",
            "Airlines",
            "Airways",
            "Motors",
            "Industries",
            "Partners",
            "Capital",
            "Securities",
            "Exchange",
            "Reserve",
            "Trust",
            "Society",
            "League",
            "Coalition",
            "Alliance",
            "Movement",
            "Army",
            "Navy",
            "Police",
            "Guard",
            "Network",
            "News",
            "Times",
            "Post",
            "Journal",
            "Magazine",
            "Press",
            "Media",
            "Club",
            "Church",
            "School",
            "Academy",
            "Hospital",
            "Laboratory",
            "Laboratories",
            "Labs",
            "Studios",
            "Records",
            "Pictures",
            "Entertainment",
            "Energy",
            "Petroleum",
            "Pharmaceuticals",
            "Communications",
            "Telecom",
            "Financial",
            "Insurance",
            "Brands",
            "Stores",
            "Foods",
            "Associates",
            "Administration",
            "Cabinet",
            "Secretariat",
            "Directorate",
            "Command",
            "Tribunal",
            "Analytics",
            "Research",
            "Consulting",
            "Ventures",
            "Investments",
            "Enterprises",
            "Electric",
            "Chemical",
            "Chemicals",
            "Mining",
            "Steel",
            "Motor",
            "Bancorporation",
            "Chamber",
            "Caucus",
            "Front",
            "Brigade",
            "International",
            "Worldwide",
            "SpA",
            "S.p.A.",
            "AB",
            "ASA",
            "Oy",
            "BV",
            "Bhd",
            "Berhad",
            "Pty",
            "Limited",
            "Brigades",
            "Forces",
            "Force",
            "Corps",
            "Commonwealth",
            "Cooperative",
        ],
    ),
    (
        Label::Fac,
        &[
            "Tower",
            "Towers",
            "Embassy",
            "Consulate",
            "Airport",
            "Bridge",
            "Stadium",
            "Arena",
            "Palace",
            "Hotel",
            "Building",
            "Prison",
            "Station",
            "Base",
            "Mall",
            "Museum",
            "Cathedral",
            "Mosque",
            "Temple",
            "Tunnel",
            "Highway",
            "Dam",
            "Plaza",
            "Center",
            "Centre",
            "Square",
        ],
    ),
    (
        Label::Loc,
        &[
            "River",
            "Mountains",
            "Mountain",
            "Sea",
            "Ocean",
            "Lake",
            "Valley",
            "Island",
            "Islands",
            "Peninsula",
            "Gulf",
            "Bay",
            "Desert",
            "Coast",
            "Strait",
            "Canal",
            "Basin",
            "Forest",
        ],
    ),
    (
        Label::Gpe,
        &[
            "County",
            "Province",
            "Prefecture",
            "Oblast",
            "Governorate",
            "City",
            "Township",
        ],
    ),
    (
        Label::Event,
        &[
            "War",
            "Olympics",
            "Games",
            "Cup",
            "Revolution",
            "Summit",
            "Festival",
            "Championship",
        ],
    ),
    (
        Label::Law,
        &[
            "Act",
            "Constitution",
            "Amendment",
            "Treaty",
            "Accord",
            "Accords",
        ],
    ),
];
