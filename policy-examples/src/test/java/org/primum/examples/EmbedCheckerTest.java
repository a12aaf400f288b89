package org.primum.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.primum.policy.Draft;

class EmbedCheckerTest {

    private final EmbedChecker app = new EmbedChecker();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);

    @Test
    void conferenceNewsIsQueued() {
        assertThat(app.decide(Draft.of("Dr. Ana Ruiz presents our trial at #ASH2026 on Dec 7."), out))
                .isEqualTo("queued for publishing");
    }

    @Test
    void patientPhoneIsRefusedWithARedactedVersion() {
        String decision = app.decide(Draft.of("my pt asked me to call her at 312-555-0148 tonight"), out);
        assertThat(decision).startsWith("refused").contains("[PHONE]").doesNotContain("555-0148");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("phi.phone");
    }

    @Test
    void personalAdviceInAReplyIsRefused() {
        Draft reply = Draft.builder("stop your statin and take 81 mg aspirin instead").replyTo("@kay_runs").build();
        assertThat(app.decide(reply, out)).startsWith("refused");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("advice.personal");
    }
}
