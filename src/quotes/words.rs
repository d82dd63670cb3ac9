//! Per-language word lists for quote attribution (see [`super::lexicon`]
//! for the format). English, French, German and Russian are the fullest;
//! Italian, Spanish, Portuguese, Turkish, Greek, Hungarian, Polish,
//! Ukrainian, Arabic and Persian have their marks' usual companions: the
//! common speech verbs, pronouns and "according to".

use super::lexicon::Lex;

/// The lists of `lang` (English's for languages we do not know).
pub(crate) fn lex(lang: &str) -> &'static Lex {
    match lang {
        "fr" => &FR,
        "de" => &DE,
        "ru" => &RU,
        "uk" => &UK,
        "it" => &IT,
        "es" => &ES,
        "pt" => &PT,
        "tr" => &TR,
        "el" => &EL,
        "hu" => &HU,
        "pl" => &PL,
        "ar" => &AR,
        "fa" => &FA,
        _ => &EN,
    }
}

/// English.
pub(crate) const EN: Lex = Lex {
    verbs: "say says said saying tell tells told telling add adds added adding ask asks asked \
        asking explain explains explained explaining state states stated declare declares \
        declared write writes wrote note notes noted insist insists insisted argue argues \
        argued arguing warn warns warned warning claim claims claimed claiming continue \
        continues continued recall recalls recalled recalling reply replies replied respond \
        responds responded answer answered announce announces announced remark remarked tweet \
        tweets tweeted tweeting comment commented acknowledge acknowledges acknowledged admit \
        admits admitted conclude concluded confirm confirms confirmed stress stresses stressed \
        emphasize emphasized emphasizes emphasise emphasised suggest suggests suggested \
        predict predicted shout shouted yell yells yelled testify testified vow vows vowed \
        promise promised urge urges urged urging quip quipped joke joked boast boasted \
        complain complained complaining observe observed report reports reported reiterate \
        reiterated assert asserts asserted asserting insisting contend contends contended maintain maintains maintained \
        recount recounted exclaimed cried whispered muttered read reads concede conceded \
        counter countered retort retorted describe describes described describing lament lamented \
        caution cautioned pledge pledged proclaim proclaimed demand demands demanded wonder \
        wondered mused chanted declaring stating writing noting adding explaining",
    pron: "he she",
    other_pron: "they we i you it who",
    dets: "the a an this that these those his her their its our my your one another two three \
        several many some other",
    skip: "has have had also then later once previously recently again would will could \
        should may might is was were are been just repeatedly simply only first last not \
        never often earlier further still *ly",
    stops: "that which who whom whose when while where because as and but or if though \
        although after before since until in on at for with by from to about during into \
        over under than via amid among upon against through across around along behind \
        toward towards throughout beyond within without beside",
    according: "according_to",
    after: "",
    roles: "president vice minister prime secretary chancellor spokesman spokeswoman \
        spokesperson senator sen rep representative gov governor mayor chairman chairwoman \
        chair chief director ceo leader general gen ambassador deputy judge justice \
        commissioner official head candidate nominee professor analyst expert attorney lawyer \
        lt col sgt capt captain admiral adm king queen prince princess pope pastor bishop \
        cardinal sheriff officer manager founder executive economist strategist adviser \
        advisor aide correspondent reporter editor host anchor coach activist member \
        congressman congresswoman speaker foreign defense defence finance interior health \
        state treasury attorney-general secretary-general commander president-elect \
        vice-president chairperson superintendent inspector detective prosecutor dean \
        researcher scientist author director-general",
};

