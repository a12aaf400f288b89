package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token.Kind;

/**
 * Any other unique identifying number (Safe Harbor item 18): an identifier after "ID #",
 * "case no.", "claim", "ticket #", "reference #", "file #", "employee ID", "student ID" and the
 * like. Hashtags are topics, never identifiers. An "ID" qualified as a member, patient or device
 * id belongs to the health plan, MRN or device rules and is left to them.
 */
final class OtherIdRule implements Rule {

    private static final PhraseSet OPEN = PhraseSet.of(
            "id", "ids", "id no", "id number", "case no", "case number", "case #", "claim", "claim id",
            "claim no", "claim number", "claim #", "ticket no", "ticket number", "reference no", "reference number",
            "ref no", "ref number", "file no", "file number", "docket", "docket no", "docket number",
            "passport", "passport no", "passport number", "confirmation no", "confirmation number",
            "incident no", "incident number", "report no", "report number", "badge no", "badge number",
            "employee no", "employee number", "student no", "student number", "inmate no", "inmate number",
            "booking no", "booking number", "tracking no", "tracking number", "order no", "order number",
            "specimen", "specimen id", "specimen no", "accession", "accession no", "accession number",
            "requisition", "requisition no", "prior auth", "prior auth no", "auth no", "authorization no",
            "authorization number", "visit id", "encounter id", "wristband", "police report", "report", "ticket",
            "complaint ticket", "complaint", "case", "visit id", "visit #", "rx #", "rx no", "rx number",
            "prescription #", "prescription no", "prescription number", "script #", "refill #", "rx",
            "nhs no", "nhs number", "nhs #", "chi number", "chi no");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
    private static final PhraseSet MARKED = PhraseSet.of(
            "case", "ticket", "reference", "ref", "file", "confirmation", "incident", "report", "badge", "employee",
            "student", "inmate", "booking", "tracking", "order", "docket", "specimen", "accession", "requisition",
            "auth", "authorization", "visit", "encounter", "wristband",
            // an ambulance service's number for one call-out: "run #24-01187", "trip no. 5521"
            "run", "trip");
    /** Qualifiers that make an "ID" another rule's business. */
    private static final PhraseSet OTHER_RULES = PhraseSet.of(
            "member", "subscriber", "patient", "pt", "insurance", "medicaid", "medicare", "beneficiary", "plan",
            "policy", "group", "device", "implant", "visit", "encounter", "state", "license", "licence", "npi",
            "dea", "udi", "vehicle", "account", "mrn", "chart", "emr", "ehr", "hospital");

    private static final PhraseSet INSURERS = PhraseSet.of(HealthPlanRule.INSURERS);
    /** The triggers with a Spanish, French, Portuguese, German or Italian post's own ("DNI", "codice fiscale"). */
    private static final Map<String, PhraseSet> OPEN_BY_LANGUAGE = ForeignPhi.withLabels(OPEN, "id labels");
    /** Kinds of report that are publications. */
    private static final java.util.Set<String> PUBLICATIONS = java.util.Set.of("case", "annual", "final", "progress",
            "quarterly", "technical", "interim", "impact", "safety", "study", "trial");
    /** Qualifiers of ids that name a study, meeting or product rather than a person. */
    private static final PhraseSet NOT_PERSON = PhraseSet.of(
            "study", "trial", "protocol", "irb", "grant", "orcid", "nct", "project", "product", "item", "meeting",
            "zoom", "webinar", "session", "event", "conference", "poster", "abstract", "course", "cme", "activity",
            "program", "model", "catalog", "sku", "part", "software", "build", "release", "version", "room",
            // a study of the service's practice: "audit case 2026-117", "QI project 24-09"
            "audit", "qi");

