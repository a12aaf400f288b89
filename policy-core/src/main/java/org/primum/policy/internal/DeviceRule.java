package org.primum.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primum.policy.Category;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Post;
import org.primum.policy.spi.Rule;
import org.primum.policy.spi.Token;

/**
 * Device identifiers and serial numbers (Safe Harbor item 13): an identifier after "serial",
 * "S/N", "SN", "UDI", "lot" or "model #" near a device word (pacemaker, ICD, pump, implant...),
 * and GS1 UDIs written {@code (01)} + 14 digits, with any further application identifiers.
 */
final class DeviceRule implements Rule {

    private static final PhraseSet SERIAL = PhraseSet.of(
            "serial", "serials", "serial no", "serial nos", "serial number", "serial numbers", "serial #", "s/ns", "s/n", "sn", "sn#", "ser no", "lot", "lot no",
            "lot number", "lot #", "model #", "model no", "model number", "device id", "implant id", "udi",
            "udi-di", "ref #", "catalog #", "transmitter id", "transmitter", "receiver id");
    private static final PhraseSet DEVICE = PhraseSet.of(
            "device", "devices", "pacemaker", "pacer", "icd", "aicd", "implant", "implanted", "implantable", "pump",
            "insulin pump", "stimulator", "neurostimulator", "spinal cord stimulator", "cochlear", "defibrillator",
            "hearing aid", "hearing aids", "cgm", "glucose monitor", "cardiac monitor", "holter", "loop recorder",
            "ilr", "cpap", "bipap", "ventilator", "lvad", "vad", "crt-d", "crt-p", "port-a-cath", "picc", "stent",
            "prosthesis", "prosthetic", "wheelchair", "glucometer", "nebulizer", "oxygen concentrator", "shunt",
            "vns", "dbs", "omnipod", "dexcom", "libre", "interrogated", "interrogation",
            // equipment a patient takes home, lent or issued to one person
            "walker", "rollator", "cane", "crutches", "knee scooter", "mobility scooter", "power chair",
            "hospital bed", "oxygen tank", "o2 tank", "wound vac", "feeding pump", "infusion pump", "trach",
            "g-tube", "tens unit", "dentures", "brace", "apnea monitor");
    /** Lot numbers of vaccines and drugs are batch numbers shared by thousands of people. */
    private static final PhraseSet BATCH = PhraseSet.of(
            "vaccine", "vaccines", "vial", "vials", "shot", "shots", "dose", "doses", "drug", "drugs", "medication",
            "medications", "formula", "tablets", "pills", "batch");
    /** GS1 element strings: (01) GTIN-14, then optional (17) expiry, (10) lot, (11) date, (21) serial. */
    private static final Pattern GS1 = Pattern.compile(
            "\\(01\\)(\\d{14})(?:\\((?:10|11|17|21|30|240)\\)[A-Za-z0-9-]{1,20}){0,5}");
    private static final int DEVICE_WINDOW = 12;

    @Override
    public String id() {
        return "phi.device";
    }

    @Override
    public Category category() {
        return Category.PHI;
    }

    @Override
    public String summary() {
        return "Device serial numbers and UDIs: ids after serial/SN/UDI/lot near a device word, GS1 (01) UDIs.";
    }

    @Override
    public void check(Post p, Consumer<Detection> out) {
        AnalyzedPost post = (AnalyzedPost) p;
        List<Token> tokens = post.tokens();
        List<int[]> seen = new ArrayList<>();
        Matcher m = GS1.matcher(post.normalized());
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("(") || !tokens.get(i + 1).text().equals("01")) {
                continue;
            }
            m.region(tokens.get(i).start(), post.normalized().length());
            if (!m.lookingAt()) {
                continue;
            }
            int end = m.end();
            if (end < post.normalized().length() && Character.isLetterOrDigit(post.normalized().charAt(end))) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            boolean check = Validators.gtin(m.group(1));
            reasons.add("GS1 UDI: (01) device identifier" + (check ? " with a valid GTIN check digit" : ""));
            seen.add(new int[] {m.start(), end});
            out.accept(detect(post, i, m.start(), end, check ? 0.9 : 0.8, reasons));
            i = Math.max(i, post.tokenAt(end) - 1);
        }
        ContextWindow.triggeredIds(post, SERIAL, null, (trigger, length, id) -> {
            if (!ContextWindow.idLike(id, 4, 30, 3) || ContextWindow.overlaps(seen, id.start(), id.end())) {
                return;
            }
            String word = post.lowerText(tokens.get(trigger));
            boolean device = ContextWindow.phraseNear(post, DEVICE, trigger, DEVICE_WINDOW, DEVICE_WINDOW);
            List<String> reasons = new ArrayList<>();
            reasons.add("introduced by '" + ContextWindow.phraseText(post, trigger, length) + "'");
            double confidence;
            if (word.equals("lot") && ContextWindow.phraseNear(post, BATCH, trigger, DEVICE_WINDOW, DEVICE_WINDOW)) {
                confidence = 0.3;
                reasons.add("a vaccine or drug lot number, shared by many people");
            } else if (word.equals("udi") || word.equals("udi-di")) {
                confidence = 0.85;
            } else if (device) {
                confidence = 0.85;
                reasons.add("a medical device is mentioned nearby");
            } else {
                confidence = 0.4;
                reasons.add("no medical device mentioned nearby");
            }
            out.accept(detect(post, trigger, id.start(), id.end(), confidence, reasons));
        });
    }


    private static Detection detect(AnalyzedPost post, int token, int start, int end, double confidence,
            List<String> reasons) {
        if (confidence >= 0.5 && ContextWindow.patient(post, token)) {
            confidence += 0.05;
            reasons.add("patient context in the same sentence");
        }
        return new Detection(FindingType.DEVICE, start, end, confidence,
                "Contains a device serial number or UDI. An implanted or personal device's serial traces back to the patient.",
                "Remove the serial number or UDI; name the device type only.", reasons);
    }
}