/// French.
pub(crate) const FR: Lex = Lex {
    verbs: "dit dire disent déclare déclaré déclarait déclarent affirme affirmé affirmait \
        affirment ajoute ajouté ajoutent explique expliqué expliquait expliquent estime estimé \
        estiment souligne souligné soulignent indique indiqué indiquent assure assuré assurent \
        lance lancé martèle martelé prévient prévenu avertit averti répond répondu confie \
        confié poursuit poursuivi insiste insisté précise précisé rappelle rappelé annonce \
        annoncé déplore déploré dénonce dénoncé dénoncent regrette regretté juge jugé constate \
        constaté observe observé note noté raconte raconté écrit tweeté commente commenté \
        réagit réagi reconnaît reconnu admet admis conclut conclu exclamé interroge interrogé \
        demande demandé lâche lâché tranche tranché résume résumé plaide plaidé avance avancé \
        soutient soutenu considère considéré répète répété promet promis menace menacé \
        accuse accusé exhorte exhorté martèle insistait confirme confirmé témoigne témoigné \
        prévenait explique-t-il",
    pron: "il elle",
    other_pron: "ils elles on nous je vous",
    dets: "le la les l' un une des du ce cet cette ces son sa ses leur leurs deux trois \
        plusieurs",
    skip: "a ont avait avaient aura aussi également encore déjà alors ensuite enfin notamment \
        lui leur nous vous y ne n' pas s' se plus tard récemment lundi mardi mercredi jeudi \
        vendredi samedi dimanche hier aujourd'hui ainsi pourtant toutefois cependant",
    stops: "que qu' qui quand lorsque lorsqu' et mais ou car si dans sur pour avec à au aux \
        en après avant depuis pendant selon lors chez contre vers sans sous parce comme dont \
        où par",
    according: "selon d'_après d’_après",
    after: "",
    roles: "président présidente ministre secrétaire porte-parole chef cheffe directeur \
        directrice ambassadeur ambassadrice maire député députée sénateur sénatrice général \
        générale commissaire premier première chancelier chancelière patron patronne \
        responsable dirigeant dirigeante représentant représentante juge avocat avocate \
        procureur procureure expert experte analyste correspondant correspondante journaliste \
        envoyé envoyée haut haute vice-président vice-présidente chercheur chercheuse \
        professeur professeure militant militante candidat candidate leader roi reine pape \
        pdg adjoint adjointe conseiller conseillère fondateur fondatrice membre gouverneur \
        préfet préfète secrétaire-général",
};

/// German.
pub(crate) const DE: Lex = Lex {
    verbs: "sagte sagt sagten sagen gesagt sage erklärte erklärt erklärten erklären meinte \
        meint meinten betonte betont betonten fügte ergänzte ergänzt sprach spricht schrieb \
        schreibt geschrieben teilte mitgeteilt warnte warnt kritisierte kritisiert forderte \
        fordert bekräftigte versicherte versichert unterstrich räumte verkündete kündigte \
        beschrieb beschreibt charakterisierte bezeichnete bezeichnet bestätigte bestätigt \
        antwortete antwortet fragte fragt kommentierte kommentiert stellte erläuterte \
        argumentierte widersprach urteilte befand hieß heißt lautete lautet berichtete \
        berichtet äußerte äußert mahnte appellierte rief ruft verwies klagte beklagte erzählte \
        erzählt resümierte bilanzierte zitierte zitiert betonen warnten forderten kritisierten \
        erklärt versprach verspricht drohte gab nannte nennt bestreitet bestritt dementierte \
        *forderte mitteilte hinzufügte zitiert zitierte sagten verteidigte wertete wertet \
        sprachen bekanntgegeben verkündeten skandierten beschwören rät riet bezeichneten \
        nannten kritisierte warf wirft werfen teilten fügt fügten entgegnete entgegnet \
        entgegneten begründete begründet ergänzten bekräftigt unterstrichen appellierten \
        zitieren berichteten stellten wies angekündigt sprachen",
    pron: "er sie",
    other_pron: "wir ich man es",
    dets: "der die das den dem des ein eine einer einen eines einem sein seine ihr ihre \
        dieser diese zwei drei mehrere viele",
    skip: "hat haben hatte hatten habe auch noch bereits dann zudem außerdem weiter nun \
        jetzt dazu damals später zuvor erneut wiederum ebenfalls schon einst gestern heute \
        ihm uns mir nicht sich dazu darin damit dabei daraufhin ähnlich zudem indes \
        anschließend ferner gleichzeitig bislang bisher trotzdem dennoch deshalb daher \
        allerdings doch hier dort zuletzt insbesondere jedoch vielmehr ebenso außerdem \
        inzwischen mittlerweile demnach darüber dagegen hingegen erst wörtlich unterdessen \
        derweil zugleich gleichwohl jedenfalls schließlich letztlich zunächst daneben hierzu \
        offenbar offensichtlich angeblich vermutlich ausdrücklich abschließend",
    stops: "dass daß und oder aber weil wenn als ob nachdem bevor während im in am an auf \
        bei mit nach vor zu für gegenüber über vom zum zur aus seit um wie dies unter \
        indem ohne",
    according: "laut nach_angaben nach_aussagen nach_auffassung nach_ansicht nach_meinung \
        nach_darstellung nach_einschätzung nach_worten",
    after: "zufolge",
    roles: "*minister *ministerin minister* *präsident *präsidentin präsident* *kanzler \
        *kanzlerin kanzler* *sprecher *sprecherin sprecher* *vorsitzende *vorsitzender \
        vorsitzende* *chef *chefin chef* *leiter *leiterin *direktor *direktorin *sekretär \
        *sekretärin *richter *richterin richter* *anwalt *anwältin anwalt* *botschafter \
        *botschafterin *bürgermeister *bürgermeisterin *abgeordnete *abgeordneter *experte \
        *expertin *kommissar *kommissarin general* trainer* *professor *professorin papst \
        könig* königin prinz* *funktionär *funktionärin *beauftragte *beauftragter *vertreter \
        *vertreterin *analyst *analystin *senator *gouverneur bischof kardinal pfarrer \
        *reporter *korrespondent *korrespondentin *autor *autorin *politiker *politikerin \
        *berater *beraterin *manager *managerin *gründer *gründerin *ökonom *ökonomin \
        *forscher *forscherin *wissenschaftler *wissenschaftlerin *aktivist *aktivistin \
        *diplomat *offizier *oberhaupt *kandidat *kandidatin staatssekretär* dr \
        leiter leiterin direktor direktorin sekretär sekretärin anwältin botschafter \
        botschafterin bürgermeister bürgermeisterin abgeordnete abgeordneter experte \
        expertin kommissar kommissarin professor professorin funktionär funktionärin \
        beauftragte beauftragter vertreter vertreterin analyst analystin senator gouverneur \
        reporter korrespondent korrespondentin autor autorin politiker politikerin berater \
        beraterin manager managerin gründer gründerin ökonom ökonomin forscher forscherin \
        wissenschaftler wissenschaftlerin aktivist aktivistin diplomat offizier oberhaupt \
        kandidat kandidatin",
};

