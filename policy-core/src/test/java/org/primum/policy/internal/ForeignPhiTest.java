package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Finding;
import org.primum.policy.PostChecker;
import org.primum.policy.Verdict;

/**
 * Probe posts written for the non-English patient cues (not taken from any corpus): posts about
 * one patient that must block, with the text of one span that must be among the findings, and
 * clean posts (campaigns, staff and conference news, colleagues) that may warn but never block.
 * Each row is "language|post|span"; the language guess is checked first, so a probe cannot pass
 * by being read as another language.
 */
class ForeignPhiTest {

    private static final PostChecker CHECKER = PostChecker.builder().discoverServices(false).build();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        es|Esta mañana ingresó en planta don Eusebio, de Valdepeñas, con el azúcar por las nubes.|Eusebio
        es|Mi paciente de la habitación 308 cumple hoy noventa y cuatro años y nos ha pedido churros.|noventa y cuatro
        es|Le dimos el alta a la señora Quintana el 14 de febrero tras su prótesis de rodilla.|14 de febrero
        es|Atendimos anoche a un hombre de 47 años de Alcañiz tras un accidente con el tractor.|Alcañiz
        fr|Mme Leclercq, lit 6, a fêté ses quatre-vingt-dix-huit ans dans le service ce week-end.|quatre-vingt-dix-huit
        fr|Notre patiente de Montbrison est sortie de réa le 2 avril, après trois semaines intubée.|Montbrison
        fr|J'ai opéré hier M. Garnier, 93 ans, de sa hanche : il marchait déjà ce matin !|Garnier
        fr|Une pensée pour Madame Roussel, chambre 17, qui attend sa greffe depuis des mois.|Roussel
        pt|Seu Benedito, do leito 12, recebeu alta hoje depois de 20 dias internado com pneumonia.|Benedito
        pt|Nossa paciente de Garanhuns completou noventa e dois anos aqui na enfermaria ontem.|noventa e dois
        pt|Internamos a Dona Cida no dia 3 de julho, depois da queda em casa. Já está melhor!|3 de julho
        pt|O senhor Epitácio, de 91 anos, fez a cirurgia de catarata e já voltou pra Caruaru.|91
        de|Frau Brunnhuber aus Zimmer 9 hat gestern ihre Chemo gut vertragen und ist entlassen.|Brunnhuber
        de|Unser Patient aus Wolfratshausen wurde am 21. Mai auf der Intensivstation aufgenommen.|21. Mai
        de|Herr P., Bett 4, feiert heute bei uns auf Station seinen 96. Geburtstag.|96
        de|Unsere Bewohnerin ist dreiundneunzig Jahre alt und hat die OP prima überstanden.|dreiundneunzig
        it|La signora Ferrazzi, stanza 14, è stata dimessa stamattina dopo l'intervento al femore.|Ferrazzi
        it|Il nostro paziente di Chioggia è stato ricoverato il 9 marzo per una polmonite.|Chioggia
        it|Il sig. Manfredi ha compiuto novantasei anni in reparto, torta e candeline per tutti!|novantasei
        it|Ricoverata ieri la Sig.ra Zanetti, 94 anni, dopo una caduta in casa.|Zanetti
        es|Llamad a la hija de la paciente de la cama 9 al 622 45 78 90, quiere hablar con el médico.|622 45 78 90
        pt|O Seu Nivaldo, do prontuário 774120, ainda está aguardando vaga na UTI.|774120
        de|Der Patient mit der Fallnummer 20231187 wartet auf Station 4 auf die Verlegung.|20231187
        it|Il paziente con codice fiscale BNCLGU60A01F205X è in attesa del ricovero in reparto.|BNCLGU60A01F205X
        """)
    void blocksPatientDetails(String language, String text, String span) {
        assertThat(language(text)).isEqualTo(language);
        CheckResult result = CHECKER.check(text);
        assertThat(result.verdict()).as("verdict of '%s': %s", text, result.findings()).isEqualTo(Verdict.BLOCK);
        assertThat(result.findings()).extracting(f -> f.matchedText(text)).as(text).contains(span);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        es|Enhorabuena a nuestra compañera la Dra. Belén Ortiz por su plaza en el Hospital de Valdepeñas.
        es|Jornada de puertas abiertas en el centro de salud de Alcañiz el 12 de marzo: mide tu tensión gratis.
        es|La vacuna de la gripe está recomendada para mayores de 65 años y embarazadas. Pide cita hoy.
        fr|Félicitations à notre collègue infirmière Claire Dumas, qui part à la retraite après 30 ans de service.
        fr|Congrès de gériatrie à Montbrison le 2 avril : inscriptions ouvertes pour les internes.
        fr|Dépistage du cancer du sein : dès 50 ans, une mammographie tous les deux ans. Parlez-en à votre médecin.
        pt|Parabéns à nossa colega enfermeira Sandra Lopes pelos 25 anos de dedicação ao hospital!
        pt|Campanha de vacinação em Garanhuns a partir de 3 de julho para pessoas com mais de 60 anos.
        pt|Palestra sobre diabetes no auditório do hospital na quinta, às 14h. Traga sua família!
        de|Herzlichen Glückwunsch an unsere Kollegin Dr. Miriam Hofer: sie ist ab sofort Oberärztin bei uns in Wolfratshausen.
        de|Impfkampagne: Alle über 60 Jahre können sich ab dem 21. Mai in der Praxis impfen lassen.
        de|Fortbildung zur Sturzprophylaxe am Mittwoch um 14 Uhr im Seminarraum der Klinik.
        it|Congratulazioni alla collega Dott.ssa Elena Ricci per il nuovo incarico in reparto!
        it|Convegno regionale di cardiologia a Chioggia il 9 marzo: le iscrizioni sono aperte fino al 20 febbraio.
        it|Vaccino antinfluenzale gratuito per chi ha più di 65 anni: prenota dal tuo medico.
        """)
    void letsCleanPostsPassOrWarn(String language, String text) {
        assertThat(language(text)).isEqualTo(language);
        CheckResult result = CHECKER.check(text);
        assertThat(result.verdict()).as("verdict of '%s': %s", text, result.findings()).isNotEqualTo(Verdict.BLOCK);
    }

    @Test
    void readsAgesInWords() {
        assertThat(number("es", "noventa y tres")).containsExactly(93, 3);
        assertThat(number("pt", "noventa e um")).containsExactly(91, 3);
        assertThat(number("fr", "quatre-vingt-quinze")).containsExactly(95, 1);
        assertThat(number("fr", "soixante-et-onze")).containsExactly(71, 1);
        assertThat(number("de", "einundneunzig")).containsExactly(91, 1);
        assertThat(number("it", "novantotto")).containsExactly(98, 1);
        assertThat(number("it", "novantatré")).containsExactly(93, 1);
        assertThat(number("es", "cuatro")).containsExactly(4, 1);
        assertThat(number("es", "novedad")).isNull();
        assertThat(number("de", "undneunzig")).isNull();
    }

    @Test
    void readsTitlesRoomsAndMonthsOnlyInTheirLanguage() {
        AnalyzedPost spanish = post("es", "la Sra. Gil en la hab. 12 desde el 3 de marzo");
        assertThat(ForeignPhi.title(spanish, 1)).isEqualTo(2);
        assertThat(ForeignPhi.roomEnd(spanish, 6)).isEqualTo(9);
        assertThat(ForeignPhi.month(spanish, spanish.tokens().get(13))).isEqualTo(3);
        AnalyzedPost english = post("en", "the box 12 by the door, see you in marzo");
        assertThat(ForeignPhi.room(english, 1)).isFalse();
        assertThat(ForeignPhi.month(english, english.tokens().get(10))).isZero();
        assertThat(ForeignPhi.of(english)).isNull();
    }

    @Test
    void englishPostsDoNotReadForeignCues() {
        String text = "Our bilingual nurses hear 'mi paciente' and 'habitación 12' all day: join the free Spanish "
                + "class for staff on Tuesday.";
        assertThat(language(text)).isEqualTo("en");
        assertThat(CHECKER.check(text).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aNameSpelledLikeAMedicineIsStillAName() {
        String text = "Hoy operamos a doña Remedios de la cadera y ya está sentada en el sillón.";
        List<Finding> names = CHECKER.check(text).findings().stream().filter(f -> f.ruleId().equals("phi.name")).toList();
        assertThat(names).extracting(f -> f.matchedText(text)).containsExactly("Remedios");
    }

    private static String language(String text) {
        return AnalyzedPost.analyze(Draft.of(text), text).language();
    }

    private static AnalyzedPost post(String language, String text) {
        return AnalyzedPost.analyze(Draft.builder(text).language(language).build(), text);
    }

    private static List<Integer> number(String language, String words) {
        int[] n = ForeignPhi.numberWords(post(language, words), 0);
        return n == null ? null : List.of(n[0], n[1]);
    }
}
