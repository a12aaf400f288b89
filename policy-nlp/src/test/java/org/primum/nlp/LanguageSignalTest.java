package org.primum.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageSignalTest {

    private final OpenNlpEntityDetector detector = new OpenNlpEntityDetector();

    @Test
    void recognisesEnglish() {
        assertThat(detector.language(Posts.analyze(
                "Long night in the emergency department, but every patient went home safe. Proud of this team!")))
                .contains("en");
    }

    @Test
    void recognisesSpanish() {
        assertThat(detector.language(Posts.analyze(
                "Recuerden vacunarse contra la gripe esta semana, nuestras clínicas abren todos los días.")))
                .contains("es");
    }

    @Test
    void recognisesFrenchAndGerman() {
        assertThat(detector.language(Posts.analyze(
                "Merci à toute l'équipe de nuit pour leur travail incroyable cette semaine à l'hôpital.")))
                .contains("fr");
        assertThat(detector.language(Posts.analyze(
                "Vielen Dank an das ganze Team der Notaufnahme für die großartige Arbeit in dieser Woche.")))
                .contains("de");
    }

    @Test
    void staysSilentOnShortPosts() {
        assertThat(detector.language(Posts.analyze("ok thanks"))).isEmpty();
        assertThat(detector.language(Posts.analyze("Gracias equipo 🙏"))).isEmpty();
        assertThat(detector.language(Posts.analyze("#MedTwitter @CDCgov https://t.co/x 👍"))).isEmpty();
    }

    @Test
    void mentionsHashtagsAndUrlsDoNotDecideTheLanguage() {
        assertThat(detector.language(Posts.analyze(
                "@DrGarcia #SaludPublica https://ejemplo.es/x thanks for sharing the new vaccine schedule with our clinic")))
                .contains("en");
    }

    @Test
    void mapsIso639Part3ToBcp47() {
        assertThat(LanguageSignal.toBcp47("eng")).isEqualTo("en");
        assertThat(LanguageSignal.toBcp47("spa")).isEqualTo("es");
        assertThat(LanguageSignal.toBcp47("cmn")).isEqualTo("zh");
        assertThat(LanguageSignal.toBcp47("pes")).isEqualTo("fa");
    }
}
