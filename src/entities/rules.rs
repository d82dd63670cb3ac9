//! Context words per language, as data: titles before a person's name,
//! words that head or end an organisation's or a place's name, prepositions of
//! place, speech verbs after a person, and the particles allowed inside
//! names. Every list is lower case; lookups take a lower-cased word.

/// Whether the space-separated `list` holds `word`.
pub(super) fn has(list: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    // A substring search, then word boundaries: much faster than splitting.
    list.match_indices(word).any(|(at, _)| {
        let before = list.get(..at).and_then(|s| s.chars().next_back());
        let after = list.get(at + word.len()..).and_then(|s| s.chars().next());
        before.is_none_or(char::is_whitespace) && after.is_none_or(char::is_whitespace)
    })
}

/// Whether `word` starts with a stem of the space-separated `list` (of at
/// least `min` letters) and goes on for at most `extra` more letters.
fn stem_in(list: &str, word: &str, min: usize, extra: usize) -> bool {
    list.split_whitespace().any(|t| {
        word.starts_with(t)
            && t.chars().count() >= min
            && word
                .get(t.len()..)
                .is_some_and(|rest| rest.chars().count() <= extra)
    })
}

/// Titles and roles written before a person's name (not part of the name).
fn titles(lang: &str) -> &'static str {
    match lang {
        "en" => {
            "mr mrs ms miss dr prof professor president minister chancellor senator sen rep \
        representative governor gov mayor king queen prince princess pope sir dame lord lady \
        general gen colonel col captain capt sergeant lieutenant judge justice secretary \
        ambassador bishop archbishop cardinal father rabbi imam sheikh chairman chairwoman \
        ceo director spokesman spokeswoman spokesperson leader chief coach manager officer \
        inspector detective commissioner deputy mp mep premier emperor sultan emir ayatollah \
        speaker author actor actress singer writer presidents candidate nominee founder \
        economist analyst researcher scientist reporter correspondent assistant adviser \
        advisor aide vice prime foreign st saint uncle aunt brother sister son daughter wife \
        husband mother friend colleague player striker midfielder"
        }
        "fr" => {
            "m mme mlle monsieur madame président présidente ministre chancelier chancelière \
        sénateur sénatrice député députée maire roi reine prince princesse pape général \
        colonel capitaine juge secrétaire ambassadeur ambassadrice porte-parole patron \
        patronne directeur directrice dirigeant dirigeante chef leader commissaire dr \
        docteur professeur pr maître me cheikh ayatollah émir sultan candidat candidate \
        premier homologue journaliste correspondant correspondante envoyé envoyée opposant \
        opposante chanteur chanteuse acteur actrice écrivain auteur fondateur fondatrice \
        conseiller conseillère présidents dictateur saint sainte frère soeur sœur fils fille \
        épouse mari"
        }
        "de" => {
            "herr herrn frau dr prof präsident präsidentin präsidenten bundeskanzler \
        bundeskanzlerin kanzler kanzlerin minister ministerin ministerpräsident \
        ministerpräsidentin senator senatorin bürgermeister bürgermeisterin könig königin \
        prinz prinzessin papst general sprecher sprecherin chef chefin direktor direktorin \
        richter richterin botschafter botschafterin abgeordnete abgeordneten premierminister \
        premierministerin außenminister außenministerin innenminister innenministerin \
        regierungschef regierungschefin staatschef parteichef kandidat kandidatin trainer \
        autor autorin sänger sängerin schauspieler schauspielerin gründer gründerin \
        vorsitzende vorsitzenden sankt kaiser kaiserin zar feldherr bundespräsident bundespräsidentin journalist \
        journalistin kollege kollegin sohn tochter bruder schwester ehefrau ehemann"
        }
        "it" => {
            "signor signore signora sig presidente ministro ministra premier sindaco papa re \
        regina principe principessa generale dottor dott prof professor portavoce segretario \
        cancelliere senatore senatrice deputato deputata leader capo giudice ambasciatore \
        direttore direttrice candidato candidata san santa don padre fratello sorella figlio \
        figlia"
        }
        "es" => {
            "señor señora sr sra don doña presidente presidenta ministro ministra alcalde \
        alcaldesa rey reina príncipe princesa papa general portavoz secretario secretaria \
        canciller senador senadora diputado diputada doctor doctora dr líder jefe jefa juez \
        jueza embajador director directora candidato candidata san santa hermano hermana \
        hijo hija"
        }
        "pt" => {
            "senhor senhora sr sra dona dom presidente ministro ministra prefeito prefeita \
        governador governadora rei rainha príncipe princesa papa general porta-voz \
        secretário secretária chanceler senador senadora deputado deputada doutor doutora dr \
        líder juiz juíza embaixador diretor diretora candidato candidata técnico são santa \
        irmão irmã filho filha geral"
        }
        "ru" | "uk" | "bg" => {
            "г-н г-жа господин госпожа пан пани президент премьер премьер-министр министр глава \
        канцлер сенатор депутат мэр губернатор король королева принц генерал пресс-секретарь \
        председатель директор посол спикер лидер журналист профессор доктор помощник \
        советник представитель секретарь госсекретарь патриарх папа кандидат писатель актер \
        актёр певец певица тренер основатель генсек вице-президент вице-премьер \
        экс-президент командующий прокурор судья аятолла шейх эмир султан"
        }
        "el" => {
            "κ κος κα κύριος κυρία πρόεδρος πρωθυπουργός υπουργός καγκελάριος δήμαρχος βασιλιάς \
        πάπας στρατηγός εκπρόσωπος γενικός αρχηγός ηγέτης βουλευτής πρέσβης δικαστής"
        }
        "tr" => {
            "cumhurbaşkanı başbakan bakan bakanı sayın bay bayan genel başkanı başkan lider \
        lideri sözcüsü dr prof"
        }
        "pl" => {
            "pan pani prezydent premier minister kanclerz senator poseł posłanka burmistrz prezes \
        rzecznik generał dr prof papież król królowa lider szef szefowa"
        }
        "hu" => "dr prof úr asszony elnök miniszter miniszterelnök",
        _ => "",
    }
}

