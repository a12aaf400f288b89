package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.PostChecker;
import org.primum.policy.Verdict;

/**
 * Probe posts (written for these rules, not taken from any corpus) for Spanish, French, Portuguese,
 * German and Italian replies that greet a reader by name and speak of their own procedure or chart,
 * for a patient's job, town and age together ("il fornaio di Montepulciano, 71 anni"),
 * for licence plates after the language's word for a plate or a registered car, and for record and
 * French social security numbers. Each row is
 * "language|post|span"; the language guess is checked first.
 */
class ForeignRepliesAndIdentifiersTest {

    private static final PostChecker CHECKER = PostChecker.builder().discoverServices(false).build();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        es|Hola Beatriz, sentimos mucho que la espera antes de tu biopsia fuera tan larga.|Beatriz
        de|Liebe Frau Berger, danke für die lieben Worte – schön, dass Ihre Hüft-OP so gut verheilt ist.|Berger
        pt|Obrigado, dona Lurdes, pelas palavras! Que bom que a sua prótese do joelho está firme.|Lurdes
        fr|Merci Mme Perrin pour votre message, ravis que votre coloscopie se soit bien passée.|Perrin
        es|Se busca al dueño del coche con matrícula 7312 FJK aparcado en la entrada de urgencias, su madre ya está ingresada.|7312 FJK
        fr|La Peugeot immatriculée GH-715-PL bloque l'accès des ambulances, son propriétaire est au bloc depuis hier.|GH-715-PL
        de|Das Kennzeichen HH-AB 1234 steht seit gestern vor der Notaufnahme, der Fahrer liegt bei uns auf Station 3.|HH-AB 1234
        it|Il proprietario dell'auto targata FK 482 LM è pregato di spostarla: sua moglie è in sala parto.|FK 482 LM
        fr|Mon patient m'a confié sa carte Vitale, numéro 1 78 05 99 123 045 82, pour compléter le dossier.|1 78 05 99 123 045 82
        de|Bitte den Befund zu Fallnr. 2023-114520 nachreichen, der Patient liegt noch auf Station 2.|2023-114520
        es|Hola Marisa, lamentamos la espera. Revisando su ficha vemos que la ecografía quedó sin informe y le llamamos hoy.|Marisa
        it|Vi mando il referto della risonanza di Marco Bellini alla mail marco.b@example.com come richiesto in ambulatorio.|marco.b@example.com
        pt|Encaminhei o laudo da biópsia de Joana Prates para o e-mail joanap@example.com, como ela pediu.|joanap@example.com
        it|Ieri sera è arrivato in pronto soccorso il fornaio di Montepulciano, 71 anni, con un infarto. In paese lo sapranno tutti.|fornaio di Montepulciano, 71
        es|Esta mañana atendí al panadero de Almagro, 58 años, con un ictus muy aparatoso.|panadero de Almagro, 58
        de|Heute Nacht kam der Bürgermeister aus Bad Tölz, 64 Jahre, mit einem Herzinfarkt zu uns in die Notaufnahme.|Bürgermeister aus Bad Tölz, 64
        es|@luz.runner qué alegría atenderte ayer, esa rodilla va a quedar perfecta y nos vemos en un mes 💪|@luz.runner
        """)
    void blocks(String language, String text, String span) {
        assertThat(AnalyzedPost.analyze(Draft.of(text), text).language()).isEqualTo(language);
        CheckResult result = CHECKER.check(text);
        assertThat(result.verdict()).as("verdict of '%s': %s", text, result.findings()).isEqualTo(Verdict.BLOCK);
        assertThat(result.findings()).extracting(f -> f.matchedText(text)).as(text).contains(span);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr|Merci Mme Lambert pour votre conférence sur la BPCO au congrès de Lyon, passionnant !
        es|Hola a todos, gracias por vuestros mensajes: la campaña de vacunación de la gripe empieza el lunes.
        es|La matrícula del curso de RCP cuesta 40 euros y el plazo cierra el 3 de marzo.
        de|Liebe Kolleginnen und Kollegen, danke für die lieben Worte zu meinem Abschied nach 30 Jahren Station.
        it|Ciao a tutti! Grazie per le belle parole sul nostro nuovo ambulatorio di cardiologia.
        es|El alcalde de Soria anunció en rueda de prensa que le operan de cadera la semana que viene. ¡Ánimo!
        fr|Le boulanger de Vézelay fête ses 40 ans de métier : bravo et merci pour le pain !
        it|Campagna vaccinale: tutti gli over 65 di Cortona possono prenotare dal farmacista.
        es|Si tienes entre 50 y 69 años y vives en Logroño, haz el test de sangre oculta cuando te llegue la carta.
        es|Nuevo curso sobre la diabetes de Castilla y León: escribid a cursos@example.org para inscribiros.
        fr|Le numéro du standard de la clinique est le 1 23 45 67 890 123 45, appelez entre 9h et 17h.
        es|Recuerda traer tu tarjeta sanitaria y tu ficha de vacunación a la campaña del sábado en el centro de salud.
        """)
    void doesNotBlock(String language, String text) {
        assertThat(AnalyzedPost.analyze(Draft.of(text), text).language()).isEqualTo(language);
        CheckResult result = CHECKER.check(text);
        assertThat(result.verdict()).as("verdict of '%s': %s", text, result.findings()).isNotEqualTo(Verdict.BLOCK);
    }

    @Test
    void anElidedWordIsReadWithoutItsArticle() {
        assertThat(Signals.elided("l'accouchement")).isEqualTo("accouchement");
        assertThat(Signals.elided("dall'ospedale")).isEqualTo("ospedale");
        assertThat(Signals.elided("aujourd'hui")).isNull(); // one word, no article
        assertThat(Signals.elided("o'brien")).isNull();
    }
}