/// Russian (verb stems match every person and tense).
pub(crate) const RU: Lex = Lex {
    verbs: "сказал* сказа* заявил* заявля* отметил* отмеча* добавил* добавля* подчеркнул* \
        подчеркива* пояснил* поясня* говори* говорят сообщил* сообща* рассказал* рассказыва* \
        признал* признаё* признае* объяснил* объясня* считает* считают написал* пишет пишут \
        ответил* отвечал* отвеча* уточнил* уточня* констатировал* утверждал* утвержда* \
        заметил* замеча* предупредил* предупрежда* заверил* заверя* полагает* спросил* \
        спрашива* напомнил* напомина* призвал* призыва* высказал* выразил* резюмировал* \
        охарактеризовал* назвал* прокомментировал* комментиру* процитировал* цитиру* \
        убежда* настаива* настаивал*",
    pron: "он она",
    other_pron: "они мы я вы",
    dets: "",
    skip: "также ещё еще уже ранее вчера сегодня тогда затем недавно потом позже тоже же \
        ему ей им мне нам журналистам корреспонденту изданию агентству прямо откровенно не \
        вот так",
    stops: "что чтобы и а но или если когда который которая которые которое которого \
        потому поскольку как в во на при после до для о об с со у за по к ко от",
    according: "по_словам по_мнению по_данным по_информации",
    after: "",
    roles: "президент* министр* глава пресс-секретар* представител* директор* председател* \
        губернатор* мэр* депутат* премьер* вице-премьер* посол генсек* генеральн* секретар* \
        руководител* лидер* спикер* судья прокурор* эксперт* аналитик* политолог* экономист* \
        профессор* командующ* генерал* начальник* замминистр* замглавы советник* помощник* \
        официальн* журналист* корреспондент* гендиректор* сенатор* канцлер* патриарх* \
        следовател* режиссер* режиссёр* адвокат* юрист* основател* первый первая",
};