    @Override
    public String id() {
        return "phi.other_id";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    /** True when an insurer's name ends right before the trigger ("Aetna ID"): a health plan number. */
    private static boolean insurer(AnalyzedPost post, int trigger) {
        for (int back = 1; back <= 2 && trigger - back >= 0; back++) {
            if (INSURERS.matchAt(post, trigger - back) == back) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String summary() {
        return "Other identifying numbers after ID #, case no., claim, ticket #, reference #, file #, employee/student ID.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        ContextWindow.triggeredIds(post, OPEN_BY_LANGUAGE.getOrDefault(post.language(), OPEN), MARKED, (trigger, length, id) -> {
            boolean hashtag = post.tokens().get(id.firstToken()).is(Kind.HASHTAG);
            if (YEAR.matcher(id.text()).matches() || ContextWindow.registryNumber(id.text())) {
                return; // "case 2026" is a year, "report NCT04368728" a public trial, not an id
            }
            if ((hashtag && !hasDigit(id.text())) || !ContextWindow.idLike(id, 5, 24, 4)
                    || (trigger > 0 && (OTHER_RULES.matchAt(post, trigger - 1) == 1
                            || NOT_PERSON.matchAt(post, trigger - 1) == 1 || insurer(post, trigger)
                            || publication(post, trigger)))) {
                return;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("introduced by '" + ContextWindow.phraseText(post, trigger, length) + "'");
            double confidence = 0.8;
            if (ContextWindow.patient(post, trigger)) {
                confidence += 0.1;
                reasons.add("patient context in the same sentence");
            }
            if (courtRecord(post, trigger, id.text()) && !ContextWindow.patient(post, trigger)) {
                confidence = 0.4;
                reasons.add("a court's docket number: a public record of a lawsuit, not a patient's file");
            }
            if (Placeholders.dummy(post, id.text()) || Placeholders.trainingRecord(post)) {
                confidence = 0.3;
                reasons.add("a dummy number or a test or training record");
            }
            out.accept(new Detection(FindingType.OTHER_ID, id.start(), id.end(), confidence,
                    "Contains an identifying number (case, claim, ID or reference number) that can be traced to a person.",
                    "Remove the number; describe the case without it.", reasons));
        });
    }

    /** Civil and criminal docket shapes: "2026-CV-0114", "1:24-cv-01234", "CR-2025-0042". */
    private static final java.util.regex.Pattern DOCKET = java.util.regex.Pattern.compile(
            "(?i)(?:\\d{1,2}:)?(?:\\d{2,4}-)?(?:cv|cr|civ|crim|mc|ap|bk)-\\d{2,7}(?:-[a-z]{1,4})*");
    /** Words of a lawsuit or court proceeding. */
    private static final java.util.Set<String> LEGAL = java.util.Set.of("lawsuit", "suit", "litigation", "court",
            "courts", "settlement", "settled", "settle", "plaintiff", "plaintiffs", "defendant", "defendants",
            "judge", "verdict", "class-action", "filing", "appeal", "appeals", "tribunal", "docket");

    /**
     * A lawsuit's docket number: the docket shape, or "case"/"docket" with a word of a lawsuit in the
     * sentence ("the class action ... has settled"), in a post that points at no person. Court filings are
     * public, but a case beside a person (a patient, he or she, a family role) is theirs.
     */
    private static boolean courtRecord(AnalyzedPost post, int trigger, String id) {
        String w = post.lowerToken(trigger);
        if (!w.equals("case") && !w.equals("docket")) {
            return false;
        }
        var s = post.sentences().get(post.tokens().get(trigger).sentence());
        if (PatientCues.personal(post)) {
            return false; // "testified in case ..., seeing his mom in the gallery": one person's case
        }
        return DOCKET.matcher(id).matches() || Words.anyIn(post, s.firstToken(), s.endToken(), LEGAL)
                || ContextWindow.inSentence(post, CLASS_ACTION, post.tokens().get(trigger).sentence());
    }

    private static final PhraseSet CLASS_ACTION = PhraseSet.of("class action", "legal action", "court case");

    /** "case report 2024-118", "annual report 2025-03": a publication, not a police or incident report. */
    private static boolean publication(AnalyzedPost post, int trigger) {
        return post.lowerToken(trigger).equals("report") && PUBLICATIONS.contains(post.lowerToken(trigger - 1));
    }

    /** "#WB4471902" after "wristband" is an id written with a number sign; "#ASH2026" alone is a hashtag. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