/// Whether `word` (lower case) is a title before a name in `lang`. Russian
/// titles are inflected: "президента", "министром".
#[must_use]
pub fn is_title(lang: &str, word: &str) -> bool {
    let list = titles(lang);
    if has(list, word) || (lang != "en" && has(titles("en"), word) && word.len() > 3) {
        return true;
    }
    if matches!(lang, "ru" | "uk" | "bg") {
        return stem_in(list, word, 4, 2);
    }
    false
}

/// Words that end an organisation's name: "Republican Party", "Siemens AG".
const ORG_TAILS: &str =
    "party university college institute inc ltd llc plc corp corporation company co group \
    services democrats socialists \
    bank club council committee commission ministry department agency association \
    foundation federation union league organization organisation society army navy \
    forces police court parliament assembly senate congress office authority board \
    service times post news press journal herald tribune airlines airways motors records \
    consulting partners advisors associates ventures force \
    studios fc network laboratory labs school academy hospital church institution guard \
    brigade front movement alliance coalition fund trust bureau industries holdings \
    systems technologies media television tv radio magazine gazette telegraph daily \
    weekly reserve exchange center centre forum team ag gmbh sa spa s.a. se nv bv kft \
    zrt rt nyrt as ab oy srl sas sarl partei bank verband gericht institut universität \
    gesellschaft gruppe konzern stiftung verein kommission agentur behörde polizei \
    ministerium rat amt zeitung rundschau allgemeine párt egyetem minisztérium társaság \
    intézet hivatal bizottság";

/// Words that open an organisation's name: "Ministère de la Défense".
const ORG_HEADS: &str =
    "university bank ministry department bureau institute council house ministère \
        departamento département dipartimento \
        université banque parti comité commission conseil agence association fédération \
        fondation institut organisation société groupe compagnie tribunal cour assemblée \
        union front mouvement armée syndicat ministerio universidad banco partido comisión \
        consejo agencia asociación federación fundación instituto organización sociedad \
        grupo compañía corte asamblea unión frente movimiento ejército policía junta cámara \
        congreso ayuntamiento ministério universidade comitê comissão conselho agência \
        associação federação fundação organização sociedade companhia supremo assembleia \
        união exército polícia câmara congresso prefeitura secretaria ministero università \
        banca partito comitato commissione consiglio agenzia associazione federazione \
        fondazione istituto organizzazione società gruppo tribunale assemblea unione fronte \
        movimento esercito polizia camera senato procura comune bundesamt bundesministerium \
        landgericht amtsgericht oberlandesgericht";

/// Russian (and other Slavic) nouns that follow a capitalised adjective in an
/// organisation's name and stay lower case: "Республиканской партии".
const ORG_NOUN_STEMS: &str =
    "парти университет министерств банк компани агентств комитет комисси союз фонд \
        институт суд служб организаци ассоциаци федераци корпораци движени арми полици \
        академи палат дум собрани прокуратур церк совет управлени ведомств сбор \
        импери королевств княжеств герцогств халифат ханств обществ";