/// Ukrainian.
pub(crate) const UK: Lex = Lex {
    verbs: "сказав* сказал* заявив* заявил* заявля* зазначив* зазначил* зазнача* додав* \
        додал* наголосив* наголосил* наголошу* повідомив* повідомил* повідомля* розповів* \
        розповіл* розповіда* пояснив* пояснил* поясню* каже кажуть говорить написав* \
        відповів* відповіл* підкреслив* підкреслил* вважає* переконан*",
    pron: "він вона",
    other_pron: "вони ми я ви",
    dets: "",
    skip: "також вже ще раніше вчора сьогодні тоді потім йому їй їм нам журналістам не",
    stops: "що щоб і й та а але або якщо коли який яка які яке тому оскільки як в у на при \
        після до для про з із за по від",
    according: "за_словами на_думку за_даними",
    after: "",
    roles: "президент* міністр* голова речни* представни* директор* голов* губернатор* мер* \
        депутат* прем'єр* посол* генсек* секретар* керівни* лідер* спікер* суддя прокурор* \
        експерт* аналітик* політолог* економіст* професор* командувач* генерал* начальни* \
        радни* помічни* журналіст* кореспондент* канцлер*",
};

/// Italian.
pub(crate) const IT: Lex = Lex {
    verbs: "detto dice dicono dichiarato dichiara affermato afferma spiegato spiega aggiunto \
        aggiunge sottolineato sottolinea osservato commentato commenta ribadito ribadisce \
        precisato precisa annunciato scritto scrive sostiene sostenuto avverte avvertito \
        assicurato assicura risposto risponde racconta raccontato continua concluso conclude \
        ammesso ammette denunciato denuncia dichiarano affermano spiegano",
    pron: "lui lei egli ella",
    other_pron: "loro noi io voi",
    dets: "il lo la i gli le l' un uno una un' del della dei degli delle suo sua",
    skip: "ha hanno aveva avevano anche poi inoltre ancora già ieri oggi infine",
    stops: "che chi quando e ma o se perché in su per con a al alla ai agli alle dopo prima \
        durante secondo come dove mentre",
    according: "secondo stando_a",
    after: "",
    roles: "presidente ministro ministra segretario segretaria portavoce capo direttore \
        direttrice ambasciatore sindaco deputato deputata senatore senatrice generale \
        commissario premier cancelliere leader responsabile esperto esperta analista giudice \
        avvocato procuratore papa re regina professore professoressa",
};

/// Spanish.
pub(crate) const ES: Lex = Lex {
    verbs: "dijo dice dicen afirmó afirma declaró declara explicó explica añadió añade \
        aseguró asegura señaló señala indicó indica subrayó destacó advirtió agregó apuntó \
        manifestó sostuvo comentó insistió escribió respondió relató reconoció precisó dicho \
        afirmado declarado explicado denunció criticó",
    pron: "él ella",
    other_pron: "ellos ellas nosotros yo",
    dets: "el la los las un una unos unas su sus este esta",
    skip: "ha han había habían también además luego ayer hoy",
    stops: "que quien cuando y e pero o si porque en sobre para con a al del tras antes \
        durante según como donde mientras",
    according: "según de_acuerdo_con",
    after: "",
    roles: "presidente presidenta ministro ministra secretario secretaria portavoz jefe jefa \
        director directora embajador embajadora alcalde alcaldesa diputado diputada senador \
        senadora general comisario comisaria canciller líder responsable experto experta \
        analista juez jueza abogado abogada fiscal papa rey reina profesor profesora",
};

/// Portuguese.
pub(crate) const PT: Lex = Lex {
    verbs: "disse diz dizem afirmou afirma declarou declara explicou explica acrescentou \
        acrescenta garantiu garante sublinhou salientou referiu indicou sustentou escreveu \
        respondeu considerou adiantou assegurou frisou observou defendeu alertou criticou \
        denunciou",
    pron: "ele ela",
    other_pron: "eles elas nós eu",
    dets: "o a os as um uma uns umas seu sua este esta",
    skip: "também ainda já ontem hoje depois",
    stops: "que quem quando e mas ou se porque em no na nos nas sobre para com ao à aos \
        do da dos das após antes durante segundo como onde enquanto",
    according: "segundo de_acordo_com conforme",
    after: "",
    roles: "presidente ministro ministra secretário secretária porta-voz chefe diretor \
        diretora embaixador embaixadora prefeito presidente-executivo deputado deputada \
        senador senadora general comissário comissária chanceler líder responsável \
        especialista analista juiz juíza advogado advogada procurador papa rei rainha \
        professor professora",
};

