package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primum.policy.Draft;

class AdviceRuleTest {

    private final AdviceRule rule = new AdviceRule();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "@mo_lifts you should stop the atorvastatin for a couple of weeks and see if the cramps go",
        "honestly I'd double your sertraline before giving up on it",
        "from your photo that's definitely cellulitis, take cephalexin 500mg four times a day",
        "take 2 tablets of ibuprofen every 8 hours for your knee and rest it",
        "sounds like shingles to me, you need to ask for valacyclovir today",
        "you can restart your apixaban tomorrow morning now that the bleeding stopped",
        "based on your labs you must cut your metformin in half",
    })
    void firesOnPersonalAdvice(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Get your flu shot this week! Walk-in clinics open until 6pm",
        "If you have crushing chest pain, call 911. Don't drive yourself.",
        "In the trial, 81 mg aspirin cut strokes by 12% but bleeding went up.",
        "Talk to your doctor about whether a statin is right for you.",
        "Patients with AFib should ask their doctor about anticoagulation.",
        "Never stop prednisone suddenly without your prescriber's plan.",
        "New guideline: adults 45+ should start colorectal cancer screening.",
        "Myth: if you miss a dose, double the next one. Fact: check the leaflet.",
    })
    void staysSilentOnEducation(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // permission and reassurance to one reader
        "you're cleared to swim again next week now that your incision has closed",
        "Nope, you don't need to redo the glucose test for that, your numbers were fine",
        "hey friend, you're ok to skip the second dose of the antibiotic for one day",
        // instructions once the post answers one person
        "yes you can go up to 150 mg on the venlafaxine from Friday, keep the rest of the schedule",
        "@dee_bakes keep that ankle up and ice it 20 minutes at a time, no running this week",
        "don't give him any more ibuprofen tonight, he's had four doses since noon",
        "at 36 weeks you should head to triage now if the fluid is still leaking, hon",
        "that finger sounds infected, see someone today",
    })
    void firesOnPermissionInstructionAndVerdicts(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Flu shots are in! You should get yours before the holidays, walk-ins welcome Mon-Fri.",
        "Stroke signs? Face drooping, arm weakness, speech trouble: call your provider or 911 right away.",
        "Don't change your dose without talking to your doctor first.",
        "busy night on the unit, so much RSV. wash your hands everyone",
        "@pharma_prof great thread, keep me posted on the follow-up paper!",
        "You don't need to fast before most cholesterol tests anymore, says the new guideline.",
        "If your child has a fever over 104, take them to the ER.",
    })
    void staysSilentOnBroadcastsAndReferrals(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @Test
    void aReplyRaisesConfidenceAndSaysWhy() {
        String text = "stop your statin and take 81 mg aspirin instead";
        AnalyzedPost post = AnalyzedPost.analyze(Draft.builder(text).replyTo("@kay_runs").build(), text);
        var found = new java.util.ArrayList<org.primum.policy.spi.Detection>();
        rule.check(post, found::add);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(found.get(0).reasons()).contains("reply to a person");
        assertThat(found.get(0).suggestion()).contains("talk with your own clinician");
    }
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the reader's own medicine after a permission
        "You are ok to take naproxen alongside your amlodipine for this flare, just a few days",
        // "for your X:" then care steps; someone of the reader's with a possessive
        "For your hamstring strain: tape it, ice it twice a day and no sprinting until the bruise fades",
        "For your little one's earache: lay her propped up and give 5 ml of the children's ibuprofen",
        // arrow notation for a verdict on described symptoms
        "burning when peeing + back pain in your wife -> likely a kidney infection, she needs to be seen",
        // after-care reminders in a reply
        "@milo_runs so glad the new cast fits! Remember to keep it dry and elevate that wrist tonight",
        // a dose for the reader's situation in an answer
        "yes, your daughter can have amoxicillin 45 mg/kg/day for that ear, split twice daily",
        // a preventive shot the post advises one person about
        "if I were you I'd get the shingles vaccine now, given your mom's history with it",
        // restrictions, "time to", waiting, a regimen of the reader's, "as prescribed" to one named patient
        "@kai.surfs the sutures come out Monday, so no paddling out until then 🏄",
        "since you asked: your glucose log looks steady, so it's time to stop the glipizide",
        "You can hold off on the ER for the jammed finger if it still bends and the swelling is going down",
        "your levothyroxine dose looks too low for those symptoms — go up by 25 mcg and recheck in six weeks",
        "Ms. Adeyemi, the biopsy site looks great. Keep applying the mupirocin as directed until it closes.",
        // the same "never" said to one reader is theirs
        "@dana_t since you asked: never skip your son's inhaler on game days, his asthma is not controlled yet.",
        // an opening question with the reader's own reading is their case
        "BP 190/110 with a headache? Go to the ER now, don't take another pill and wait.",
        // the reader's age, a drug they're taking, an arrow to a plan, a test they need, "take him ... now"
        "You're 72 and on two BP meds, so yes, go get the shingles vaccine at the pharmacy this week.",
        "You're taking 10 mg of zolpidem every night now; drop to 5 mg for a week, then stop.",
        "fever 39 + stiff neck in your teen = take her to the ER tonight, don't wait for the clinic",
        "Weight loss, night sweats and a cough for six weeks is not allergies. You need a chest x-ray this week.",
        "He's 4 and pulled out his stitches?? Take him back to urgent care now, they need to be redone.",
    })
    void firesOnOwnMedicineRemindersAndArrowVerdicts(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // preventive care said to everyone, even in an answer form
        "Yep, you should get your flu vaccine this fall. Everyone over 6 months qualifies, no appointment needed.",
        // affection, not a dose
        "Congrats on the new baby, Tess! Give little Omar a big squeeze from the whole L&D crew after that long labor",
        // "wait" as surprise
        "re: the INR callback list... wait is this the group chat?? ignore me 🙈",
        // a clinic's page, not a person of the reader's
        "Quick poll for practice managers: someone tags your clinic's page about their scan results. Do you answer?",
        // "anyone" as object, not population framing, still needs an addressee to be advice
        "Our pharmacy can't call anyone back after 6 pm, sorry! Leave a message about refills.",
        // a bare "Yes," answer form is how broadcasts talk too
        "Yes, you should get a pneumonia vaccine after 65! Ask at the front desk this month.",
        // a farewell, not bed rest
        "Mrs. Ortiz from our infusion chair 4 crowd passed last week after 9 years of chemo. Rest easy, dear friend.",
        // a symptom in a hypothetical is a safety net, not a verdict
        "Hives after a bee sting? If your lips swell or you have chest tightness, call 911 right away.",
        // a standing rule with "never" or "always", said to everyone
        "Sick-day rules for anyone on insulin: never stop your long-acting insulin, even when you can't eat.",
        // an opening question that picks an audience
        "Heading to the mountains this winter? Pack 2 days of extra meds and start acetazolamide a day before you climb.",
        "Pollen season again? Start your nasal steroid spray 2 weeks early, it works best before symptoms peak.",
        // a question, a trial result, a saved tip, a provider of the reader's, "while you're on it"
        "Do you need a bone density scan? Most women should have one at 65, earlier with risk factors.",
        "Our trial results are out: 300 adults randomized to morning vs evening statins, no difference. Take it when you'll remember.",
        "Heads up if you have a colonoscopy soon: don't eat seeds or nuts for 3 days before, the prep sheet explains why.",
        "Save this 📌 Toddlers with a fever over 104 should be seen the same day — ER or your pediatrician's nurse line.",
        "Methotrexate is weekly, not daily. Avoid alcohol while you're on it and get labs as your team schedules them.",
        // "as prescribed" to everyone is a referral
        "Heart month tip: keep taking your statin as prescribed even when your numbers look good.",
        // "no parking until" is no activity barred for a patient
        "Reminder for staff: no parking in the ambulance bay until the resurfacing is finished Friday.",
    })
    void staysSilentOnPreventiveBroadcastsAndGestures(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // "if you have X" is everyone with X; an answer word before a myth is no answer to one reader
        "If you have asthma and catch a cold, expect your inhaler use to go up for a week and write down your peak flows.",
        "No, cold weather doesn't give you the flu. Keep washing your hands and take vitamin C if you like.",
        // "they don't change", "most take 4 to 6 weeks to work": statements, not orders
        "Since you asked about sertraline: pills like it don't change who you are, and most take 4 to 6 weeks to work.",
        "Antibiotics for sinusitis take 3 days to help, so be patient.",
        // "talking to whoever prescribed it" calls no reader; a thread's "2/" is no reading of the reader's
        "Antidepressants work slowly; most take 4-6 weeks to work, so talk to whoever prescribes yours before you give up on one.",
        "1/ Gout basics: uric acid crystals settle in your joints for years.\n2/ Flares usually hit the big toe first.\n"
                + "3/ Colchicine works best early, so don't sit on a flare.",
        // a refrain of "You should ..." is a list for everyone; "drop your ..." is no dose
        "You should wear sunscreen. You should floss. You should get your colonoscopy at 45. You should drink water.",
        "Drop your guesses below, answer and the teaching points at noon tomorrow 👇 #MedEd",
        // a booster, the ER and the reader's last shot said to everyone
        "You need a tetanus booster every ten years, and sooner after a dirty wound.",
        "If a kidney stone comes with a fever, you need to go to the ER tonight.",
        "Tetanus boosters are due every 10 years; if your last tetanus shot was over 10 years ago, you need a booster.",
        "Book your next mammogram a year after your last one was done.",
        // reported orders and requests said of other people
        "Pharmacists tell patients to skip ibuprofen the week before surgery.",
        "Patients can ask for a generic version of most drugs.",
        "Insulin left in a hot car can lose strength; don't use a vial that got hot, open a fresh one.",
        "Most people are fine to lift again six weeks after a wrist fracture.",
        // a list of things that help, opened by a colon: "rest" is an item, not an order
        "Colds are viral. Antibiotics can give you diarrhea. What helps: fluids, rest, honey for cough.",
        // a call to the clinic to rebook is an errand
        "Snow day: our Eastside clinic opens at noon. Call your clinic at 555-0142 if you need to reschedule.",
        // a condition that names what a noun is about is no verdict; a heading that teaches everyone
        "HPV shot at 11-12 is just 2 doses. It's cancer prevention, plain and simple. Ask about it at your child's "
                + "sports physical.",
        "Chemo skin care basics: use a gentle unscented lotion on the port site, skip hot tubs, and avoid sun on that "
                + "skin for a year.",
        // an answer under a heading for everyone
        "Flu shot FAQ: Yes, you can get it with a cold. Wait until a fever is gone. Bring your insurance card!",
    })
    void staysSilentOnGeneralWordingOfPersonalForms(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "You have asthma and a cold now, so use your inhaler 2 puffs every 4 hours this week.",
        "Deep cut from a garden fork and your last tetanus shot was in 2009? You need a booster this week.",
        "A kidney stone with a fever is not a wait-and-see stone. You should go to the ER tonight.",
        // the writer's pick passed on to the reader
        "If I were your pharmacist I'd tell you to skip the ibuprofen tonight since your stomach has been bleeding.",
        "honestly I'd have you stop the metoprolol until your pulse is back over 60",
        // what the reader did, told back to them
        "the insulin vial you left on the dashboard all day? don't use it, open a fresh one tonight.",
        "bruh you're fine to lift again, that wrist has healed",
        // a dose stays the writer's decision though a referral follows in its own clause
        "You're taking 10 mg of melatonin every night? Drop it to 1 mg at 9pm, no screens in bed — and ask your doctor "
                + "about a sleep study.",
        "nope, for you the atorvastatin goes at night, so take it at bedtime from now on.",
        "To whoever asked about their sertraline: stay on the 50 mg for 4 more weeks before judging it.",
        "@maya_k for your sore throat: drink fluids, rest, and take ibuprofen 400 mg tonight.",
        "@dana_r that lump you described? It's cancer until proven otherwise, get it seen this week.",
        "@dana_r for your chemo rash: use a gentle unscented lotion on the port site tonight and skip the hot tub.",
        "@maya_k for your knee: skip squats for 2 weeks, do wall sits daily and ice it tonight.",
        "Yes, you can take your flu shot with the cold you described. Wait until your fever is gone tonight.",
    })
    void firesOnTheirPersonalTwins(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a dose change as an amount "on" a drug; a dose whose sentence names a unit before the drug
        "go up to 75 on the sertraline, 50 clearly isn't touching it",
        "bump him to 10 of the melatonin tonight and see how he sleeps",
        "You don't have to stop the lisinopril before your colonoscopy tomorrow, your potassium was fine.",
        // an answer under one person's quoted question about their own case
        "> my knee is swollen after a run, what should I do?\nice it 20 min a few times a day and keep it up on a pillow tonight.",
        "Your kiddo is 30 lbs so that's 7.5 ml of the children's Motrin, every 6 hours as needed.",
    })
    void firesOnDoseChangesWrittenAsAmounts(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // what usually happens, and what the reader's clinician does, for anyone
        "Lisinopril doses usually start at 10 mg and go up to 40 mg; your prescriber adjusts the dose to your readings.",
        "Statins are typically taken at night and started at 20 mg.",
        "Your pharmacist can check your whole med list for interactions at no cost.",
        "Children's ibuprofen is dosed by weight, not age. Check the chart on the box or ask your pharmacist.",
        // a FAQ question asked for everyone
        "Q: Can kids take Motrin for fever? A: Yes, children's ibuprofen is dosed by weight; check the chart on the box.",
        // the interval of a visit, not of a dose
        "Marco, sorry the Ritalin script got held up; stimulant refills need an office visit every 90 days by law.",
        // "so your potassium stays in range" is the purpose of a rule for everyone
        "Lisinopril and bananas: you don't have to cut out potassium foods on lisinopril! Eat about the same amount "
                + "each week so your potassium stays in range.",
    })
    void staysSilentOnRangesAndWhatCliniciansDo(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a conversational opener answers one asker
        "Honestly? Naproxen 500 twice a day with meals and a wrist splint at night for a couple of weeks.",
        "Nope, wouldn't double the dose. Skip the one you missed and carry on tomorrow.",
        "lol classic swimmer's ear. vinegar drops after the pool and urgent care if it gets worse",
        // a verdict on what was described, with or without a pointer
        "OP, that's textbook costochondritis. Ibuprofen, heat, and lay off the push-ups for a week.",
        "Definitely hives. Cetirizine 10 twice a day for a few days and ditch the new detergent.",
        "Yikes. Sounds like a sprain, not a break. Ice for 72 hours and an ankle brace from the drugstore.",
        // a clause opened by a drug and an amount
        "Melatonin 1 mg an hour before bed, screens off, same wake time every day.",
        "Prednisone 40 for 5 days is plenty, no taper for that length.",
        // sent to be looked at
        "That cut needs eyes on it tonight, the edges are gaping.",
        "Needs to be seen. A mole that changed colour in a month, get the derm visit this week.",
        "Wouldn't take the zolpidem on top of the Benadryl. Pick one.",
    })
    void firesOnAnswersThatBarelySayYou(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the same forms, for everyone or about something else
        "Honestly the best part of this conference was the sepsis panel. Great slides on early antibiotics.",
        "Nope, the clinic is not open on Thanksgiving. Happy holidays from all of us!",
        "Tip: ibuprofen works best taken with food; most adults shouldn't exceed 1200 mg a day without advice.",
        "PSA: acetaminophen max for most adults is 3 to 4 g a day. It hides in cold medicines.",
        "Ibuprofen 400 mg was as effective as 800 mg for acute pain in a recent trial.",
        "Plantar fasciitis is classically worst with the first steps in the morning; stretching helps most people.",
        "A wound that needs stitches should be closed within 6 to 8 hours, per ACEP guidance.",
        "Shingles vaccine clinic this Saturday, walk-ins welcome, 9 to noon.",
        "I wouldn't trade this team for anything. 10 years on the cardiac unit today.",
        // an answer word before a myth or a season's reminder does not make it one reader's answer
        "Nope, cracking your knuckles doesn't cause arthritis. Keep cracking if it feels good.",
        "Yep, it's that time of year: RSV, flu and COVID all circulating. Wash hands, stay home when sick.",
        "Honestly, sunscreen is the best anti-aging product there is. Wear SPF 30 every day, even in winter.",
        // the author's own case, told: a verdict in a story is not an answer
        "pretty sure our new admit is the guy from the chili cook-off lol. pancreatitis. we're not judging",
        "A teacher came in with chest pain during recess yesterday. STEMI, door-to-balloon 41 min. Proud of the team.",
    })
    void staysSilentOnTheirBroadcastAndStoryTwins(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the thread's asker or their account, named without "you"
        "For OP's son: no more Benadryl at bedtime, melatonin 1 mg instead.",
        "The tingling you describe since the metformin went up: drop back to 500 twice a day and ring the office Monday.",
        "The lump you felt is most likely a swollen node from the cold, recheck in 2 weeks.",
        "pharmacist here, re your question: the amoxicillin and the birth control are fine together.",
        // reassurance that points at what was described, then an order
        "That's expected in the first week of doxy. Keep taking it with a full glass of water and stay upright for 30 min.",
        "That's normal for day 3 after a wisdom tooth out. Keep up the salt-water rinses and stay on soft food.",
        // a strength or a step named bare in a dose change
        "Keep the Wegovy at 1.7 another month, then go up to 2.4 once the nausea is gone.",
        "The carvedilol is doing its job. Stay on the 12.5 for now; drop to 6.25 if the dizziness comes back.",
        // a reading off one person and a place to go
        "Sugar of 480 and vomiting, straight to the ED, that is DKA until proven otherwise.",
        "Temp 40.2 in a 6 week old, straight to the emergency room.",
        "With a sat of 88 on the home monitor, go in. Now.",
        // an answer word and an order about the child or partner asked about
        "Nope, don't give her the adult Sudafed, she's only 4.",
        "Yes, take him in tonight, that cough with a whistle needs a look.",
        // the care team's plan told to the patient, a verdict with "the", a drug and its schedule
        "@lena_k great numbers today! we'll drop the amlodipine to 5 and recheck in a month",
        "@rico_runs let's bump the levothyroxine dose to 88 and redo the TSH in 6 weeks",
        "@tia_w the bump is classic molluscum, leave it alone and it fades in a few months.",
        "@maya_t for the hives: cetirizine twice a day for a week and ditch the new lotion.",
        "@jonah_b glad the stitches went in easy! Keep them dry 48 hours and come back if the edges get red.",
        "Pharmacist: that's way too much Tylenol with the Percocet on top, cap it at 3 g total a day.",
    })
    void firesOnAnswersToOneAskerInOtherWords(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the same forms for everyone, or about logistics
        "OP note template for lap choles is finally live in Epic, thank you informatics!",
        "It's normal to feel wiped out after chemo; rest when you can and tell your team about any fever.",
        "Feeling dizzy after donating blood? That's normal. Sit down and drink some water.",
        "Semaglutide starts at 0.25 mg and steps up monthly; most people reach 1 mg by month four.",
        "Any baby under 3 months with a temp of 100.4+ goes straight to the ER, no waiting it out.",
        "BP over 180/120 with a headache means straight to the ER, per the AHA.",
        "No, don't put ice directly on a burn. Cool running water for 20 minutes.",
        "No, you don't need to wait out a cough if you're coughing up blood. That's always a same-day visit.",
        "@jo_m we'll get your referral sent over today, keep an eye on your portal",
        "@dee_r we'll keep you posted on the flu clinic dates!",
        "Cetirizine twice a day is a common antihistamine regimen.",
        "Thanks for visiting our booth @healthfair_ok! Come back next year.",
        "Missed your appointment? Call us at 555-0100 to reschedule, we have openings this week.",
        "Quick one from the pharmacy counter: don't keep your insulin in the car. Heat kills it.",
        // body parts and verdict words that describe, and groups called out
        "Trauma bay update: MVC, head lac, on Xarelto, CT pending. Who has bed 4?",
        "So sorry the wait for your son's sprained ankle ran long, our ED was slammed that night.",
        "Oral cancer signs: a sore that won't heal, a lump in the cheek. Tobacco users, don't skip your exam.",
        "Diabetics, check your feet every night and don't soak them.",
        "CASE OF THE WEEK (fictional): a 70-year-old with new confusion. Walk through your delirium workup in the replies.",
    })
    void staysSilentOnTheirGroupAndLogisticsTwins(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "for your migraines, take 2 Excedrin at the first sign of the aura and lie down in a dark room",
        "Marcus, don't skip your exam, that lump on your neck needs a look.",
        "Nah, you don't need to stop nursing for the amoxicillin you were given.",
    })
    void firesOnOneReaderWhereTheGroupTwinIsSilent(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // an order to no one in particular about a class of drug: education in the second person
        "Don't take antibiotics for a viral cold, they won't help.",
        "Stop taking ibuprofen on an empty stomach. Your stomach lining will thank you.",
        "Start taking folic acid before you try to conceive, not after.",
        // meme speakers and groups greeted by a salutation
        "You: \"it's just heartburn.\" Also you: sweating, jaw pain, nausea. Babe that's a heart attack, call 911.",
        "Dear patients: please don't take your dog's antibiotics. We can tell. Love, urgent care.",
    })
    void staysSilentOnOrdersToNoOneInParticular(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the same orders with the reader's own drug, a dose, the writer's pick or a visit between them
        "Stop the ibuprofen you've been taking on an empty stomach, it's the likely cause of the burning.",
        "Don't take the amoxicillin left over from last spring for this cough.",
        "Start taking folic acid 4 mg a day now, given the last pregnancy.",
        "I'd hold your metformin the morning of the CT and restart it 48 hours later.",
        "that achy heavy feeling is totally normal the first week on the statin, keep taking it.",
        "Dee if you're seeing this, cut your amlodipine to half a tab until I see you Monday.",
        "Black stools for three days and dizzy when you stand, you need an endoscopy this week.",
    })
    void firesOnTheReadersOwnRegimen(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "not an ER thing. urgent care in the morning is fine for that ankle.",
        "Going from 20 to 40 of the Prozac in one jump is a lot, I'd do 30 for 2 weeks first.",
        "that's 100% swimmer's ear, get the cipro drops",
    })
    void firesOnSendingAwayFromTheErAndPickedStrengths(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A nosebleed is not an ER thing for most people: pinch the soft part for 10 minutes.",
        "I'd do 30 minutes of walking a day if you can, it helps everyone's mood.",
        "Honestly 100% of my patients ask this. Definitely a common question!",
    })
    void staysSilentOnTheirGeneralTwins(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    /** A treatment verb whose subject is other people is a statement about them, even in a reply. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "@dee_lifts most folks just take ibuprofen for a sprain",
        "@kay runners usually take 400 mg ibuprofen after a long race",
        "@sam people usually stop the statin when the cramps start",
        "@jo many lifters take creatine daily and swear by it",
        "@ravi a lot of climbers just take 200 mg ibuprofen before a long route",
        "@mel plenty of nurses just skip the second dose when they feel better",
    })
    void whatOtherPeopleTakeIsNoAdvice(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "@kay just take ibuprofen for the sprain",
        "@kay take 400 mg ibuprofen after the race",
        "@jo yes just take 500 mg tylenol now",
        "honestly with those numbers you should come off the lisinopril, 110/60 is too low for you",
        "@ravi thanks! just take 200 mg ibuprofen before the route",
        "@sam with most patients I say this: stop the statin for two weeks and see",
    })
    void anOrderToTheReaderStaysAdvice(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Kofi, our pharmacy tech, had knee surgery Friday. Get well soon Kofi!",
        "@jo_b so sorry about the fracture, get well soon!",
        "Get better soon, Coach! The whole clinic is rooting for you after the ankle surgery.",
    })
    void aGetWellWishIsNoAdvice(String text) {
        assertThat(RuleTesting.found(rule, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "@jo_b get well soon! and stop the ibuprofen until your stomach settles",
        "@jo_b get well soon, take 2 tablets of acetaminophen every 6 hours for the fracture pain",
    })
    void aWishBeforeAnOrderLeavesTheOrderAdvice(String text) {
        assertThat(RuleTesting.found(rule, text)).isNotEmpty();
    }
}
