package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.primum.policy.Draft;
import org.primum.policy.PostChecker;
import org.primum.policy.Severity;
import org.primum.policy.spi.Detection;

/**
 * Probe sentences written for this rule (not taken from any corpus): ten posts that give one
 * reader advice and ten that educate everyone, per language. Each row is "language|post"; the
 * test first checks that the checker's language guess agrees, so a probe cannot pass by being
 * read as another language.
 */
class ForeignAdviceRuleTest {

    private final ForeignAdviceRule rule = new ForeignAdviceRule();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        es|@marta_run con lo que me cuentas de la rodilla, deja el ibuprofeno y ponte hielo, no más de 3 días.
        es|Por lo que cuentas, tu papá debería dejar la metformina hasta que le vean los riñones.
        es|Amiga, tómate 1 comprimido de amoxicilina cada 8 horas durante una semana y descansa.
        es|En tu lugar yo suspendería el enalapril con esa tos tan persistente que tienes.
        es|Lo que tiene tu hijo parece una otitis, llévalo al pediatra mañana temprano.
        es|Si a tu mamá le sube la presión a 190 esta noche, llévala a la guardia, no esperes al lunes.
        es|Con esos mareos que describes, no tomes más el losartán hasta que te tomen la tensión.
        es|Señor, sus análisis están bien: siga tomando la levotiroxina igual, 50 mcg en ayunas.
        es|Eso que me dices es una gastroenteritis de libro; toma suero oral y paracetamol cada 6 horas.
        es|Para tu hermana: que deje el antibiótico porque le dio urticaria y que vaya a urgencias hoy mismo.
        fr|@lea_b avec ta toux depuis trois semaines, arrête l'ibuprofène et prends rendez-vous chez le médecin.
        fr|Madame, d'après ce que vous décrivez, c'est une cystite : buvez beaucoup et voyez votre médecin demain.
        fr|À ta place je prendrais 400 mg d'ibuprofène le soir et je reposerais le genou pendant une semaine.
        fr|Vu ce que tu décris, emmène ton fils aux urgences ce soir, ne lui donne plus de sirop.
        fr|Avec votre tension à 18, doublez le ramipril ce matin et reprenez-la dans une heure.
        fr|Cher Paul, tu peux reprendre la metformine dès demain, tes analyses sont revenues normales.
        fr|Ne prenez plus de paracétamol avec votre foie dans cet état, et passez aux urgences dans la journée.
        fr|Tes plaques rouges qui grattent, on dirait une allergie à l'amoxicilline : arrête-la tout de suite.
        fr|Comme je vous l'ai dit ce matin, continuez le Doliprane 1 g toutes les 6 heures pendant trois jours.
        fr|Votre fille a 39,8 de fièvre : donnez-lui de l'ibuprofène maintenant et filez aux urgences si elle somnole.
        pt|@caio_rj pelo que você contou, isso é uma sinusite; tome a amoxicilina por 7 dias e faça lavagem nasal.
        pt|Senhora, com essa pressão de 19 por 12 vá ao pronto-socorro agora mesmo, não espere até amanhã.
        pt|No seu lugar eu pararia o ibuprofeno e tomaria só a dipirona para a dor.
        pt|Querida, sua filha pode tomar paracetamol de 6 em 6 horas, mas leve ela ao pediatra se a febre passar de 3 dias.
        pt|Como te falei na consulta, dobre a dose da insulina à noite e mede a glicemia de manhã.
        pt|Com essas tonturas que você descreveu, pare de tomar a losartana hoje mesmo.
        pt|Teu filho com 39 de febre há três dias: leva ele na UPA hoje à noite, não espera mais.
        pt|Eu suspenderia o antibiótico agora, pelo que você descreveu parece uma alergia.
        pt|Dona Lúcia, continue tomando o metoprolol 25 mg de manhã e volte para a consulta em um mês.
        pt|Seu exame mostra ferro baixo, então tome 1 comprimido de sulfato ferroso por dia durante três meses.
        de|@jonas_k bei Ihren Beschwerden würde ich das Ibuprofen nicht länger als eine Woche nehmen.
        de|Liebe Frau Adler, nehmen Sie das Ramipril heute Abend nicht und messen Sie morgen früh den Blutdruck.
        de|Mit diesem Fieber und dem steifen Nacken bringen Sie Ihren Sohn bitte sofort in die Notaufnahme.
        de|An Ihrer Stelle würde ich das Metformin pausieren, bis die Nierenwerte da sind.
        de|Was Sie beschreiben, klingt nach einer Gürtelrose – gehen Sie heute noch zum Hausarzt.
        de|Deine Tochter hat 39,5 Fieber: gib ihr jetzt Paracetamol-Saft, 10 ml, und ruf den Kinderarzt an.
        de|Wie besprochen erhöhen Sie das L-Thyroxin ab morgen auf 75 µg, und wir sehen uns in sechs Wochen.
        de|Bei deinen Beschwerden nimm bitte kein Diclofenac mehr, lieber Pantoprazol 20 mg am Morgen.
        de|Du hast eine Nebenhöhlenentzündung, so wie du es beschreibst, und das Nasenspray hilft dir.
        de|Sie können das Antibiotikum morgen absetzen, Ihre Werte sind wieder normal, Herr Yilmaz.
        it|@giulia.rm con quella tosse secca da due settimane sospendi il ramipril e senti il tuo medico.
        it|Signor Rossi, può riprendere l'aspirina da domani, la ferita è guarita bene.
        it|Al tuo posto smetterei subito l'ibuprofene, con la tua gastrite è un rischio inutile.
        it|Da quello che descrivi sembra una congiuntivite, quindi il collirio antibiotico va messo tre volte al giorno.
        it|Tuo figlio con 40 di febbre e quelle macchie va portato al pronto soccorso stasera, non aspettare.
        it|Cara Anna, prenda la tachipirina 1000 ogni 8 ore e beva molto per tutta la giornata.
        it|Come ti dicevo, riduci la metformina a mezza compressa la sera finché non rifacciamo gli esami.
        it|Con questi valori della pressione, raddoppi l'amlodipina e mi richiami lunedì con le misure.
        it|Il tuo bambino ha una otite, si vede dalla foto: gli dia l'amoxicillina 3 volte al giorno.
        it|Nel suo caso io andrei in pronto soccorso oggi stesso, signora, senza aspettare il medico.
        es|@lucia.corre por lo que cuentas del tobillo: hielo 15 minutos y nada de correr durante dos semanas, ¿vale?
        fr|Pour la famille de Noé : il peut reprendre l'école lundi mais pas de piscine pendant 10 jours après les points.
        pt|Sim, pode tomar o ibuprofeno com a losartana por três dias, sem problema, depois pare.
        de|Ja, Sie können das Ibuprofen mit dem Ramipril nehmen, aber höchstens 400 mg zweimal täglich.
        fr|@marc_velo suite à votre passage à la pharmacie : ibuprofène 400 mg, 3 fois par jour au maximum, pendant le repas.
        """)
    void firesOnPersonalAdvice(String language, String text) {
        assertThat(language(text)).isEqualTo(language);
        assertThat(found(text)).as("advice in '%s'", text).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        es|Recuerda que la vacuna de la gripe es gratuita para los mayores de 65 años en todos los centros de salud.
        es|Si tienes dolor en el pecho que no se va, ve a urgencias o llama al 112 sin dudarlo.
        es|El ibuprofeno puede irritar el estómago; consulte a su médico si lo toma durante varias semanas.
        es|La amoxicilina es un antibiótico que no sirve contra los virus del resfriado común.
        es|Nuestra farmacia abre el sábado de 9 a 14 h para recoger las recetas de la semana.
        es|Hoy en la charla hablamos de cómo se ajusta la dosis de metformina en la enfermedad renal.
        es|¿Tu hijo tiene fiebre? Dale paracetamol según su peso y vigila si está decaído o no come.
        es|Los antibióticos no se deben tomar sin receta: pregunta a tu farmacéutico antes de usarlos.
        es|Mi madre toma metformina desde hace años y le va genial con la dieta y el paseo diario.
        es|La dosis máxima de paracetamol en adultos es de 4 g al día, repartida cada 6 horas.
        fr|Rappel : la campagne de vaccination contre la grippe commence lundi dans toutes nos pharmacies.
        fr|Si vous avez une douleur dans la poitrine qui dure, appelez le 15 sans attendre.
        fr|L'ibuprofène est déconseillé pendant la grossesse : parlez-en à votre médecin ou à votre pharmacien.
        fr|Bravo au Dr Karim Haddad pour son prix au congrès de Bordeaux et pour son travail avec les internes !
        fr|Les antibiotiques ne soignent pas les virus. Le paracétamol soulage la fièvre chez la plupart des enfants.
        fr|Notre service de pédiatrie recrute deux infirmières pour la rentrée, envoyez vos candidatures.
        fr|Votre enfant a de la fièvre ? Donnez-lui du paracétamol selon son poids et surveillez-le bien.
        fr|Mon père prend du ramipril depuis dix ans et il se porte très bien avec son régime.
        fr|Quand un enfant a plus de 40 de fièvre, il est important de consulter rapidement un médecin.
        fr|La dose de paracétamol chez l'adulte est de 1 g toutes les 6 heures, sans dépasser 4 g par jour.
        pt|Campanha de vacinação contra a gripe começa segunda-feira em todas as UBS da cidade.
        pt|Se você tiver dor forte no peito, ligue 192 ou vá ao pronto-socorro mais próximo.
        pt|A dipirona é um analgésico muito usado no Brasil, mas é proibida em alguns países.
        pt|Nunca tome antibiótico sem receita: procure sempre um médico ou um farmacêutico da sua confiança.
        pt|Meu pai toma metformina faz anos e nunca teve problema nenhum com o remédio.
        pt|A dose habitual de paracetamol para adultos é de 500 mg a cada 6 horas, no máximo 4 g por dia.
        pt|Sua criança está com febre? Dê paracetamol conforme o peso e observe se ela melhora.
        pt|Nosso hospital abriu uma nova ala de pediatria com 20 leitos e uma brinquedoteca.
        pt|Quando o bebê tiver febre alta, leve ao pediatra no mesmo dia para uma avaliação.
        pt|Obrigada à equipe da UTI pelo cuidado com todos os nossos pacientes neste ano difícil.
        de|Lassen Sie sich jetzt gegen Grippe impfen – die Impfung ist für alle über 60 kostenlos.
        de|Bei starken Brustschmerzen rufen Sie sofort die 112 an und warten Sie nicht ab.
        de|Ibuprofen kann den Magen reizen; fragen Sie Ihren Arzt, wenn Sie es länger nehmen.
        de|Herzlichen Dank an Prof. Dr. Weber für den tollen Vortrag, wir sehen uns beim Kongress in Hamburg!
        de|Antibiotika helfen nicht gegen Viren, das ist wichtig für die ganze Familie zu wissen.
        de|Meine Mutter nimmt seit Jahren Metformin und ist damit sehr zufrieden.
        de|Die übliche Dosis von Paracetamol für Erwachsene ist 500 mg alle 6 Stunden.
        de|Hat Ihr Kind Fieber? Geben Sie ihm Paracetamol nach Körpergewicht und beobachten Sie es gut.
        de|Unsere Station sucht ab sofort eine Stationsleitung in Vollzeit, wir freuen uns auf die Bewerbung.
        de|Wenn Ihr Kind hohes Fieber hat, gehen Sie mit ihm zum Kinderarzt und nicht in die Notaufnahme.
        it|Vaccinatevi contro l'influenza: la campagna vaccinale è gratuita per tutti gli over 65.
        it|In caso di dolore al petto che non passa, chiami subito il 118 e non si metta alla guida.
        it|L'ibuprofene può dare problemi allo stomaco, chieda al suo medico prima di usarlo a lungo.
        it|Complimenti alla dottoressa Chiara Fabbri per la sua relazione al congresso di Bologna!
        it|Gli antibiotici non servono contro il raffreddore, che è causato da un virus.
        it|Mia madre prende il ramipril da anni e la pressione è sempre perfetta con la dieta.
        it|La dose abituale di paracetamolo negli adulti è di 1 g ogni 8 ore, non di più.
        it|Tuo figlio ha la febbre? Dagli il paracetamolo in base al peso e tienilo idratato.
        it|Il nostro reparto cerca infermieri per i turni estivi, scriveteci per un colloquio!
        it|Se il tuo bambino ha la febbre alta, portalo dal pediatra per una visita nello stesso giorno.
        es|¿Se puede tomar ibuprofeno con el enalapril? En general sí, pero pregunta a tu farmacéutico.
        fr|Après une entorse, pas de sport pendant deux semaines en général : c'est la règle pour tout le monde.
        pt|Nada de exercício por 2 semanas depois de uma cirurgia de hérnia é a recomendação habitual, gente.
        """)
    void staysSilentOnEducationAndNews(String language, String text) {
        assertThat(language(text)).isEqualTo(language);
        assertThat(found(text)).as("no advice in '%s'", text).isEmpty();
    }

    /**
     * Second-round probes, again written for the rule: forms the first round did not use (a greeting
     * with a name, reassurance to one reader, a verdict that opens its sentence, "you should" without
     * its verb next to it, a weekday or "this week" as the time, creams and drops, a condition only
     * after the order, a referral after the reader's own case) and education in the same words.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        es|Marta, puedes seguir con el omeprazol una semana más y luego lo dejas.
        fr|Bonjour Claire, vous pouvez reprendre votre Kardégic dès demain matin, la coloscopie s'est bien passée.
        fr|Pas besoin d'aller aux urgences pour ça, ta cheville va bien ; glace et repos pendant une semaine.
        it|Signora, può riprendere la cardioaspirina domani mattina, l'esame è andato bene.
        es|Deberías ir al médico hoy, eso que tienes en la pierna no es normal.
        fr|Ça, c'est une conjonctivite. Mets le collyre trois fois par jour et lave-toi bien les mains.
        pt|Isso parece alergia ao sabonete novo. Para de usar e passa a pomada de hidrocortisona duas vezes por dia.
        pt|Tá com cara de virose. Muito líquido, repouso e dipirona se a febre passar de 38.
        de|Du solltest das Antibiotikum auf keinen Fall vorzeitig absetzen, nimm es bis Sonntag weiter.
        de|Klingt nach einem Hexenschuss. Wärme, Bewegung und bei Bedarf 400 mg Ibuprofen, maximal dreimal am Tag.
        it|Sembra una tendinite. Ghiaccio, riposo e niente palestra per due settimane.
        es|Tranquila, eso es normal la primera semana. Sigue poniéndote la crema dos veces al día y en 10 días lo vemos.
        es|Tómate el antibiótico hasta el final aunque ya te encuentres mejor, y nada de alcohol esta semana.
        fr|Pour votre toux, il faudrait arrêter le ramipril dès ce soir, et appelez votre médecin lundi pour en changer.
        pt|Toma a amoxicilina hoje à noite e, se a febre não baixar até amanhã, volta aqui no posto.
        fr|C'est normal cette nausée la première semaine sous metformine, continue à la prendre au repas.
        fr|Ne t'inquiète pas pour les crampes, continue de le prendre le soir avec le repas, ce lévothyrox.
        """)
    void firesOnPersonalAdviceInLooserForms(String language, String text) {
        assertThat(language(text)).isEqualTo(language);
        assertThat(found(text)).as("advice in '%s'", text).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        es|Es una infección muy común en verano: la otitis externa. Para prevenirla, seca bien los oídos después de nadar.
        fr|C'est une maladie fréquente chez l'enfant, la varicelle : voici les signes à surveiller.
        es|Parece mentira, pero la diabetes tipo 2 se puede prevenir con ejercicio y dieta.
        fr|Cette semaine, atelier sur le diabète à la maison de santé : venez nombreux, entrée libre.
        pt|Você sabia? Pomada de corticoide não deve ser usada no rosto por longos períodos sem orientação médica.
        fr|Si vous prenez un anticoagulant, ne prenez jamais d'ibuprofène sans avis médical.
        es|Si tienes fiebre alta y rigidez de nuca, ve a urgencias de inmediato. Comparte este mensaje.
        de|Wir suchen ab sofort eine Pflegefachkraft für die Notaufnahme, bewerben Sie sich bis Montag.
        it|Buongiorno a tutti! Lunedì la giornata mondiale del diabete: misurate la glicemia in farmacia.
        es|Hola a todos, este sábado charla sobre la hipertensión en el centro de salud, ¡os esperamos!
        es|Tranquilos todos: la campaña de vacunación sigue abierta hasta marzo.
        fr|C'est normal d'être fatigué après un vaccin : reposez-vous et buvez de l'eau.
        """)
    void staysSilentOnEducationInTheSameWords(String language, String text) {
        assertThat(language(text)).isEqualTo(language);
        assertThat(found(text)).as("no advice in '%s'", text).isEmpty();
    }

    @Test
    void englishPostsAreLeftToTheEnglishRule() {
        String text = "Take 2 tablets of ibuprofen every 8 hours for your knee and rest it this week.";
        assertThat(language(text)).isEqualTo("en");
        assertThat(found(text)).isEmpty();
    }

    @Test
    void aDeclaredLanguageIsUsedForShortPosts() {
        String text = "Não tome ibuprofeno, só dipirona.";
        AnalyzedPost guessed = AnalyzedPost.analyze(Draft.of(text), text);
        assertThat(guessed.language()).isNotEqualTo("pt"); // too few function words to tell
        Draft declared = Draft.builder(text).language("pt-BR").replyTo("@ana").build();
        AnalyzedPost post = AnalyzedPost.analyze(declared, text);
        assertThat(post.language()).isEqualTo("pt");
        List<Detection> out = new ArrayList<>();
        rule.check(post, out::add);
        assertThat(out).singleElement().satisfies(d -> assertThat(text.substring(d.start(), d.end()))
                .startsWith("Não tome ibuprofeno"));
    }

    @Test
    void theCheckerKeepsTheLanguageWarningAndAddsAnAdviceFinding() {
        PostChecker checker = PostChecker.builder().discoverServices(false).build();
        var result = checker.check("Señora, con esa presión tan alta que me cuenta, váyase a urgencias ahora mismo y no espere a la tarde.");
        assertThat(result.has("lang.unsupported")).isTrue();
        assertThat(result.has(ForeignAdviceRule.ID)).isTrue();
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals(ForeignAdviceRule.ID))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCK));
    }

    @Test
    void stemsFoldAccentsAndDropElidedArticles() {
        assertThat(ForeignAdviceRule.Stems.fold("ibuprofène")).isEqualTo("ibuprofene");
        assertThat(ForeignAdviceRule.Stems.fold("gürtelrose")).isEqualTo("gurtelrose");
        assertThat(ForeignAdviceRule.Stems.stripElision("dell'antibiotico")).isEqualTo("antibiotico");
        assertThat(ForeignAdviceRule.Stems.stripElision("l'ibuprofène")).isEqualTo("ibuprofène");
        assertThat(ForeignAdviceRule.Stems.stripElision("aujourd'hui")).isEqualTo("aujourd'hui");
        for (String drug : List.of("Ibuprofeno", "l'ibuprofène", "Ibuprofen", "ibuprofene", "Amoxicilina",
                "Antibiotikum", "antibiotique", "dell'antibiotico", "Paracétamol")) {
            AnalyzedPost post = AnalyzedPost.analyze(Draft.of(drug), drug);
            assertThat(ForeignAdviceRule.DRUG_STEMS.match(post, 0)).as(drug).isNotNull();
        }
        for (String word : List.of("farmacia", "parada", "ibu", "anti")) {
            AnalyzedPost post = AnalyzedPost.analyze(Draft.of(word), word);
            assertThat(ForeignAdviceRule.DRUG_STEMS.match(post, 0)).as(word).isNull();
        }
    }

    private static String language(String text) {
        return AnalyzedPost.analyze(Draft.of(text), text).language();
    }

    private List<String> found(String text) {
        return RuleTesting.found(rule, text);
    }
}