/// Turkish (verb stems; `X'e göre` puts the source first).
pub(crate) const TR: Lex = Lex {
    verbs: "dedi diyor demişti söyledi söylüyor söyle* açıkladı açıkla* belirtti belirt* \
        ifade kaydetti vurguladı vurgula* konuştu yazdı ekledi sordu uyardı savundu",
    pron: "o",
    other_pron: "onlar biz ben",
    dets: "bir bu şu",
    skip: "da de ise ayrıca dün bugün ve",
    stops: "ki ama fakat çünkü eğer ile için gibi",
    according: "",
    after: "göre",
    roles: "cumhurbaşkanı başbakan bakan* sözcü* başkan* genel müdür* büyükelçi* vali* \
        milletvekili* uzman* lider*",
};

/// Greek.
pub(crate) const EL: Lex = Lex {
    verbs: "δήλωσε είπε ανέφερε τόνισε πρόσθεσε σημείωσε υπογράμμισε εξήγησε υποστήριξε λέει \
        δηλώνει έγραψε απάντησε επισήμανε προειδοποίησε",
    pron: "αυτός αυτή",
    other_pron: "αυτοί εμείς εγώ",
    dets: "ο η το οι τα τον την του της των ένας μία ένα",
    skip: "επίσης ακόμη ήδη χθες σήμερα",
    stops: "ότι που όταν και αλλά ή αν επειδή σε στο στη στον στην για με από μετά πριν \
        όπως",
    according: "σύμφωνα_με",
    after: "",
    roles: "πρόεδρος πρωθυπουργός υπουργός εκπρόσωπος αρχηγός διευθυντής πρέσβης δήμαρχος \
        βουλευτής στρατηγός επίτροπος καγκελάριος ηγέτης",
};

/// Hungarian (`X szerint` puts the source first).
pub(crate) const HU: Lex = Lex {
    verbs: "mondta mondja közölte nyilatkozta jelentette hangsúlyozta fogalmazott írta tette \
        emelte vélte fejtette válaszolta magyarázta kérdezte figyelmeztetett",
    pron: "ő",
    other_pron: "ők mi én",
    dets: "a az egy",
    skip: "is már még tegnap ma hozzá ki",
    stops: "hogy és de vagy ha mert amikor aki ami",
    according: "",
    after: "szerint",
    roles: "elnök* miniszter* szóvivő* vezető* igazgató* nagykövet* polgármester* képviselő* \
        tábornok* biztos kancellár*",
};

/// Polish.
pub(crate) const PL: Lex = Lex {
    verbs: "powiedział* stwierdził* dodał* podkreślił* oświadczył* zaznaczył* mówi mówił* \
        napisał* wyjaśnił* ocenił* przekonywał* zapewnił* odpowiedział* ostrzegł* przyznał*",
    pron: "on ona",
    other_pron: "oni one my ja",
    dets: "",
    skip: "też także już jeszcze wczoraj dziś dzisiaj nie",
    stops: "że żeby i a ale lub albo jeśli gdy kiedy który która które bo ponieważ w we na \
        przy po do dla o z ze za od",
    according: "według zdaniem",
    after: "",
    roles: "prezydent* premier* minister* rzecznik* szef* dyrektor* ambasador* burmistrz* \
        poseł* posłanka senator* generał* komisarz* kanclerz* lider* ekspert* sędzia \
        prokurator*",
};

/// Arabic (the conjunction و is written onto the verb: وقال).
pub(crate) const AR: Lex = Lex {
    verbs: "قال قالت وقال وقالت يقول تقول أضاف وأضاف أضافت وأضافت أكد وأكد أكدت وأكدت صرح \
        وصرح صرحت أوضح وأوضح أوضحت أعلن وأعلن أعلنت ذكر وذكر ذكرت أشار وأشار أشارت كتب \
        وكتب اعتبر واعتبر تابع وتابع",
    pron: "هو هي",
    other_pron: "هم نحن أنا",
    dets: "",
    skip: "أيضا أيضاً",
    stops: "أن إن في على من إلى عن مع بعد قبل",
    according: "وفقا وفقاً بحسب حسب وبحسب",
    after: "",
    roles: "الرئيس رئيس وزير الوزير المتحدث الناطق الأمين السفير",
};

/// Persian (the verb closes the clause: X گفت: «…»).
pub(crate) const FA: Lex = Lex {
    verbs: "گفت گفته می‌گوید افزود نوشت تاکید تأکید اعلام کرد",
    pron: "او وی",
    other_pron: "آنها ما من",
    dets: "",
    skip: "نیز همچنین",
    stops: "که و در به از با برای",
    according: "به_گفته",
    after: "",
    roles: "رئیس وزیر سخنگوی سفیر",
};
