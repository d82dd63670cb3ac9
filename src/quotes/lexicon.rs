//! The word lists quote attribution reads, and how a token is looked up in
//! them. Lists are lower-case; `stem*` matches by prefix (Slavic, Turkish and
//! Hungarian verbs inflect), `*suffix` by suffix (German compounds such as
//! `Außenministerin`). The per-language data is in [`super::words`].

use std::sync::OnceLock;

/// What quote attribution needs to know about one language. Every list
/// is one string of space-separated lower-case words (compact, and left
/// alone by rustfmt); `_` joins the words of a multi-word entry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lex {
    /// Speech verbs (said, a déclaré, sagte, заявил, ...): any form that can
    /// head an attribution, participles included.
    pub verbs: &'static str,
    /// Third-person singular subject pronouns, resolved to the last person.
    pub pron: &'static str,
    /// Other subject pronouns, kept as written (they, we, I, ...).
    pub other_pron: &'static str,
    /// Determiners that open a noun phrase.
    pub dets: &'static str,
    /// Auxiliaries, adverbs and object pronouns that may stand between a
    /// speech verb and its subject.
    pub skip: &'static str,
    /// Clause words and prepositions that end a noun phrase.
    pub stops: &'static str,
    /// "According to" before the source (`according_to`, `selon`, ...).
    pub according: &'static str,
    /// "According to" after the source (zufolge, göre, szerint).
    pub after: &'static str,
    /// Role nouns and titles (president, Sprecher, ministre, министр, ...).
    pub roles: &'static str,
}

/// One word list ready for fast look-up: exact words sorted for binary
/// search, `stem*` and `*suffix` patterns scanned (they are few).
#[derive(Debug, Default)]
pub(crate) struct List {
    exact: Vec<&'static str>,
    prefixes: Vec<&'static str>,
    suffixes: Vec<&'static str>,
}

impl List {
    /// Parse a space-separated list.
    pub(crate) fn new(src: &'static str) -> Self {
        let mut l = Self::default();
        l.extend(src);
        l
    }

    /// Add the words of another space-separated list.
    pub(crate) fn extend(&mut self, src: &'static str) {
        let l = self;
        for w in src.split_whitespace() {
            if let Some(stem) = w.strip_suffix('*') {
                l.prefixes.push(stem);
            } else if let Some(tail) = w.strip_prefix('*') {
                l.suffixes.push(tail);
            } else {
                l.exact.push(w);
            }
        }
        l.exact.sort_unstable();
        l.exact.dedup();
    }

    /// Whether the lower-case word `w` is in the list.
    pub(crate) fn has(&self, w: &str) -> bool {
        !w.is_empty()
            && (self.exact.binary_search(&w).is_ok()
                || self.prefixes.iter().any(|p| w.starts_with(p))
                || self
                    .suffixes
                    .iter()
                    .any(|t| w.len() > t.len() && w.ends_with(t)))
    }

    /// Whether the lower-case word `w` is listed as such (no patterns).
    pub(crate) fn has_exact(&self, w: &str) -> bool {
        self.exact.binary_search(&w).is_ok()
    }

    /// Whether `w` matches one of the list's `stem*` or `*suffix` patterns.
    pub(crate) fn has_pattern(&self, w: &str) -> bool {
        self.prefixes.iter().any(|p| w.starts_with(p))
            || self
                .suffixes
                .iter()
                .any(|t| w.len() > t.len() && w.ends_with(t))
    }

    /// Whether the list is empty.
    pub(crate) fn is_empty(&self) -> bool {
        self.exact.is_empty() && self.prefixes.is_empty() && self.suffixes.is_empty()
    }

    /// Multi-word entries (`according_to`) as word sequences.
    pub(crate) fn phrases(&self) -> Vec<Vec<&'static str>> {
        self.exact.iter().map(|e| e.split('_').collect()).collect()
    }
}

