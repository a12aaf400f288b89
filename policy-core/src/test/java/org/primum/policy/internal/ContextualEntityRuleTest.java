package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primum.policy.Draft;
import org.primum.policy.FindingType;
import org.primum.policy.spi.Detection;
import org.primum.policy.spi.Entity;

class ContextualEntityRuleTest {

    private final ContextualEntityRule names = new ContextualEntityRule(FindingType.NAME);
    private final ContextualEntityRule places = new ContextualEntityRule(FindingType.LOCATION);

    @Test
    void namesInPatientSentencesFire() {
        assertThat(RuleTesting.found(names, "Pt Marisol Quintero came in with chest pain again today"))
                .containsExactly("Marisol Quintero");
        assertThat(RuleTesting.found(names, "Saw Dmitri Volkov in clinic today, his A1c is finally under 7"))
                .containsExactly("Dmitri Volkov");
    }

    @Test
    void colleaguesAuthorsAndOrganisationsDoNotFire() {
        assertThat(RuleTesting.found(names, "Dr. Marisol Quintero presents our trial results at ASH on Dec 7"))
                .isEmpty();
        assertThat(RuleTesting.found(names, "Marisol Quintero, MD, joins our cardiology team today")).isEmpty();
        assertThat(RuleTesting.found(names, "If a child swallows a battery call Poison Control right away"))
                .isEmpty();
    }

    @Test
    void placesAndBedsInPatientSentencesFire() {
        assertThat(RuleTesting.found(places, "my pt from Sheboygan came in with a cough")).contains("Sheboygan");
        assertThat(RuleTesting.found(places, "pt in bed 7 was intubated overnight")).contains("bed 7");
        assertThat(RuleTesting.found(places, "Our conference in Chicago starts Monday")).isEmpty();
    }

    @Test
    void usesEntitiesFromADetectorInPatientContext() {
        String text = "pt zhang wei came in today with pneumonia";
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text)
                .withEntities(List.of(new Entity(Entity.Label.PERSON, 3, 12, 0.8, "test")));
        List<Detection> out = new java.util.ArrayList<>();
        names.check(post, out::add);
        assertThat(out).singleElement().satisfies(d -> {
            assertThat(text.substring(d.start(), d.end())).isEqualTo("zhang wei");
            assertThat(d.reasons().get(0)).startsWith("test found a person");
        });
    }
}