/// Nouns that end a place's name: "Potomac River", "Red Square".
const PLACE_TAILS: &str =
    "river street avenue road square island islands isles rift mountains mountain sea ocean bay \
        valley strait peninsula desert county province region district park bridge airport \
        station gulf coast canal heights hills forest lake falls beach harbour harbor port \
        boulevard lane drive plaza state city town village straße strasse platz see fluss \
        insel inseln gebirge tal zone meer kanal wald";

/// Words that open a place's name: "Lac Léman", "Rio Grande".
const PLACE_HEADS: &str =
    "mount lake cape canal fort port lac mont île golfe mer fleuve rue avenue boulevard place \
        república reino principado império república repubblica regno principato impero \
        république royaume principauté \
        río rio lago monte isla ilha isola golfo mar calle rua via viale avenida plaza praça \
        piazza sierra serra bahía baía cabo capo costa puerto porto estado província \
        provincia região región regione republik königreich fürstentum kloster schloss st ste hl \
        isthmus";

/// Russian nouns that follow a capitalised adjective in a place's name.
const PLACE_NOUN_STEMS: &str =
    "рек озер улиц площад остров област кра район мор залив пролив гор проспект округ \
        республик полуостров побереж перешейк долин пустын океан";

/// Whether `word` ends an organisation's name.
#[must_use]
pub fn is_org_tail(word: &str) -> bool {
    has(ORG_TAILS, word)
}

/// Whether `word` opens an organisation's name.
#[must_use]
pub fn is_org_head(word: &str) -> bool {
    has(ORG_HEADS, word)
}

/// Whether `word` ends a place's name.
#[must_use]
pub fn is_place_tail(word: &str) -> bool {
    has(PLACE_TAILS, word)
}

/// Whether `word` opens a place's name.
#[must_use]
pub fn is_place_head(word: &str) -> bool {
    has(PLACE_HEADS, word)
}

/// A lower-case Slavic noun continuing a capitalised name, with its type.
#[must_use]
pub fn slavic_noun(word: &str) -> Option<bool> {
    slavic_noun_within(word, 3)
}

/// [`slavic_noun`] with at most `extra` letters after the stem ("Судом",
/// "Княжество" but not "Крамер" for a capitalised noun).
#[must_use]
pub fn slavic_noun_within(word: &str, extra: usize) -> Option<bool> {
    if stem_in(ORG_NOUN_STEMS, word, 1, extra) {
        return Some(true);
    }
    stem_in(PLACE_NOUN_STEMS, word, 1, extra).then_some(false)
}

/// Prepositions after which a capitalised word is most often a place.
#[must_use]
pub fn is_place_preposition(lang: &str, word: &str) -> bool {
    let list: &str = match lang {
        "en" => "in near across throughout outside towards into",
        "fr" => "à en au aux vers",
        "de" => "in im nach aus bei",
        "it" => "a in nel nella verso",
        "es" => "en hacia",
        "pt" => "em no na",
        "ru" | "uk" | "bg" => "в во из на",
        "el" => "στην στο στη στον",
        "pl" => "w we z do",
        _ => "",
    };
    has(list, word)
}

/// Speech verbs that follow a person's name: "Tarlo said", "sagte Tarlo".
#[must_use]
pub fn is_speech_verb(word: &str) -> bool {
    const VERBS: &str =
        "said says told added wrote explained argued insisted noted stressed asked replied \
        warned claimed tweeted sagte sagt erklärte schrieb betonte meinte fügte dit déclare \
        affirme explique estime ajoute dijo afirmó declaró explicó aseguró disse afirmou \
        declarou explicou detto affermato dichiarato заявил заявила сказал сказала отметил \
        отметила сообщил сообщила написал написала добавил добавила подчеркнул считает \
        δήλωσε είπε közölte mondta powiedział powiedziała dedi";
    has(VERBS, word)
}

/// Lower-case particles allowed inside a person's name after a given name:
/// "Ursula von der Leyen", "Charles de Gaulle", "Bashar al-Assad".
#[must_use]
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "von"
            | "van"
            | "der"
            | "den"
            | "de"
            | "di"
            | "da"
            | "del"
            | "della"
            | "la"
            | "le"
            | "du"
            | "dos"
            | "das"
            | "do"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "ben"
            | "abu"
            | "zu"
            | "ter"
            | "ten"
            | "y"
    )
}