/// The look-up lists of one language, built once per call.
#[derive(Debug)]
pub(crate) struct Vocab {
    /// Speech verbs.
    pub verbs: List,
    /// Resolvable pronouns.
    pub pron: List,
    /// Other pronouns.
    pub other_pron: List,
    /// Determiners.
    pub dets: List,
    /// Words skipped between verb and subject.
    pub skip: List,
    /// Noun-phrase stops.
    pub stops: List,
    /// "According to" phrases before the source.
    pub according: Vec<Vec<&'static str>>,
    /// Postpositions after the source.
    pub after: List,
    /// Roles and titles (the language's and English ones).
    pub roles: List,
    /// Honorifics.
    pub honorifics: List,
    /// News outlets.
    pub outlets: List,
    /// Capitalised words that are not names.
    pub not_names: List,
    /// Organisation words.
    pub org_words: List,
    /// Name connectors.
    pub connectors: List,
    /// Every exact word of the classified lists with its class bits, sorted:
    /// one binary search classifies a token.
    index: Vec<(&'static str, u16)>,
    /// The classified lists that hold `stem*` or `*suffix` patterns.
    patterned: Vec<u16>,
    /// The language is German (capitalised common nouns).
    pub german: bool,
    /// The language is English (a name ends the noun phrase).
    pub english: bool,
    /// Names inflect (Путин, Путина): surnames are matched by stem.
    pub inflected: bool,
    /// The language code these lists are for.
    pub lang: String,
}

/// Class bits of a word (see [`Vocab::classes`]).
pub(crate) const VERB: u16 = 1;
/// Resolvable pronoun.
pub(crate) const PRON: u16 = 1 << 1;
/// Other pronoun.
pub(crate) const OTHER_PRON: u16 = 1 << 2;
/// Determiner.
pub(crate) const DET: u16 = 1 << 3;
/// Skipped word.
pub(crate) const SKIP: u16 = 1 << 4;
/// Noun-phrase stop.
pub(crate) const STOP: u16 = 1 << 5;
/// Name connector.
pub(crate) const CONNECTOR: u16 = 1 << 6;
/// Role word.
pub(crate) const ROLE: u16 = 1 << 7;
/// Honorific.
pub(crate) const HONORIFIC: u16 = 1 << 8;
/// Capitalised word that is no name.
pub(crate) const NOT_NAME: u16 = 1 << 9;
/// Organisation word.
pub(crate) const ORG: u16 = 1 << 10;

/// Languages with their own lists (the rest use English's).
const LANGS: [&str; 14] = [
    "en", "fr", "de", "ru", "uk", "it", "es", "pt", "tr", "el", "hu", "pl", "ar", "fa",
];

impl Vocab {
    /// The vocabulary of `lang`, parsed once per language and kept.
    pub(crate) fn get(lang: &str) -> &'static Self {
        static CACHE: [OnceLock<Vocab>; 14] = [const { OnceLock::new() }; 14];
        static DEFAULT: OnceLock<Vocab> = OnceLock::new();
        let i = LANGS.iter().position(|l| *l == lang).unwrap_or(0);
        let lang = LANGS.get(i).copied().unwrap_or("en");
        CACHE
            .get(i)
            .unwrap_or(&DEFAULT)
            .get_or_init(|| Self::new(lang))
    }

    /// The vocabulary of `lang` (a basic default for unknown languages).
    pub(crate) fn new(lang: &str) -> Self {
        let lx = super::words::lex(lang);
        let mut roles = List::new(lx.roles);
        roles.extend(super::words::EN.roles);
        let mut v = Self {
            verbs: List::new(lx.verbs),
            pron: List::new(lx.pron),
            other_pron: List::new(lx.other_pron),
            dets: List::new(lx.dets),
            skip: List::new(lx.skip),
            stops: List::new(lx.stops),
            according: List::new(lx.according).phrases(),
            after: List::new(lx.after),
            roles,
            honorifics: List::new(HONORIFICS),
            outlets: List::new(OUTLETS),
            not_names: List::new(NOT_NAMES),
            org_words: List::new(ORG_WORDS),
            connectors: List::new(CONNECTORS),
            index: Vec::new(),
            patterned: Vec::new(),
            lang: lang.to_string(),
            german: lang == "de",
            inflected: matches!(lang, "ru" | "uk" | "pl" | "hu" | "tr" | "el" | "cs" | "sk"),
            english: !matches!(
                lang,
                "de" | "fr"
                    | "ru"
                    | "uk"
                    | "it"
                    | "es"
                    | "pt"
                    | "tr"
                    | "el"
                    | "hu"
                    | "pl"
                    | "ar"
                    | "fa"
            ),
        };
        v.build_index();
        v
    }

