package org.primum.policy.internal;

/** Shortcuts to a post's patient-context judgment ({@link Signals}) for identifier rules. */
final class PatientCues {


    private static final java.util.Set<String> STREET_SUFFIXES = java.util.Set.of("st", "street", "ave", "avenue",
            "rd", "road", "blvd", "ln", "lane", "ct", "way", "pl", "dr", "drive", "hall", "building", "center");

    private PatientCues() {}

    /** True when the sentence is about a specific patient (see {@link Signals#isPatientContext}). */
    static boolean inSentence(AnalyzedPost post, int sentence) {
        return post.signals().isPatientContext(sentence);
    }

    /** True when the sentence carries research, education or event cues and no strong patient cue. */
    static boolean nonPatient(AnalyzedPost post, int sentence) {
        return post.signals().isNonPatient(sentence);
    }

    /**
     * True when anything in the post points at a person other than the organisation: patient cues
     * (strong ones such as "my pt"), he/she/his/her, Mr./Mrs./Ms., a family role. Health details alone
     * do not count: announcements mention conditions too. A number or address in a post with none of
     * these is almost always the organisation's own.
     */
    static boolean personal(AnalyzedPost post) {
        return post.signals().memo("personal", () -> computePersonal(post));
    }

    private static boolean computePersonal(AnalyzedPost post) {
        Signals s = post.signals();
        for (Signals.Cue c : s.cues()) {
            if (c.kind() == Signals.Kind.PATIENT_STRONG || c.kind() == Signals.Kind.FAMILY_ROLE) {
                return true;
            }
        }
        // a post in a language with patient cues (phi_intl.txt) is read for a person like an English one;
        // a post we cannot read at all gets no benefit of the doubt
        int n = post.tokens().size();
        return Words.anyIn(post, 0, n, Words.SEX) || namesSomeone(post) || Words.anyIn(post, 0, n, Words.COURTESY_TITLES)
                || (ForeignPhi.of(post) != null ? ForeignPhi.personIn(post, 0, n) : !LanguageGuesser.looksEnglish(post));
    }

    /** A capitalised given name (not opening a sentence, not after Dr.): the post is about someone. */
    private static boolean namesSomeone(AnalyzedPost post) {
        return namesSomeoneIn(post, 1, post.tokens().size());
    }

    /** {@link #namesSomeone} within the tokens [from, to). */
    static boolean namesSomeoneIn(AnalyzedPost post, int from, int to) {
        for (int i = Math.max(1, from); i < Math.min(to, post.tokens().size()); i++) {
            var t = post.tokens().get(i);
            if (t.kind() != org.primum.policy.spi.Token.Kind.WORD || !t.isCapitalized()
                    || post.sentences().get(t.sentence()).firstToken() == i) {
                continue;
            }
            String prev = post.lowerToken(i - 1);
            if (prev.equals(".") && i > 1) {
                prev = post.lowerToken(i - 2);
            }
            if (Words.STAFF.contains(prev) || (i + 1 < post.tokens().size()
                    && STREET_SUFFIXES.contains(post.lowerToken(i + 1)))) {
                continue; // "Dr. Sam", "recruiter Tom", "St. Luke's", "W Harrison St"
            }
            if (Lexicons.GIVEN_NAMES.matchAt(post, i) > 0 && !Lexicons.CAPITALIZED_NON_NAMES.contains(post.lowerToken(i))) {
                return true;
            }
        }
        return false;
    }

    /** The organisation's services that go places and keep schedules: "our mobile clinic", "our van". */
    private static final java.util.Set<String> SERVICE_HEADS = Words.with(Words.ORG_UNITS, "van", "bus", "site",
            "booth", "truck", "coach");

    /**
     * "Our mobile clinic will be at 1500 W Grand Ave on Tuesday, March 4": a sentence opening with the
     * organisation's own service, with no patient cue, person, title or relative in it: its place and
     * day are the service's schedule.
     */
    static boolean ownServiceSentence(AnalyzedPost post, int sentence) {
        var s = post.sentences().get(sentence);
        int k = s.firstToken();
        if (k >= s.endToken() || !post.lowerToken(k).equals("our")) {
            return false;
        }
        boolean head = false;
        for (int j = k + 1; j < Math.min(s.endToken(), k + 4) && !head; j++) {
            head = SERVICE_HEADS.contains(post.lowerToken(j));
        }
        if (!head || post.signals().has(sentence, Signals.Kind.PATIENT_STRONG)
                || Words.anyIn(post, s.firstToken(), s.endToken(), Words.SEX)
                || Words.anyIn(post, s.firstToken(), s.endToken(), Words.COURTESY_TITLES)) {
            return false;
        }
        for (Signals.Cue c : post.signals().cues(sentence)) {
            if (c.kind() == Signals.Kind.FAMILY_ROLE) {
                return false;
            }
        }
        return true;
    }

    /** "Dr. Adeyemi", "nurse Tasha": the post names a colleague by a staff title. */
    static boolean colleagueNamed(AnalyzedPost post) {
        return post.signals().memo("colleagueNamed", () -> computeColleagueNamed(post));
    }

    private static boolean computeColleagueNamed(AnalyzedPost post) {
        java.util.List<org.primum.policy.spi.Token> tokens = post.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!Words.STAFF.contains(post.lowerToken(i))) {
                continue;
            }
            int n = PhiContext.is(post, i + 1, ".") || PhiContext.is(post, i + 1, ",") ? i + 2 : i + 1;
            var name = n < tokens.size() ? tokens.get(n) : null;
            if (name != null && name.kind() == org.primum.policy.spi.Token.Kind.WORD && name.isCapitalized()) {
                return true;
            }
        }
        return false;
    }
}