/// Lower-case words joining the parts of an organisation's or place's name
/// after a head word: "Bank of England", "ministère de la Défense".
#[must_use]
pub fn is_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "for"
            | "the"
            | "and"
            | "on"
            | "de"
            | "du"
            | "des"
            | "la"
            | "le"
            | "les"
            | "et"
            | "d"
            | "l"
            | "für"
            | "der"
            | "des_"
            | "del"
            | "della"
            | "dei"
            | "degli"
            | "delle"
            | "di"
            | "da"
            | "do"
            | "dos"
            | "das"
            | "a"
            | "o"
            | "y"
            | "e"
            | "los"
            | "las"
            | "el"
            | "per"
            | "para"
            | "pour"
            | "sur"
            | "und"
    )
}

/// Months, weekdays and other capitalised words of time that are no entity.
#[must_use]
pub fn is_time_word(word: &str) -> bool {
    const WORDS: &str =
        "january february march april may june july august september october november \
        december monday tuesday wednesday thursday friday saturday sunday januar februar \
        märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag \
        sonntag christmas easter ramadan weihnachten ostern jan feb mar apr jun jul aug sep \
        sept oct nov dec today yesterday tomorrow \
        ιανουάριος ιανουαρίου φεβρουάριος φεβρουαρίου μάρτιος μαρτίου απρίλιος απριλίου \
        μάιος μαΐου ιούνιος ιουνίου ιούλιος ιουλίου αύγουστος αυγούστου σεπτέμβριος \
        σεπτεμβρίου οκτώβριος οκτωβρίου νοέμβριος νοεμβρίου δεκέμβριος δεκεμβρίου \
        يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر \
        كانون تشرين شباط آذار نيسان أيار حزيران تموز أيلول";
    has(WORDS, word)
}

/// A generic place word right before a name: "штата Флорида", "the city of
/// Quebec", "la ville de Lyon", "die Stadt Köln". `word` is the word just
/// before the name, `before` the one before it (for "city of").
#[must_use]
pub fn is_place_noun_before(lang: &str, word: &str, before: Option<&str>) -> bool {
    const RU: &str =
        "штат провинци регион област город столиц остров полуостров рек озер пустын район сел \
        деревн республик улиц княжеств королевств край краю округ порт залив";
    const OF: &str =
        "city town state province region island village county ville région province état île \
        village cidade estado província região ilha ciudad isla città regione provincia \
        isola";
    const DE: &str = "stadt bundesstaat provinz region insel dorf gemeinde fluss kloster \
        berg tal kanal bezirk kreis hafen";
    match lang {
        "ru" | "uk" | "bg" => stem_in(RU, word, 1, 3),
        "de" => has(DE, word),
        _ => {
            matches!(word, "of" | "de" | "di" | "d'" | "du")
                && before.is_some_and(|b| has(OF, &b.to_lowercase()))
        }
    }
}

/// Directions written after a place's name in Romance languages: "África
/// Oriental", "Europa orientale", "Asie centrale".
#[must_use]
pub fn is_direction_after(word: &str) -> bool {
    has(
        "oriental orientale occidental occidentale setentrional septentrional \
         septentrionale meridional méridional méridionale centrale",
        word,
    )
}

/// Words before a place's name in Romance languages: "Baixa Califórnia",
/// "Nova Iorque", "Alta Saboya", "Oceano Pacífico".
#[must_use]
pub fn is_romance_place_prefix(word: &str) -> bool {
    has(
        "baixa baixo alta alto nova novo nueva nuevo nouvelle nouveau basse bas haute haut \
         oceano océano océan oceano mar mer lago lac monte mont golfo golfe ilha isla île isola",
        word,
    )
}

/// Words that make a capitalised phrase an event or a period, not an
/// entity: "Olympic Games", "Revolução Industrial", "Idade Média".
#[must_use]
pub fn is_event_word(word: &str) -> bool {
    has(
        "games olympics war revolution age ages cup championship prize award festival \
         jogos guerra revolução idade copa taça campeonato prêmio festival \
         juegos revolución edad premio jeux guerre révolution âge coupe prix \
         giochi rivoluzione età coppa spiele krieg revolution zeitalter pokal preis \
         игры войн революци",
        word,
    )
}

/// Institutions written with a capital inside a sentence: "o Governo",
/// "el Ejército", "l'État", "the Government".
#[must_use]
pub fn is_institution(word: &str) -> bool {
    has(
        "government army police governo estado exército câmara senado congresso polícia \
         justiça marinha supremo prefeitura assembleia gobierno ejército policía cámara \
         congreso gouvernement état armée sénat assemblée governo esercito polizia camera \
         senato правительство госдума армия",
        word,
    )
}
