package org.primum.examples.flink;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.flink.api.common.functions.MapFunction;
import org.primum.cli.report.JsonReport;

/**
 * A generated stream of posts for demos and load: element {@code n} becomes a JSON post built from
 * a fixed set of templates (education, conference news, a patient's phone number, personal advice,
 * a reply to a patient), so the mix of verdicts is repeatable.
 */
public final class SyntheticPosts implements MapFunction<Long, String> {

    private static final long serialVersionUID = 1L;

    record Template(String text, String replyTo) {}

    static final List<Template> TEMPLATES = List.of(
            new Template("Flu shots are available at all our clinics from Monday. Bring your insurance card.", null),
            new Template("Our team presents new heart-failure data at the cardiology congress on Friday, "
                    + "booth 12. Come say hi!", null),
            new Template("Statins lower LDL cholesterol by 30-50% in most trials; ask your doctor whether one "
                    + "suits you.", null),
            new Template("Pt called from 312-555-%04d after her visit today, can someone call her back?", null),
            new Template("You should stop taking your metformin and double your insulin tonight.", "@sam_r"),
            new Template("Congrats to Dr. Lee on the new pediatric wing opening next month!", null));

    @Override
    public String map(Long n) {
        Template t = TEMPLATES.get((int) (n % TEMPLATES.size()));
        ObjectNode o = JsonReport.MAPPER.createObjectNode();
        o.put("id", "gen-" + n);
        o.put("text", t.text().contains("%04d") ? String.format(t.text(), 100 + n % 9000) : t.text());
        if (t.replyTo() != null) {
            o.put("replyTo", t.replyTo());
        }
        return o.toString();
    }
}