    /// The list behind each class bit.
    fn classed(&self) -> [(u16, &List); 11] {
        [
            (VERB, &self.verbs),
            (PRON, &self.pron),
            (OTHER_PRON, &self.other_pron),
            (DET, &self.dets),
            (SKIP, &self.skip),
            (STOP, &self.stops),
            (CONNECTOR, &self.connectors),
            (ROLE, &self.roles),
            (HONORIFIC, &self.honorifics),
            (NOT_NAME, &self.not_names),
            (ORG, &self.org_words),
        ]
    }

    /// Merge the exact words of the classified lists into one index.
    fn build_index(&mut self) {
        let mut index: Vec<(&'static str, u16)> = Vec::new();
        let mut patterned = Vec::new();
        for (bit, list) in self.classed() {
            index.extend(list.exact.iter().map(|w| (*w, bit)));
            if !list.prefixes.is_empty() || !list.suffixes.is_empty() {
                patterned.push(bit);
            }
        }
        index.push(("of", CONNECTOR));
        index.sort_unstable();
        let mut merged: Vec<(&'static str, u16)> = Vec::with_capacity(index.len());
        for (w, b) in index {
            match merged.last_mut() {
                Some(last) if last.0 == w => last.1 |= b,
                _ => merged.push((w, b)),
            }
        }
        self.index = merged;
        self.patterned = patterned;
    }

    /// The class bits of the lower-case word `w`: exact entries (one
    /// binary search), then the few lists with patterns.
    pub(crate) fn classes(&self, w: &str) -> u16 {
        let exact = self
            .index
            .binary_search_by(|(k, _)| (*k).cmp(w))
            .ok()
            .and_then(|i| self.index.get(i))
            .map_or(0, |(_, b)| *b);
        let mut bits = exact;
        for (bit, list) in self.classed() {
            if self.patterned.contains(&bit) && bits & bit == 0 && list.has_pattern(w) {
                bits |= bit;
            }
        }
        bits
    }
}

/// Honorifics written before a name and dropped from it.
pub(crate) const HONORIFICS: &str =
    "mr mrs ms miss dr prof sir dame herr frau m mme mlle monsieur madame sr sra sig signor \
     signora don doña dom dona г-н г-жа господин госпожа pan pani bay bayan κ κα rev fr";

/// News organisations written after a reporter's name in Euronews captions
/// ("Galina Polonskaya Euronews"): they are the role, not part of the name.
pub(crate) const OUTLETS: &str =
    "euronews afp reuters ap bbc cnn dpa ansa efe tass ria anadolu epa aljazeera nbc cbs abc \
     fox itv rai tf1 zdf ard";

/// Capitalised words that are never part of a person's name.
pub(crate) const NOT_NAMES: &str =
    "monday tuesday wednesday thursday friday saturday sunday january february march april \
     june july august september october november december montag dienstag mittwoch donnerstag \
     freitag samstag sonntag januar februar märz juni juli oktober dezember but and the in on \
     at for with when while after before as if so yet still asked speaking meanwhile however \
     also later earlier today yesterday tomorrow now then there here this that these those it \
     its our we they he she i you his her their aber und doch dann auch noch heute gestern \
     mais et alors puis pourtant ainsi aujourd'hui hier но и а однако также во в на по при \
     как так это он она они";

/// Words that make a capitalised run an organisation or a place rather
/// than a person (kept for attribution, but not used for pronouns).
pub(crate) const ORG_WORDS: &str =
    "house service services states union party council ministry department times post news \
     court committee university office agency bank commission parliament government police \
     army forces nations institute foundation association group company corp inc journal \
     press network tv radio campaign republic kingdom city county state street center centre \
     organization organisation watch senate congress assembly fund club airlines airways \
     ministerium regierung partei gericht polizei kommission bundestag zeitung ministère \
     gouvernement parti commission conseil министерство правительство партия суд совет \
     комитет times gazette herald";

/// Name connectors shared by every language written in Latin script.
pub(crate) const CONNECTORS: &str =
    "de del della di da do dos das du des van von der den ter le la bin ibn al el y af st";
