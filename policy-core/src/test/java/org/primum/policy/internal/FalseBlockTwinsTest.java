package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.primum.policy.Draft;
import org.primum.policy.FindingType;
import org.primum.policy.PostChecker;
import org.primum.policy.spi.Entity;

/**
 * Clean posts that a PHI rule used to block for a class of wording (a service named after its
 * patients, a race finish, public news, history, the writer's own family), each beside a twin
 * about a patient in similar words that still blocks. The checker runs without NLP.
 */
class FalseBlockTwinsTest {

    private static final PostChecker CHECKER = PostChecker.builder().discoverServices(false).build();

    // Identifier and advice rules (phone, licence, other id, date, age, advice): a class of wording each,
    // clean forms beside twins about a patient or one reader in similar words.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a service line named as the organisation's, whatever the verb
        "Meet Carla, our new patient navigator! She answers the navigation line at 404-555-0181 on weekdays.",
        "If you're a cardiologist in the Valley looking for a rehab partner, our referral line is 555-0116.",
        "Our toy drive runs through Dec 15! Drop toys at the lobby or call the Child Life office at (615) 555-0133.",
        // the organisation's own licence or permit
        "Yes, we're licensed: Maple Grove Home Care, state license HCA-0077123.",
        "Our pharmacy's permit number is PHY-0049921, posted by the register as required.",
        "Accredited and licensed: Lakeside Hospice, license number 44-0092817.",
        // a court's docket number in a post about no one
        "Docket No. 24-CV-01877, the hospital's lawsuit against the insurer over denied claims, goes to trial in June.",
        "The court case (No. 2025-CV-3312) over the merger was dismissed this week.",
        "Case number 2025-CR-00411, the fraud prosecution of a former billing vendor, ended in a plea deal.",
        // admitted to a body or to a role, not to hospital
        "Dr. Osei was admitted to the Royal College of Surgeons as a fellow on Friday, March 6.",
        "Priya was admitted to our team on Tuesday... as our newest charge nurse!",
        "Three of our residents were admitted to the honor society on 4/12.",
        // the team's routine moving to a new date
        "Heads up: handover on Keats Ward starts at 19:00 from Sunday 1 June, tea by Sister Amara.",
        // the "y/o" of a helper's age is how ages are written, not a patient cue
        "A 12yo helper at the vaccine drive today handed out stickers all morning and told me to drink water.",
        "Our 16 y/o junior volunteer ran the whole bake sale in the clinic lobby today.",
        // a workplace that moved: "moved to" and "address" are not a home's here
        "Dr. Kim's office moved to 88 Harbor St, 3rd floor. She asked me to share the new address with her patients.",
        "Heads up from Dr. Bose: her practice moved to 610 Linden Ave last week, same phone.",
        // a test passed is no death
        "Shoutout to Lena, 23, our youngest EMT, who passed her paramedic exam on Friday!",
        "Huge congrats to our charge nurse Bea, who passed her CEN exam on Tuesday, March 4!",
        "So proud of Marcus from transport, he passed his boards on 6/12 after three tries.",
        "Congrats to our hospice social worker Tina Ruiz, JD, on passing the state bar exam on Oct 4!",
        // a training manikin's age and details, in whichever sentence, even its own "codes": no one's
        "RIP SimMan 'Walter,' who has coded 3,000 times in our sim lab and finally lost a leg today. He was 97 years "
                + "old in every scenario.",
        "Meet Daisy, our new preemie simulator! 30 weeks, 1.3 kg, she desats and cries on cue. First session "
                + "Friday in Room 12.",
        // a statement that declines to confirm care; first responders are many people, no one's job
        "We know people are posting about the Adams County Fair incident on Saturday. Patient privacy laws prevent "
                + "us from confirming whether anyone was treated here. Thank you to the first responders.",
        // an age that bounds a time of life; a show's episode
        "Shingles explainer 🧵 1/ It's the chickenpox virus waking back up. 2/ Kids can get it too, especially if "
                + "they had chickenpox before age 1. 3/ The vaccine lowers the risk a lot.",
        "Watching last night's episode where Dr. Ames treats the 9-year-old with DKA... realistic? Mostly! Nobody gets "
                + "a bicarb push that fast in real life 😂",
        // a public figure's family made the news public
        "The new Dale Ritter documentary (his family shared his Parkinson's diagnosis publicly) shows what we see "
                + "every day in memory care: music stays.",
        "It's been reported that former quarterback Dale Ritter is recovering after surgery, per a statement released "
                + "by his family. Our thoughts are with him.",
        // a story the writer calls fiction or a composite, whatever times and cues it tells
        "Reminder that last week's viral 'ER story' about the 'Tulsa boy with the glowing sweat' was fiction written "
                + "for a creative writing contest — the author confirmed it. Not a real patient. Please stop DMing us "
                + "about it.",
        // a colleague's career ("came to us as a new grad"); a hospital named "Memorial"; an assistant's credential
        "Meet Dana Whitlock! 💙 Dana came to us in 2018 as a new grad and this week she became the youngest charge "
                + "nurse in our PICU's history. She loves night shifts and her rescue dog. #StaffSpotlight",
        "Welcome aboard, Kofi Asante, PTA! Kofi joins us from Mercy Memorial's rehab unit. Book with him at our "
                + "Westside location.",
        // a name before an animal emoji is a pet's
        "Meet Waffles 🐶, Dr. Ortiz's golden retriever and our unofficial therapy dog. He turned 6 today and is "
                + "recovering nicely from his knee surgery, extra treats at the front desk this week!",
        // a courtesy title before the surname of a colleague the post introduces in another sentence
        "Mrs. Okafor is back in the ER! After 20 years on nights, Ruth Okafor, our unit secretary, is coming back "
                + "part-time.",
        // "admitted" of a submission, or the pun that opens a post about one
        "Admitted! 🎉 Kidding: our poster got ADMITTED to PAS 2027, May 2–5 in Denver. Huge thanks to Dr. Lee.",
        "Admitted to the program! 🎓 Our abstract on NICU sleep was accepted for a talk at the Hot Topics meeting, "
                + "Dec 8–10. Presenting Tues 12/9 at 9:15.",
        // a line the reader is asked to call with questions, or one labelled for information in Spanish
        "Dr. Patel's last day is Friday 12/18. Her patients have been notified by letter and will move to Dr. Ruth "
                + "Ames. Call 608-555-0171 with questions.",
        "¡Feria de salud gratis! Este sábado 12 de diciembre, de 9 a 1, en la Iglesia San José. Vacunas para toda la "
                + "familia. Información: 509-555-0177.",
        // a public office holder's own announcement is public news
        "The mayor of Alma announced on his own page that he's having a knee replacement next month and urged people "
                + "to get their joint pain checked. Love seeing leaders do this! (Not our patient.)",
        // an age that bounds a group; an age over 89 in a case the post cites as published
        "Measles update: 9 new cases in our county this month, mostly under age 5. Check your vaccine records. "
                + "Source: Grant County Health District.",
        "A 94-year-old liver donor? It has happened, and the graft worked. Age alone doesn't rule anyone out. "
                + "(Published case, Liver Transpl 2018.)",
        // "PT" in a name's credentials is a physical therapist, not a patient
        "Our new 10-bed Acute Inpatient Rehab unit opens Monday, June 2 on the 2nd floor. Tours Friday at noon. "
                + "Unit director: Sam Ortiz, PT, DPT.",
        // an inbox readers are invited to write to, named as the organisation's or straight after "to"
        "Questions about the study? Email our coordinator Maya at cardiostudy@lakeview.org; she answers within a day.",
        "Send your nominations for the DAISY award to daisy@riverside-med.org by Friday; last year's winner was our own Tom.",
        "He's collecting recipes for the unit cookbook, so submit yours to cookbook@baysidehealth.org this week.",
        // a health word that names a service ("cancer center"), a service's opening hours: not someone's care
        "My husband and I will be at the 5K for the cancer center on Saturday, April 12 — come run with us!",
        "The mobile mammography van will be at 4500 Lake Shore Dr on March 22, 9am-3pm; she takes walk-ins.",
        "My sister and I are doing the diabetes association walk on Sunday, Sept 28 — join our team!",
    })
    void identifierCleanFormsPass(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The patient's daughter gave the line at 404-555-0181 as her contact.",
        "Call the family's line at 404-555-0181 before discharge.",
        "Our patient's cell number is 404-555-0181.",
        "His driver's license number is D1234-5678-9012 and it was in the chart.",
        "Our patient's state license number HCA-0077123 was photocopied at intake.",
        "We found her license number, N4412-8870, in the wallet.",
        "Testified today in case #2026-CV-01183 for my patient; his mom cried in the gallery.",
        "Her malpractice case no. 2024-CV-0091 settled yesterday after the court hearing.",
        "Priya was admitted to our ward on Tuesday with pneumonia.",
        "Mr. Osei was admitted to the ICU on Friday, March 6.",
        "Mrs. Doyle on Nightingale Ward was admitted Monday 3rd March with a stroke.",
        "Handover: Mr. Patel in bed 4 on Keats Ward, admitted 1 June with sepsis.",
        "9 y/o in bed 3 with DKA, pt doing better today.",
        "Her new address is 88 Harbor St; she moved to be near the clinic.",
        "His home office moved to 12 Birch Lane after the stroke.",
        "Our patient Mr. Gray passed on Friday, March 7 with his family beside him.",
        "Mrs. Amin passed her driving test on 6/12, three months after her stroke.",
        "Our pt Mrs. Amin, passing her driving test on 6/12 three months after her stroke, cried with joy.",
        "Our pt Walter, 97, coded twice on the unit last night; the sim lab team came down to help.",
        "Not SimMan this time: a real man, 97, coded twice on our unit last night.",
        "The farmer hurt at the Adams County Fair on Saturday is our patient; he's a volunteer firefighter.",
        "Measles: our pt, age 5, from Grant County came in this month.",
        "Our pt, age 1, in bed 4 with chickenpox before her shots.",
        "Last night the 9-year-old with DKA in bed 4 got her bicarb push too fast.",
        "Dale Ritter is recovering on our unit after surgery; his family is at the bedside and shared his room number "
                + "with the chaplain.",
        "Reminder that last week's viral 'ER story' about the 'Tulsa boy with the glowing sweat' was true: he was our "
                + "patient. Please stop DMing us about him.",
        "Meet Dana Whitlock! 💙 Dana came to us in 2018 with a heart defect and this week she became the youngest "
                + "transplant patient in our PICU's history.",
        "Kofi Asante came to us from Mercy Memorial's ICU after his stroke; he's on our rehab unit now.",
        "Meet Waffles, our bravest patient on 4 West! He is recovering nicely from his knee surgery this week.",
        "Mrs. Okafor is back on our unit with another COPD flare. Ruth Okafor, our old unit secretary, came to visit "
                + "her.",
        "Mr. Reyes was admitted to our ICU on Oct 3; his paper on farm safety was accepted the same week.",
        "Admitted on Oct 3 to our ICU: Mr. Reyes, whose paper on farm safety was accepted the same week.",
        "Mrs. Ames' daughter asked us to call 608-555-0171 with questions about her mom's discharge on Friday.",
        "The mayor of Alma had his knee replaced by our team on Monday; he's recovering on 4 West and urged people to "
                + "get their joint pain checked.",
        "A 94-year-old liver donor? Our pt had hers recovered here last night. (Published case series coming.)",
        "Meet Daisy, our 30-week preemie, 1.3 kg, in the NICU since Friday in Room 12.",
        "pt Sam Ortiz, 64, admitted Monday, June 2 for a wound vac. PT to see him Friday.",
        "Her home router at 192.168.1.20 kept dropping the pump's remote monitoring.",
        "He said his laptop at 192.168.0.14 got the phishing email.",
        "Please send her discharge papers to jdoe77@acmecorp.com, she asked.",
        "Email my sister at lena.k@brightworks.com, she's handling mom's paperwork.",
        "Mr. Diaz had his chemo on 6/14 from 10 am to 2 pm and felt fine.",
        "Mr. Diaz ran the 5K on April 12 two weeks after his chemo.",
        "Her mammogram was on March 22 at 9:30am and she got the call at 3pm.",
        "My husband finished chemo at the cancer center on Saturday, April 12.",
        "only 8 and now a type 1 diabetic — the kid from the Eastside U10 team who fainted at the May 4 tournament "
                + "is home now",
    })
    void identifierPatientTwinsStillBlock(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a thought experiment's "you" is anyone
        "Imagine you're 72, your daughter lives three states away, and you've just been told you need a hip "
                + "replacement. That's who our transport fund helps.",
        "Suppose you've just been told you need chemo twice a week and you have no car. Support our rides program.",
        // an answer the writer labels general, to a question about no one's own case
        "From the comments: 'how soon after a sprained ankle can kids go back to soccer?' General answer: usually "
                + "when they can hop pain-free, with a check from their doctor. Every child is different.",
        // a question many people ask, answered for everyone
        "Every new parent asks me this: yes, you can take Tylenol while breastfeeding. It's considered safe.",
        "Patients ask me all the time if they can drink on amoxicillin. Yes, you can have a glass of wine on it.",
        // teaching repeated to learners: the "you" manages a patient
        "Told my students today: if a patient's potassium is 6.5, you need to get an ECG now. Exam season!",
        "Teaching the new grads this week: when a patient on heparin drops their platelets by half, you should "
                + "stop the drip and send a HIT panel.",
    })
    void generalAdviceFormsAreNotPersonal(String text) {
        assertThat(CHECKER.check(text).flags(org.primum.policy.Category.ADVICE)).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "@maria_k imagine how much better you'll feel: you need to stop the ibuprofen and take omeprazole daily.",
        "Imagine that. Anyway Jo, for your knee you should take 600 mg ibuprofen three times a day.",
        "From the comments: 'my son sprained his ankle Friday, can he go back to soccer Saturday?' General answer: "
                + "no, keep him off it for a week.",
        "Q from my DMs: 'I had mono last month, can I lift again?' General info: wait another 2 weeks and stop if "
                + "your side hurts.",
        "My neighbour asked me yesterday about her rash: you should take the prednisone for 5 more days.",
        "Everyone always asks me about my own meds. Anyway @kim_r yes, you can double your lasix tonight.",
        "Told my students about my own asthma. @lee you need to take two puffs of your albuterol now.",
    })
    void personalAdviceTwinsStillFlag(String text) {
        assertThat(CHECKER.check(text).flags(org.primum.policy.Category.ADVICE)).as(text).isTrue();
    }

    // Advice rules, this round: education whose "you" or "your" is anyone, beside twins said to one reader.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a post that opens by naming its readers in a hypothetical: its later "your" is theirs, not one person's
        "If you're on apixaban, a fall that hits your head needs a scan even if you feel fine. Don't wait to see "
                + "if your headache gets worse.",
        "When you use a steroid inhaler, rinse your mouth afterwards so thrush doesn't settle in. Don't skip the "
                + "spacer either, your lungs get more of the dose.",
        "If you have asthma, wildfire smoke days are rough. Keep your rescue inhaler on you and don't run outdoors "
                + "until your air quality app says green.",
        // many askers, answered for all of them
        "Some of you asked whether ibuprofen is OK with lisinopril. Short version: an occasional dose is fine, "
                + "daily use is worth a chat with your doctor.",
        "Lots of you asked what to do after a missed pill. Rule of thumb: take it when you remember, unless the "
                + "next one is due soon, then skip it.",
        // a reference card to keep: doses for anyone, not an answer
        "Cheat sheet for the new grads: ondansetron 4 mg IV q6h PRN, max 16 mg/day. Save it.",
        "Pocket card: prednisone 40 mg daily x 5 days for COPD flares, no taper needed.",
        // "your kids the 20 second song": the number is the song's, not the reader's reading
        "Teach your kids the 20 second handwashing song and keep sanitizer by the door.",
        // an opening question that picks an audience, even with an amount in it
        "Taking 2,000 mg of vitamin C a day? Most of it leaves in your urine. Food sources are enough for nearly "
                + "everyone.",
        "It's not that big a deal to miss one statin dose. Take the next one as usual.",
        // "it's that high" is degree ("it" + "'s" to the tokenizer), not pointing at the reader's own thing
        "Pollen counts peak in May. It's that high every spring, so start your antihistamine a week early.",
        "Based on the photos from our health fair, 212 people got screened! Thank you volunteers.",
        // booking with, or bringing things to, the reader's own clinician is a referral
        "Checking your sugar more than 4 times a day? Bring your meter to your next appointment so we can look at "
                + "the pattern together.",
        "Diabetic? Your feet deserve a yearly check. Book a foot exam with your GP and bring your shoes.",
        "Waking up at night with heartburn? Raise the head of your bed and skip late meals. Book a review with your "
                + "doctor if it lasts.",
        // a one-word condition question picks the readers; "at 28 weeks" is then their schedule
        "Pregnant? At 28 weeks you'll be offered the RSV vaccine. Have it then and it protects your baby for their "
                + "first months.",
        // a writer who declines to advise: the "your" that follows is anyone's
        "Sorry, I can't diagnose over Instagram and I can't examine you. If your chest pain is new or crushing, "
                + "call 911; otherwise book with your own doctor this week.",
        "I can't give personal medical advice here, but in general a fever that lasts more than 3 days in your "
                + "toddler is worth a visit to your pediatrician.",
        // a label that answers a guideline or everyone's questions is no reply to one asker
        "Our response to the new CDC guidance: get your updated COVID shot this fall, especially if you're over 65.",
        "Answering your questions about the RSV vaccine: it's one dose, and adults 75+ should ask their pharmacist.",
        "Reply to the new guideline: we still recommend statins for adults with diabetes over 40.",
        // papers and records to bring to a visit: an errand, even said to one reader
        "@sam_r thanks for booking with us! Bring your medication list and any old records when you come in for "
                + "the knee consult.",
        "@dana_k yes, for the sleep study bring your sleep diary and a list of your questions.",
        "@ben_t your colonoscopy prep instructions are in the portal; bring your photo ID and insurance card on the day.",
    })
    void educationForAnyReaderIsNotPersonal(String text) {
        assertThat(CHECKER.check(text).flags(org.primum.policy.Category.ADVICE)).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "@lena_r if you're on apixaban like you said, skip your evening dose tonight and get your head scanned.",
        "If you take lithium, your level of 1.9 is too high: stop the lithium tonight and go to the ER.",
        "You asked whether you can take ibuprofen with your lisinopril: skip it this week and use acetaminophen.",
        "@dev_k ondansetron 4 mg every 6 hours for your nausea, max 4 a day.",
        // the asker's own regimen said back as a question, then an order
        "Tramadol 300 a day and still hurting? Cut back to 200 and call your surgeon's office tomorrow.",
        "40 units of Lantus at night and waking up low?? Drop it to 34 tonight and ring your diabetes nurse Monday.",
        // the described thing pointed at ("that size"), a picture judged, a child's age given as the reason
        "A burn that big needs to be seen today, don't wait for Monday.",
        "Hives that wide on your arm need a look today, so start the antihistamine and come in.",
        // a rule of thumb is no named rule ("the rule of 15"): the answer is still to one asker
        "Nope, as a rule of thumb I'd hold the lasix tonight and recheck in the morning.",
        "As a rule of thumb your sugar of 54 means eat 15 g of carbs now and recheck.",
        "Please don't go to urgent care for a splinter that size. Soak it, tweezers, and call your doctor tomorrow "
                + "if it's red.",
        "Judging by the photo: impetigo. Mupirocin ointment three times a day for a week, and keep her home till "
                + "it crusts.",
        "Going by the pic, classic athlete's foot. OTC terbinafine twice daily for 2 weeks.",
        "For a 30 lb toddler it's 7.5 mL of children's Tylenol every 4-6 hours. Since he's 2 that's fine.",
        "No need to bring him in for a bump like that, ice it and watch him tonight.",
        "@tomas_k book a review with your GP this week and stop the ibuprofen until then, your kidney numbers were off.",
        "Pregnant? @ana_lu you should stop the isotretinoin today and call your dermatologist.",
        "Still taking your lisinopril? Stop it tonight, your BP of 88/50 is too low.",
        "Bring him to the ER now, hon, that cut needs stitches.",
        "I can't give medical advice on here, but stop your metformin tonight and call your GP in the morning.",
        "@rosa_m I can't examine you, but with that swelling go to urgent care today.",
        "@jen_w at 37 weeks with that much fluid leaking you should go to L&D now, don't wait for your appointment.",
        // a post labelled as the answer to one person's question
        "Replying in the thread: hold your apixaban the morning of the dental extraction and take it again that night.",
        "Answering Marco's question from the group chat: his 2 puffs of albuterol every 4 hours is fine for today, "
                + "then back to as needed.",
        "Reply: nope, with a sodium of 128 stop the hydrochlorothiazide and get a repeat level this week.",
        "@sam_r bring him in today, that knee swelling needs a look.",
        "@ben_t stop the iron tablets 5 days before your colonoscopy and bring your prep questions.",
    })
    void adviceToOneReaderStillFlags(String text) {
        assertThat(CHECKER.check(text).flags(org.primum.policy.Category.ADVICE)).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a service or unit named after patients or physical therapy
        "Our PT clinic hosts a free balance class on Oct 12 at the public library.",
        "The PT team is walking the turkey trot on Thanksgiving morning, come cheer!",
        "Heads up: our patient portal goes offline Sunday, May 4 for upgrades.",
        // a finishing place, not a visit
        "@lena.runs thanks for the photos! Our clinic relay team came in third at the river run.",
        "@doc_otis great race! Our urgent care crew came in dead last and still ate the most pizza.",
        // public news with its date
        "The actor's family announced his aphasia diagnosis on March 30, 2022, and stepped him back from film work.",
        // history: an event half a century back
        "Roy Campanella was paralysed in a car crash in 1958 and went on to champion spinal cord injury rehab.",
        // the writer's own relative, with an age
        "Took my 7-year-old daughter for her flu shot today and she didn't even flinch.",
        "spent my lunch break explaining to my 5yo niece why the dentist counts teeth",
        // the reader's appointment is no named colleague's
        "Ice storm update: if your visit today gets moved, we will phone you. Our front desk line is 555-0142 and "
                + "Marisol is working it from home.",
        // a dress-up day: the names are characters'
        "Costume day on 2 North: Sheldon and Penny ran the bake sale and the raffle.",
        // the writer's own health, signed with their occupation
        "Heads up from your friendly pharmacist: I tore my ACL at pickleball in Duluth on Saturday.",
        "Hospice nurse confession: I got shingles last week in Moab and I'm on day 4 of valacyclovir.",
        "Finally booked my own colonoscopy at 46 for next Thursday in Helena. Practise what you preach.",
        // a colleague at the organisation's desk, a donor and the club they belong to
        "Medicare questions? Call Brenda at our front desk, 555-0160, weekdays.",
        "Thank you to Rotary Club member Doug Peltier, whose donation paid for 300 flu shots at our mobile clinic.",
        // staff news: a saint's hall, a colleague on a shift, a retirement
        "Blood drive Friday, Nov 7, 8-2 at St. Andrew's fellowship hall; flu shots too, walk-ins welcome.",
        "Happy birthday to Priya on the night shift! Cake's in the break room on 4 East.",
        "We'll miss you, Doreen! Enjoy retirement in Sedona after 25 years as our ward clerk.",
        // a pioneer's work in 1944
        "Helen Taussig described her blue baby operation in 1944 with a Baltimore surgeon and a lab tech.",
        // the organisation's contact person and line in a call to action
        "Looking for weekend drivers for our meals program. Call Faye at 555-0140 to volunteer.",
        "Still need a 5th for the trivia team? Text Gus on 555-0138, he keeps the roster.",
        "Caregiver support circle meets at the Elm Street library; call 555-0177 to reserve a seat.",
        "@lena.runs congrats on the 10K! Our PT team cheered you on at the water stop.",
    })
    void cleanFormsPass(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Our pt fell in the hallway on Oct 12 and broke her hip.",
        "Our pt coded on Thanksgiving morning and we got him back.",
        "Our patient went home Sunday, May 4 after her bypass.",
        "@lena.runs so glad you came in when the ankle swelled up, it's healing nicely",
        "@sam_k so glad you came in last week about that cough, hope it's easing",
        "His daughter told us about his aphasia diagnosis on March 30, 2022, at our memory clinic.",
        "Our patient Roy was paralysed in a car crash in 1958 and still comes to spinal cord injury rehab.",
        "A mom brought her 7-year-old daughter for a flu shot today and she didn't even flinch.",
        "spent my lunch break explaining to a 5yo patient why the dentist counts teeth",
        "Sheldon finally went home after his 6th round of chemo on our unit.",
        "Costume day on 2 North: Sheldon dressed as a pirate for his last round of chemo.",
        "Heads up from the pharmacy: a farmer tore his ACL at pickleball in Duluth on Saturday and we fitted his brace.",
        "Hospice nurse confession: my patient got shingles last week in Moab and she's on day 4 of valacyclovir.",
        "Finally booked our pt Greta's colonoscopy at 46 for next Thursday in Helena after her bleeding.",
        "Medicare questions about Brenda's hospice bills went to our front desk today.",
        "Thank you to Doug Peltier, who got his flu shot and his A1c checked at our mobile clinic.",
        "Our pt Andrew collapsed at the blood drive on Nov 7 and got flu shots too.",
        "Our pt Priya pulled out her IV on the night shift again, room 4 East.",
        "Cheers to Mabel, our 91-year-old patient, who still comes in every Tuesday.",
        "We'll miss you, Doreen. 25 years of dialysis on our unit and never a complaint.",
        "A Virginia mom, 31, described her newborn's heart surgery last week to our team.",
        "@lena.runs congrats on the 10K! Our patient of three years, and now look at you, no more knee brace.",
    })
    void patientTwinsStillBlock(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    @Test
    void aContactsLineStillFiresWhenThePostIsAboutTheirCare() {
        String text = "Faye missed her dialysis again, call Faye at 555-0140 and check on her sugar.";
        assertThat(CHECKER.check(text).findings()).anyMatch(f -> f.ruleId().equals("phi.phone")
                && f.severity() == org.primum.policy.Severity.BLOCK);
    }

    private final ContextualEntityRule names = new ContextualEntityRule(FindingType.NAME);

    /** What the name rule reports when a detector has found {@code span} as a person. */
    private List<String> withPerson(String text, String span) {
        int start = text.indexOf(span);
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text)
                .withEntities(List.of(new Entity(Entity.Label.PERSON, start, start + span.length(), 0.85, "test")));
        List<String> out = new ArrayList<>();
        names.check(post, d -> {
            if (d.confidence() >= RuleTesting.THRESHOLD) {
                out.add(text.substring(d.start(), d.end()));
            }
        });
        return out;
    }

    @Test
    void aDetectorsPersonInStaffNewsOrADressUpDayIsNoPatient() {
        assertThat(withPerson("Happy retirement to Bernadette, who has kept our clinic schedule running for 27 years!",
                "Bernadette")).isEmpty();
        assertThat(withPerson("Halloween on 4 West: the night crew went as the Peanuts gang. Lucy ran the med pass "
                + "and Linus guarded the crash cart.", "Linus")).isEmpty();
        assertThat(withPerson("Say hello to our new diabetes educator Ines Duarte, who starts insulin pump classes Feb 3.",
                "Ines Duarte")).isEmpty();
        assertThat(withPerson("Ice storm update: if your visit today gets moved, we will phone you. Marisol is "
                + "answering the front desk line from home.", "Marisol")).isEmpty();
        // twins: the same names for people in care
        assertThat(withPerson("Bernadette finally went home after 27 days on our stroke unit.", "Bernadette"))
                .containsExactly("Bernadette");
        assertThat(withPerson("Rough night on 4 West: Linus pulled his central line twice before we got him settled.",
                "Linus")).containsExactly("Linus");
        assertThat(withPerson("Say hello to Ines Duarte, who starts her insulin pump on our unit after a DKA admission.",
                "Ines Duarte")).containsExactly("Ines Duarte");
        assertThat(withPerson("Ice storm update: Marisol slipped on her porch and is back in our ER with a broken hip.",
                "Marisol")).containsExactly("Marisol");
    }

    /**
     * Patients (or colleagues and relatives who are the patient) in the very wordings the classes
     * above exempt: a service word, a finish, public news, history, a desk or a shift, a contact's
     * line beside a relative's care. Each must still block.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Pt office visit today: Mrs. Nunez, 71, from Bayside, new dx of CHF.",
        "Patient experience survey came back from Lorna Bates of Millbrook, furious about her 6 hour ER wait for her kidney stone.",
        "Our pt team got Gladys Moore, 88, from Linden walking the hall today, two weeks after her stroke.",
        "Mr. Pell came in ahead of the storm, 90, from Shoreline, a dialysis patient who couldn't make it Tuesday.",
        "Mr. Kaur came in 2nd day post-op with a fever, 71, from Fremont.",
        "The family announced that Coach Ray Dunn, 71, was admitted to our ICU on February 16.",
        "The family announced Joe Marsh's diagnosis on May 5; our oncology team has been with him since.",
        "Local news: Coach Dan Reed collapsed at practice on Sept 14 and is in our cardiac ICU.",
        "Mr. Haskins, who served in Vietnam in 1968, is back on our ward with another COPD flare.",
        "The old man who opened the hardware store in Millbrook in 1961 came in today with a broken hip.",
        "Discharged my sweet grandma Rosa, 94, from Lakewood today after her hip fracture.",
        "My 90-year-old grandpa in bed 12 finally ate his whole breakfast, go Mr. Leon!",
        "Welcome back Mr. Ito from Bay Ridge, third admission this month, we saved his favourite room.",
        "Halloween on peds: little Owen Fitch, 5, dressed up as Spiderman for his chemo day.",
        "Dress up day on the cancer ward, Juan Perez came as a pirate to his last radiation.",
        "Rita Gomez, your appointment was moved to Friday, we know your MRI can't wait.",
        "Jim Paley: your records from last week's cardiology visit are ready for pickup.",
        "Brenda at our front desk was admitted last night with pneumonia, she's 67.",
        "Luis from our billing office is in our ER with chest pain, keep him in your prayers.",
        "Dana at our reception was diagnosed with lupus today, she's 33 and from Kent.",
        "Pray for Marco on the night shift, his biopsy came back malignant.",
        "Dee Lopez from nights was admitted to our ICU with a PE yesterday, she's 38.",
        "Happy birthday to Ray on the day shift, who spent it in our cath lab getting two stents.",
        "Our 91-year-old gift shop volunteer Ruth Hale collapsed at work and is now on our cardiac unit.",
        "Our 72-year-old volunteer Tom Bly had a stroke in the lobby today.",
        "Call Faye at 555-0140 about her husband's hospice admission, she asked us to pass along her number.",
        "Please call Marta at 555-0192 to check on her mother's discharge from our rehab unit.",
        "Text Gail at 555-0188 to reserve a seat at her husband's memorial, he passed on our unit Sunday.",
        "Ring Abe Stone on 555-0109 to volunteer rides, his daughter's cancer treatment starts Monday.",
        "Text Luis at 555-0177, his son was admitted to our PICU tonight and he wants updates.",
        "The guy who runs the bait shop in Cedar Key came in today with a fishhook in his eye. Small town, everybody will know.",
        "That man who plows the roads in Lake Placid came in with frostbite, everyone up there knows him.",
    })
    void patientsInExemptedWordingsStillBlock(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    /** Clean wordings of this round's classes, each in words of our own. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // whom to ask for at the organisation's line, the line with an extension
        "Now hiring a front desk coordinator! Call 555-0171 ext 4 and ask for Imelda.",
        "Questions about the food drive? Call 555-0166 and ask for the volunteer office.",
        "Flu clinic Saturday. Text 555-0129, ext 12, to book a slot.",
        // a record or case the post calls made up
        "Privacy 101: 'Tom Smith, DOB 01/01/1975, MRN 1234567' is a made-up example of what never goes in a post.",
        "Quiz for the interns: 62 y/o farmer with crushing chest pain and a BP of 80/40. Next step? (made-up case)",
        "Made-up example for the privacy huddle: John Roe, DOB 01/01/1966, chart 123456.",
        // a job title that starts with 'patient'
        "Say hi to Marcy, our patient care coordinator, at the Saturday health fair!",
        "Our patient care techs raised $2,000 for the food bank this month.",
        "Congrats to Deshawn, our new patient coordinator, on finishing his MBA!",
        // a congregation's name, a person listed with their team, 'no appointment needed'
        "Flu shots after the 9:00 service at Bethel AME; Brother Amos and the health ministry team will help.",
        "Pastor Gwen and our volunteers hand out free reading glasses Saturday at Grace Lutheran, no appointment needed.",
        "Blood drive at New Hope Missionary Baptist this Sunday. Deacon Earl and the youth crew will serve lunch.",
        // a public alert about no one person
        "Boil water notice for Elm Creek through Friday: boil tap water for 1 minute, and check on older neighbors.",
        "Air quality alert in Fresno today. Keep kids indoors and run inhalers before school if you have asthma.",
        "Excessive heat warning this weekend in Yuma: never leave kids or pets in a car, and call 911 for confusion.",
        // a colleague's baby, announced with their leave
        "Our front desk queen Tasha starts maternity leave today! Baby Jalen arrived early, born 3/3 at 6 lb even.",
        "Dr. Obi is back from paternity leave Monday. Little Ada was born 9/14 and already runs the house.",
        // a public figure's own announcement
        "The governor announced yesterday that she is starting chemo for breast cancer. Wishing her well. Reminder: "
                + "women 40 and up should ask about mammograms.",
        "The senator said Monday he had a mild stroke. Know the signs: face drooping, arm weakness, speech trouble.",
    })
    void thisRoundsCleanFormsPass(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    /** Patients in the wordings this round's classes exempt: each must still block. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Call 555-0134 and ask for Renee, her chemo got moved to Friday.",
        "call 555-0134 ext 2 and ask for Renee about her mammogram results.",
        "Text 555-0188 and ask for Luis, his son was admitted to our PICU tonight.",
        "Call 555-0134 and ask for Mrs. Ortiz, she missed her dialysis again.",
        "Call 555-0134 and ask for her, she wants the results.",
        "Our pt's wife left 555-0147, call and ask for Marta about his discharge.",
        "Not a made-up case: a 45 y/o fisherman from Cedar Key came in with a harpoon in his leg.",
        "This isn't a made-up example: Jane Doe, DOB 3/4/1961, MRN 448291 was seen.",
        "We changed the name, so it's basically a made up case: Lena, 45, the only female crab boat captain in "
                + "Cedar Key, had an MI today.",
        "It's a made-up name but the rest is true: 'Ana Diaz', 34, Ely NV, twins born at 24 weeks on 3/2.",
        "Made-up case, true numbers: 'J.D.', DOB 4/9/1957, MRN 7741203, came to us after her fall.",
        "Sure it's a made-up example, but our pt Ruth Okoye really did bring her pet snake to dialysis.",
        "The made-up example in our newsletter was inspired by a real pt: a 91 y/o beekeeper from Hinsdale with 40 stings.",
        "Made-up example, real MRN by mistake: Ann Roe, MRN 5520913, DOB 01/01/1990.",
        "Our patient care tech Rosa from Plains had a stroke on shift yesterday, she's 61.",
        "Meet Deb, our patient ambassador, who beat breast cancer here last year at 44 in Gillette.",
        "Our patient, care coordinator Ines Mora, was admitted with DKA on 3/14.",
        "Sister Lorraine and the health ministry team prayed over Mrs. Dell, 88, after her stroke Sunday.",
        "Deacon Ray and the men's ministry team visited Ray's wife Ada, home from hospice care at 71.",
        "Gloria and our crew found Mr. Tate, 90, on the floor of his Elm St apartment with a broken hip.",
        "Pray for Deacon Ruiz of Greater Mt. Zion Baptist, admitted Sunday with a stroke.",
        "No appointment for Sister Lorraine today, she was admitted last night at 84 from Bethel AME.",
        "No, my patient Ms. Ada Cole, 88, from Bethel AME, did not get her dialysis today.",
        "Heat advisory this weekend, and already Mr. Ruiz, 88, of Maricopa County was found with heat stroke in his trailer.",
        "Heat advisory this weekend. Mr. Ruiz of Maricopa County was found with heat stroke in his trailer.",
        "Boil water notice in Alma: a 2-year-old from Elm Rd is in our PICU with E. coli since Friday.",
        "Excessive heat warning: the only lifeguard in Wickenburg, 19, collapsed with heat stroke yesterday and is in our ICU.",
        "Wind chill advisory in Bemidji tonight; our guy who plows the county roads came in with frostbite on both feet.",
        "Brother Amos, 71, from Alma had a stroke in the pew at Bethel AME Sunday.",
        "Pray for Sister Lorraine of Bethel AME, admitted with chest pain today, she's 84.",
        "My Brother Amos from Alma had his bypass at our hospital today.",
        "Pastor Gwen had no appointment, she collapsed in our lobby with chest pain.",
        "Pastor Gwen came in with no appointment and left with a cast on her wrist.",
        "Sister Mary Agnes, 93, the last nun at St. Rose in Galena, went home on hospice today.",
        "Dr. Kowalski is on maternity leave, but first she delivered Ana Ruiz's twins, born 8/12 at 26 weeks, now in our NICU.",
        "Before her maternity leave Dr. Kowalski delivered baby Nora for our pt Ana, born 8/12 at 7 lb 2 oz.",
        "Maternity leave coverage update: baby Leo Ortiz, born 8/12, is our 1000th delivery! Mom Ana is doing great.",
        "Paternity leave for Dr. Lee, whose wife Ana was admitted here and delivered baby Mia, born 6/2, by C-section "
                + "after a placental abruption.",
        "On maternity leave I still think of the baby born 4/2 on our unit to a 15 y/o from Alma.",
        "The governor's driver, 58, from Dover, came to our ED yesterday with chest pain.",
        "The mayor, 62, had his stent placed in our cath lab yesterday; he asked us to keep it quiet.",
        "The actor who lives on Elm St came in last night with a heroin overdose, he's 44.",
        "Treated the Jefferson High starting quarterback for a torn ACL after Friday's game. Season's over.",
        "The governor said yesterday his driver, 58, from Dover, came to our ED with chest pain.",
        "The singer confirmed her overdose last night; we treated her in our ED, she's 27 and staying in Alma.",
        "Our pt Simone delivered twins in L&D today after a PPH, she's 19 and from Alma.",
        "Not SimMom this time: a real mom, 19, from Alma, hemorrhaged after twins today in our L&D.",
    })
    void thisRoundsPatientTwinsStillBlock(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    @Test
    void aColleagueIntroducedByRoleIsNoPatientWhenNamedAgain() {
        assertThat(lastMentionOf("Marisol Vega, our care coordinator, marks 12 years with us this month. "
                + "Thank you, Marisol!", "Marisol")).isEmpty();
        assertThat(lastMentionOf("Big thanks to Omar Haddad, the front desk lead, for the toy drive. Omar, you rock!",
                "Omar")).isEmpty();
        // twins: the colleague is the patient
        assertThat(lastMentionOf("Marisol Vega, our care coordinator, marks 12 years with us. Marisol was admitted "
                + "to our ICU with sepsis.", "Marisol")).contains("Marisol");
        assertThat(lastMentionOf("Omar Haddad, the front desk lead, is out. Omar had his bypass on our unit today.",
                "Omar")).contains("Omar");
    }

    @Test
    void aSimulatorsNameIsNoPatient() {
        assertThat(withPerson("SimMom delivered twins in the skills lab today. Our L&D nurses ran the PPH drill in "
                + "4 minutes.", "SimMom")).isEmpty();
        assertThat(withPerson("Simone delivered twins in our L&D today after a PPH.", "Simone")).containsExactly("Simone");
    }

    /** A colleague named with an appositive role is no patient, unless the sentence has them undergo care. */
    @Test
    void aColleagueWithARoleIsThePatientWhenTheSentenceAdmitsThem() {
        assertThat(CHECKER.check("Fatima Al-Sayed, our patient care coordinator, was admitted to our ICU with sepsis"
                + " this week.").isBlocked()).isTrue();
        assertThat(CHECKER.check("Jamal Reed, our unit secretary, got airlifted to Mercy after the crash.").isBlocked())
                .isTrue();
        assertThat(CHECKER.check("Priya Nair, our lead tech, is being treated for a stroke on 5 West.").isBlocked())
                .isTrue();
        // the colleague's own work, or news with no care, stays a colleague
        assertThat(CHECKER.check("Maria Lopez, the charge nurse, admitted four patients in an hour and still smiled.")
                .isBlocked()).isFalse();
        assertThat(CHECKER.check("Sam Cole, our transport aide, transferred the patient to CT in record time.")
                .isBlocked()).isFalse();
        assertThat(CHECKER.check("Congrats to Ana Ruiz, our new patient care coordinator, on passing her CPHQ exam!")
                .isBlocked()).isFalse();
    }

    /**
     * The active voice of the same: a colleague with a role who had an operation, had an organ out,
     * broke a bone or is recovering from an illness is the patient, and their name is flagged; the
     * colleague's good shift, a record or a first day is no care.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Dev Patel, our night nurse, had his appendix out on Monday, send him good vibes",
        "Rosa Kim, our unit clerk, broke her wrist on the ice Tuesday, cards at the desk.",
        "Lena Fox, our lead tech, is recovering from pneumonia at home this week.",
        "Ben Ortiz, our night pharmacist, underwent surgery yesterday, send prayers.",
        "Omar Haddad, the day charge nurse, had his gallbladder out last Friday, he says hi.",
        "Maria Lopez, our charge nurse, had a stroke last week. Keep her in your thoughts.",
    })
    void aColleagueWithARoleWhoHadCareIsThePatient(String text) {
        var result = CHECKER.check(text);
        assertThat(result.isBlocked()).isTrue();
        assertThat(result.findings()).anyMatch(f -> f.type() == FindingType.NAME);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Dev Patel, our night nurse, had a great shift on Monday, thank him!",
        "Ben Ortiz, our night pharmacist, had a great shift yesterday and caught two drug interactions.",
        "Rosa Kim, our unit clerk, had her first day on Tuesday, say hi.",
        "Lena Fox, our lead tech, is recovering from a marathon weekend, send coffee.",
        "Maria Lopez, the charge nurse, had four admissions before lunch and still smiled.",
    })
    void aColleagueWithARoleWhoHadAGoodDayIsNoPatient(String text) {
        assertThat(CHECKER.check(text).isBlocked()).isFalse();
    }

    /** "Our newest PT" introduces a physical therapist: the post is about a colleague, not the PT service's patient. */
    @Test
    void aPhysicalTherapistIntroducedIsNoCareRelation() {
        assertThat(CHECKER.check("Meet our newest PT, Marcus! He played D1 soccer at Oregon State.").isBlocked())
                .isFalse();
        assertThat(CHECKER.check("Say hi to my favorite PT, Dana. She grew up in Duluth and coaches hockey.")
                .isBlocked()).isFalse();
        // the PT service's own patient, with a place, still blocks
        assertThat(CHECKER.check("Our new PT patient Marcus came in from Salem after his ACL repair.").isBlocked())
                .isTrue();
    }

    /** A titled name in a sentence honouring the organisation's own person (service, founding, gifts) is no patient. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Three cheers for Mrs. Ada Finch, who volunteered at our front desk every Tuesday for 30 years!",
        "Mr. Tomas Reyes retired this week after 22 years as our night porter, thank you Tomas.",
        "A big thank-you to Ms. Lena Hart, who founded our bereavement choir and still sings in it.",
    })
    void aTitledColleagueOrVolunteerIsNoPatient(String text) {
        assertThat(CHECKER.check(text).isBlocked()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Mrs. Ada Finch, who volunteered at our front desk for years, was admitted to our ICU with pneumonia.",
        "Mr. Tomas Reyes, who retired from our porter team, came in with chest pain and a troponin of 900.",
    })
    void aTitledVolunteerWhoIsCaredForStillBlocks(String text) {
        assertThat(CHECKER.check(text).isBlocked()).isTrue();
    }

    /** A name in a working unit ("from our wound care team", "in central supply") or after a plural role. */
    @Test
    void aNameInAUnitOrARosterIsAColleague() {
        assertThat(withPerson("Shoutout to Dario from our wound care team for relabelling every dressing cart!",
                "Dario")).isEmpty();
        assertThat(withPerson("Big thanks to Okafor in central supply, who tracked down the missing pump cords.",
                "Okafor")).isEmpty();
        assertThat(withPerson("Priya on the scheduling team sorted out everyone's holiday swaps in one afternoon.",
                "Priya")).isEmpty();
        assertThat(withPerson("Our night pharmacists, Anouk, Kofi and Lee, caught 40 drug interactions this month.",
                "Kofi")).isEmpty();
        assertThat(withPerson("Thanks to my fellow dietitians, Rosa and Mei, for the diabetes cooking class.",
                "Mei")).isEmpty();
        // twins: the colleague is the patient, or the list is of patients
        assertThat(withPerson("Dario from our wound care team was admitted with sepsis on Monday.", "Dario"))
                .containsExactly("Dario");
        assertThat(withPerson("Our night pharmacists, Anouk and Kofi, were admitted to our ICU with COVID today.",
                "Kofi")).contains("Kofi");
        assertThat(withPerson("Our patients, Anouk and Kofi, were both admitted to the ICU with COVID.", "Kofi"))
                .contains("Kofi");
    }

    /** A lone role word the detector took for a name ("Doc", "Chaplain", "Nurse") names no one. */
    @Test
    void aLoneRoleWordIsNoName() {
        assertThat(withPerson("Doc became the patient this week: two stitches after a kitchen knife slip.", "Doc"))
                .isEmpty();
        assertThat(withPerson("Chaplain is out with the flu today, so the 2pm prayer group moves to Friday.",
                "Chaplain")).isEmpty();
        assertThat(withPerson("Nurse says hydrate: my own kidney stone passed on day 3.", "Nurse")).isEmpty();
        // twin: a given name in the same place
        assertThat(withPerson("Dominic became the patient this week: two stitches after a kitchen knife slip.",
                "Dominic")).containsExactly("Dominic");
    }

    /** "our Garfield clinic": a name between "our" or "the" and a site word names the site. */
    @Test
    void aNameBeforeASiteWordIsTheSite() {
        assertThat(withPerson("Our Garfield clinic now opens at 7 on weekdays for walk-in flu shots.", "Garfield"))
                .isEmpty();
        assertThat(withPerson("The Whitaker office is closed Monday for the holiday; the ED is open.", "Whitaker"))
                .isEmpty();
        // twin: the same name as a patient at the clinic
        assertThat(withPerson("Garfield came to our clinic with chest pain and was admitted to the ICU.", "Garfield"))
                .containsExactly("Garfield");
    }

    private final ContextualEntityRule places = new ContextualEntityRule(FindingType.LOCATION);

    /** What the place rule reports when a detector has found {@code span} as a location. */
    private List<String> withPlace(String text, String span) {
        int start = text.indexOf(span);
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text)
                .withEntities(List.of(new Entity(Entity.Label.LOCATION, start, start + span.length(), 0.85, "test")));
        List<String> out = new ArrayList<>();
        places.check(post, d -> {
            if (d.confidence() >= RuleTesting.THRESHOLD) {
                out.add(text.substring(d.start(), d.end()));
            }
        });
        return out;
    }

    /** A capitalised run ending in "office", "department", "desk" or "team" names a department, not a town. */
    @Test
    void aDepartmentIsNoPlace() {
        assertThat(withPlace("Our patient asked for the Spiritual Care office today after her surgery.",
                "Spiritual")).isEmpty();
        assertThat(withPlace("Our patient was seen by the Bridgeport Wound team today after her surgery.",
                "Bridgeport")).isEmpty();
        // twin: a town in the same sentence
        assertThat(withPlace("Our patient drove in from Bridgeport today after her surgery.", "Bridgeport"))
                .containsExactly("Bridgeport");
        AnalyzedPost office = AnalyzedPost.analyze(Draft.of("x"), "A note from the Compliance Office: she told us "
                + "about it last week.");
        assertThat(QuasiIdentifierRule.details(office)).doesNotContainKey("place");
        AnalyzedPost town = AnalyzedPost.analyze(Draft.of("x"), "A note from Compliance Falls: she told us about it "
                + "last week.");
        assertThat(QuasiIdentifierRule.details(town)).containsKey("place");
    }

    /** A staff or donor profile's age, home town and hobbies are no patient's details. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Meet Tomas, 31, from Yakima! He's our newest phlebotomist, he coaches U10 soccer and makes a mean salsa.",
        "Say hi to Bea, 58, from Lodi. She is our new night clerk and a retired postal carrier who quilts.",
        "Volunteer spotlight: Gloria, a retired teacher from Astoria, has knitted 400 hats. She turns up every Monday.",
    })
    void aStaffOrDonorSpotlightIsNoPatient(String text) {
        assertThat(CHECKER.check(text).isBlocked()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Meet Tomas, 31, from Yakima! He's our patient in bed 4 with a broken femur after a rodeo fall.",
        "Patient spotlight: Gloria, a retired teacher from Astoria, finished chemo for lymphoma. She rang the bell.",
    })
    void aPatientSpotlightStillBlocks(String text) {
        assertThat(CHECKER.check(text).isBlocked()).isTrue();
    }

    /** The writer's own occupation ("as a school nurse, I", "PSA from an ER nurse:", "(me)") is no patient's detail. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "As a hospice chaplain, I sat with her family in Elko last week and learned more than I taught.",
        "Reminder from a night pharmacist: she asked me on Tuesday in Elko whether grapefruit matters. It does.",
        "Rural midwife here: last week in Elko she asked the best question about iron.",
        "the paramedic (me) explaining to her in Elko last week why we don't drive ourselves to the ED",
    })
    void theWritersOwnRoleIsNoDetail(String text) {
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text);
        assertThat(QuasiIdentifierRule.details(post)).doesNotContainKey("occupation");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A retired welder from Elko, 81, came in last week after her fall.",
        "Our patient, a retired night pharmacist from Elko, told me last week she still bowls.",
        "She is a rural midwife in Elko and was admitted last week with sepsis.",
    })
    void someoneElsesRoleIsStillADetail(String text) {
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text);
        assertThat(QuasiIdentifierRule.details(post)).containsKey("occupation");
    }

    /**
     * Colleagues, holidays, substances and organisations read as patients' names: a credential in
     * brackets after a name, a nurse's grade used as a title (Commonwealth "Sister", "Matron"), a
     * thank-you or shout-out to staff, a holiday ("... Day"), a greeting, a gas, a hospital named for a
     * saint, a service's birthday, the world's first of something. Each class beside a patient twin.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Happy work anniversary to Rosa Delgado (LPN) and Tariq Aziz (RRT), ten years each on our step-down unit.",
        "Please welcome Hannah Cole (CNM) to our birthing centre team; she starts on the 14th.",
        "Farewell and thank you to Matron Gillian Hart, who leaves the surgical wards after 31 years.",
        "Sister Olufunke Adeyemi ran the busiest night on the medical ward and still brought cake for the day team.",
        "Matron Dawson, 64, hangs up her fob this Friday after four decades on our wards.",
        "Happy 90th to Sister Bernadette, who opened our night shelter clinic in 1972. Sister Bernadette still visits on Sundays.",
        "Kudos to Priya and Tendai in the lab for turning around 400 samples during the outage.",
        "The respiratory therapist who fixed our vent alarm at 3am (thanks, Olamide!) deserves a raise.",
        "Clinics close for Anzac Day on Saturday; the urgent care line stays open for wound checks.",
        "Thanks to Mercy San Juan for lending us two vent techs during the ICU outage.",
        "Aloha kakou! Our Hilo clinic has new Saturday hours for flu shots starting next month.",
        "Asbestos is still found in many homes built before 1980 and causes mesothelioma decades later.",
        "Elm Street Surgery turns 50 this month, thank you to every GP, nurse and receptionist who made it.",
        "On this day in 1967, the world's first human heart transplant was performed in Cape Town by Christiaan Barnard.",
        "My uncle (a retired GP, not a patient of mine) turns 92 today and still walks to the shops.",
    })
    void colleaguesHolidaysAndThingsAreNoPatient(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Rosa Delgado (DOB 4/2/58) was admitted to our step-down unit last night.",
        "My Sister Joanne was admitted to the medical ward on Tuesday with pneumonia.",
        "Sister Maria, 88, was admitted to our ward from the convent with a broken hip.",
        "Shout out to Jorge Ruiz, who finally went home after 40 days in our ICU and a double lung transplant.",
        "Thank you, Ruby! You were the bravest patient on our burns unit and we will miss your jokes.",
        "Our pt Anzac Miller, 58, was admitted Saturday with a broken hip after a fall at home.",
        // greetings that are also given names (Kia, Shalom) stay names
        "Kia Thompson, 34, was admitted to our ward last night with sepsis and is doing better.",
        "Shalom Katz, 71, was admitted overnight with a GI bleed and is stable this morning.",
    })
    void patientsBesideTheseClassesStillBlock(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    @Test
    void aDetectorsPersonThatIsAHolidayAColleagueOrAHospitalIsNoPatient() {
        assertThat(withPerson("Our Ruapehu clinic is shut for Matariki Day, so bring your repeat scripts in early.",
                "Matariki")).isEmpty();
        assertThat(withPerson("Night shift on the stroke ward went smoothly, all thanks to Farah Khan (RN).",
                "Farah Khan")).isEmpty();
        assertThat(withPerson("Shout out to Big Lou, who restocked every crash cart on the ward before the inspection.",
                "Lou")).isEmpty();
        assertThat(withPerson("Thanks to Baptist San Marcos for taking our overflow ICU transfers this week.",
                "Baptist San Marcos")).isEmpty();
        // twins: the same kinds of names for people in care
        assertThat(withPerson("Farah Khan was admitted to the stroke ward overnight with a left-sided weakness.",
                "Farah Khan")).containsExactly("Farah Khan");
        assertThat(withPerson("Shout out to Lou, who finally walked the length of the ward after his stroke.",
                "Lou")).containsExactly("Lou");
    }

    /**
     * Shout-outs and props to a team, donors giving money (with their home town), a titled colleague's
     * quoted nickname, a case cited from the literature: none is a patient. Twins: the same wording
     * around someone's care, a donor who was the patient, our own case beside a citation.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Props to Chidi and Lorna in sterile processing for turning the ortho trays around before the 7am list.",
        "Hats off to Dev, Marisol and Tall Ken on nights for covering three call-outs without a complaint.",
        "The Brennan family of Great Falls has pledged $40,000 toward our new hospice suite.",
        "Big thank you to the Obi family! Their Giving Tuesday gift funds 200 car seats for new parents.",
        "Our chief nurse Rosalind 'Roz' Mbeki opens the new day surgery unit this Friday.",
        "A classic from the literature: Harlow et al. described a 25-year-old railway foreman who survived an iron rod through his skull.",
    })
    void staffDonorsAndPublishedCasesAreNoPatient(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Props to Chidi Eze, who walked the full ward corridor today, two weeks after his hip replacement.",
        "The Brennan family of Great Falls lost their dad in our hospice suite last week after a long fight with ALS.",
        "Harold Mbeki of Lodi gave $5,000 to our cardiac rehab program after finishing it himself last spring.",
        "Mary Ellen Ochoa of Yakima gave birth to twins in our maternity unit on Sunday.",
        "Our patient Rosalind 'Roz' Mbeki went home today after 30 days on the burns unit.",
        "Like the case Harlow et al. described, our 25-year-old railway foreman survived an iron rod through his skull last night.",
    })
    void patientsInStaffDonorOrCitedWordingStillBlock(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    @Test
    void aDonorGivingMoneyIsNoPatientUnlessTheSentenceHasTheirCare() {
        assertThat(withPerson("Donor news: Ines Duarte of Red Bluff has generously given $75,000 for our stroke unit's new monitors.",
                "Ines Duarte")).isEmpty();
        assertThat(withPerson("Ines Duarte of Red Bluff gave $500 to our stroke unit after her own stroke there in May.",
                "Ines Duarte")).containsExactly("Ines Duarte");
    }

    /** A named person teaching, leading or running a lesson is its teacher, not a patient (names and details). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Retired fire chief Tom Wells, 72, taught hands-only CPR to 40 teens at the library on Saturday.",
        "Mrs. Adaeze Nwosu, 66, leads our free diabetes cooking class every Monday at the community centre.",
        "Ms. Harper, the school librarian, is running a free first aid workshop for parents on Thursday.",
    })
    void anInstructorIsNoPatient(String text) {
        assertThat(CHECKER.check(text).findings()).as(text).noneMatch(f -> f.severity() == org.primum.policy.Severity.BLOCK
                && (f.ruleId().startsWith("phi.name") || f.ruleId().startsWith("phi.quasi_id")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Tom Wells, 72, who taught CPR for 30 years, was admitted to our ICU on Saturday after a cardiac arrest.",
        "Ms. Harper was running a CPR class when she collapsed; our ED team got her back.",
        "I will never forget Mrs. Abara teaching me to knit at 2am while we waited on her MRI results.",
    })
    void anInstructorInCareStillBlocks(String text) {
        assertThat(CHECKER.check(text).findings()).as(text).anyMatch(f -> f.severity() == org.primum.policy.Severity.BLOCK
                && f.ruleId().startsWith("phi.name"));
    }

    @Test
    void theWritersOwnFamilyInDailyLifeIsNoPatient() {
        assertThat(withPerson("My husband Dave finally learned to make my coffee right after 22 years. Night shift survival unlocked.",
                "Dave")).isEmpty();
        assertThat(withPerson("Our daughter Noor packed my lunch before her school trip, so the night crew got her cookies.",
                "Noor")).isEmpty();
        // twins: the same relatives in care
        assertThat(withPerson("My husband Dave was admitted to our ICU last night with a heart attack.", "Dave"))
                .containsExactly("Dave");
        assertThat(withPerson("Our daughter Noor had her tonsils out at our hospital today and is eating all the ice cream.",
                "Noor")).containsExactly("Noor");
    }

    /** A place word in a profession ("school nurses", "farm vets"), a pronoun ("of mine"), school as an activity: no place. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Question for fellow school nurses: a mum asked me whether her son can skip PE after his cast comes off.",
        "Survey for other prison doctors: how do you handle a man asking for his own records on the wing?",
        "A dad told me his daughter is going back to school on Monday after her cast comes off.",
        "A friend of mine said her son loves the new asthma spacer we handed out.",
    })
    void aProfessionAPronounOrAnActivityIsNoPlace(String text) {
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text);
        assertThat(QuasiIdentifierRule.details(post)).as(text).doesNotContainKey("place");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The school nurse found her collapsed in the gym on Monday after her cast came off.",
        "A 9-year-old fell at school in Dunmore on Monday and came in with a broken arm.",
        "A retired miner from the mine at Gilbert came in with his lungs full of dust.",
    })
    void aSchoolOrAMineOfSomeonesStoryIsStillAPlace(String text) {
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text);
        assertThat(QuasiIdentifierRule.details(post)).as(text).containsKey("place");
    }

    /** A staff role in brackets or a Commonwealth registration after a name makes a colleague. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Huge thanks to Lena Ortiz (charge nurse) and Sam Pike (unit clerk) for keeping 5 East afloat during the ice storm on the ward.",
        "Welcome to the team, Abdi Warsame (night CNA) and Grace Liu (PT)! The rehab unit is lucky to have you.",
        "Priscilla Moyo, RGN, has been named Nurse of the Year for the oncology ward.",
    })
    void aRoleInBracketsOrARegistrationIsAColleague(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Lena Ortiz (charge nurse) was admitted to our ICU last night with sepsis, please keep her in your prayers.",
        "Priscilla Moyo (our ward clerk) was diagnosed with breast cancer and starts chemo on our unit Monday.",
    })
    void aColleagueInBracketsWhoIsAdmittedStillBlocks(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    /** A colleague's family news when the care setting is only in the colleague's role ("our ICU pharmacist"). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Baby news! Our ICU pharmacist Omar Haddad and his wife Leila welcomed little Zain on Sunday, 3.2 kg of perfect.",
        "Our NICU nurse Jo Park and her husband Sam welcomed twins on Friday, both doing great at home.",
    })
    void aColleaguesFamilyNewsIsNoPatient(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Our ICU pharmacist Omar Haddad sat with his wife Leila in our ER last night after her fall.",
        "Our ICU pharmacist Omar and his wife Leila, who was admitted to our ICU on Sunday, thank you for the flowers.",
    })
    void aColleaguesRelativeInCareStillBlocks(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    /** Titled, aged and related names in a sentence from the history books are no patient's (a house number is no year). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Throwback: in 1954 Richard Herrick received his twin brother Ronald's kidney in Boston, the first successful transplant.",
        "Mrs. Ada Pike, 41, became the first woman to chair the county health board in 1952, after the polio epidemic.",
    })
    void historyIsNoPatient(String text) {
        assertThat(CHECKER.check(text).findings()).as(text).noneMatch(f -> f.ruleId().equals("phi.name")
                && f.severity() == org.primum.policy.Severity.BLOCK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Our CHW drove out to 1845 Quarry Rd three times this week with Mr. Abernathy's insulin.",
        "In 1968 I admitted Mr. Walter Pike, 52, with a crushed leg from the mill, and I still think of him.",
    })
    void aHouseNumberOrTheWritersOwnOldCaseIsStillAPatient(String text) {
        assertThat(CHECKER.check(text).findings()).as(text).anyMatch(f -> f.ruleId().startsWith("phi.name")
                && f.severity() == org.primum.policy.Severity.BLOCK);
    }

    /** What the name rule reports when a detector has found the last {@code name} of the text as a person. */
    private List<String> lastMentionOf(String text, String name) {
        int start = text.lastIndexOf(name);
        AnalyzedPost post = AnalyzedPost.analyze(Draft.of(text), text)
                .withEntities(List.of(new Entity(Entity.Label.PERSON, start, start + name.length(), 0.85, "test")));
        List<String> out = new ArrayList<>();
        names.check(post, d -> {
            if (d.confidence() >= RuleTesting.THRESHOLD) {
                out.add(text.substring(d.start(), d.end()));
            }
        });
        return out;
    }

    // Identifier rules reading an organisation's own line, a bracket, a degree or a clinical
    // "review" as someone's: clean forms beside twins about a patient or a relative that still block.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a citation's year, the sentence's end and a count are no phone number
        "Dr. Osei's paper is out (BMJ, June 2023). 214 clinics took part and she presented it Friday.",
        "Kim and Novak published it (Chest, May 2024). 618 patients, and he said more are coming.",
        "She cited Jones (2021) 318 patients in her talk.",
        "He quoted Patel and Wu (2019) 642 cases, and she agreed.",
        // a department or "more information" labelling the number, in any of the covered languages
        "Welcome Dr. Amir Haddad to the practice! He starts Monday. Statement questions: 505-555-0188.",
        "Heads up: he retires Friday after 30 years with us. Billing: 505-555-0188 ext 4.",
        "Meet our new coder, Jo! She starts Monday. Questions to Patient Financial Services at 555-0162.",
        "Nuestra enfermera Rosa Díaz coordina la campaña. Más información: 956-555-0177.",
        "Notre infirmière Claire anime l'atelier. Renseignements : 514-555-0199.",
        "Our charge nurse Abby just got her B.Sc in nursing. HR contact: +91 98200 11223.",
        "Nuestra enfermera Rosa coordina la campaña de vacunación. Llame al 956-555-0177 para más información.",
        "Notre infirmière Claire anime l'atelier diabète. Appelez le 514-555-0199 pour vous inscrire.",
        // a call to action or a contact in a post whose only people are the organisation's own
        "Please welcome Dr. Ana Ruiz to the practice! She loves soccer and her two dogs. Call 505-555-0188.",
        "Mr. Okafor, our facilities manager, can be reached at 505-555-0190 about parking permits.",
        "The blood drive is Friday in the lobby. Questions? Ask for Dana at 505-555-0133.",
        "Need a ride to your appointment? Our volunteer drivers can help, just ask Tom: 505-555-0144.",
        "Our nurse Carla's last shift is Dec 18 after 25 years. Send her a note at carla.p@stjudeshealth.org.",
        "Dr. Okafor retires Friday after 31 years with us! Drop him a line at dokafor@lakesidemed.org.",
        // a clinician's practice address
        "Dr. Omar Haddad is back! He's seeing patients at 42 Birch Rd from May 1.",
        // the organisation's own service and its schedule
        "Our mobile clinic will be at 1500 W Grand Ave on Tuesday, March 4. Nurse Tia will do free flu shots.",
        // the organisation's site named with a number
        "Meet Dr. Lena Fox, who joined in May. She takes new patients at our Route 66 clinic: (505) 555-0101.",
        // a contact person's work address beside their number
        "Reach Omar on 555-0190 or omar.h@northclinic.org for sign-up sheets.",
        "Meet Bea, she's back! Contact Bea Holm at 555-0141 or bholm@lakesidehealth.org to join her Tuesday walk group.",
        // a site named after someone ("Warren County", "Harper Memorial Hall") is no person beside a date
        "Get your flu shot this Friday, 10am to 2pm, at the Warren County Fairgrounds.",
        "CPR refresher for the public this Thursday, 6pm, Harper Memorial Hall, free parking.",
        // a death notice of the organisation's own volunteer or colleague
        "Our condolences to the family of Captain Walter Briggs, who passed Oct 2. Walter staffed our front desk "
                + "for 11 years as a volunteer. Services Saturday at noon.",
        "Rest in peace, Dr. Alan Cho, who died Jan 9. He taught half our residents as a mentor and never missed "
                + "rounds. Funeral details to follow.",
        // an audit's case number is the service's, not a person's
        "Audit case 25-0412 closed today; the learning points go to the governance meeting next week.",
        // a clinical review or assessment is no online review
        "Are your feet numb? If you have diabetes, ask your nurse for a foot review at your next visit.",
        "Consulte: se você tem hipertensão, meça a pressão com frequência. Sintomas novos precisam de avaliação médica.",
        // "if you have ..." in another language is anyone's, as in English
        "Consejo: si usted tiene asma, lleve siempre su inhalador. Los cambios necesitan una valoración médica.",
        "Tipp: Wenn Sie Diabetes haben, prüfen Sie täglich Ihre Füße. Wunden brauchen eine ärztliche Bewertung.",
    })
    void organisationsOwnIdentifiersPass(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Mrs. Diaz asked us to call her at (312) 555-0148 after her scan.",
        "Her billing #: 505-555-0188 came up twice on the claim.",
        "Pt's account 505-555-0188 has a balance.",
        "Mr. Lee's info: 312-555-0148.",
        "Her daughter's info: 312-555-0148, call after 5.",
        "Questions to her son Mark at 312-555-0148 please.",
        "Emergency contact: her son, 312-555-0148.",
        "Contact info: 312-555-0148 (Mrs. Diaz, wants a call re: her MRI).",
        "Pharmacy: 312-555-0148 (Mrs. Diaz, wants her refills moved).",
        "Nurse Joe says her son is home now. Call 312-555-0148.",
        "Ask Maria at 312-555-0148 about her husband's biopsy results.",
        "His daughter wants updates. Ask Dana: 312-555-0148.",
        "Our nurse Carla cared for Mr. Lee all week; his daughter is at lee.family@gmail.com.",
        "Nurse Joe says her son wants updates at jdoe@brightworks.com.",
        "Our patient at 1500 W Grand Ave had her surgery on Tuesday, March 4.",
        "My patient moved to 42 Birch Rd and she can't reach our practice by bus.",
        "We see patients at home; Mrs. Diaz lives at 42 Birch Rd with her son.",
        "Our team visited her at 22 Hill St on Thursday, June 5 after the fall.",
        "Dr. Patel's patient Mr. Gray needs a ride. Call 312-555-0148.",
        "Dr. Okoye visited Tom, 84, at home. Call 312-555-0148 to check on him.",
        "Nurse Kim took care of him all week. He says call him at 312-555-0148.",
        "Our Suite 210 office called her at 608-555-0123 about her biopsy.",
        "Email Dana Kim at dkim@riverviewhealth.org about her mother's biopsy results.",
        "Contact her daughter Dana at dkim@gmail.com about the discharge.",
        "Our patient lives on Walnut St. Ask me how we got her home.",
        "Warren got his flu shot Friday and had a reaction that evening.",
        "Condolences to the Pruitt family. Our patient Harold passed Nov 20 on our unit after a long fight.",
        "Rest in peace, Alan, who died Jan 9 after 3 years of dialysis with us. Funeral details to follow.",
        "Case 25-0412 is closed: Mr. Osei's fall on Keats Ward was reviewed with his family.",
        "Our patient Grace collapsed Saturday at the Franklin High School game; she had a cardiac arrest.",
        "Thanks for the review! So glad your asthma is under control now.",
        "Obrigada pela avaliação! Que bom que a sua cirurgia correu bem.",
        "Gracias por su valoración, nos alegra que su cirugía de rodilla saliera bien.",
        "Danke für Ihre Bewertung! Schön, dass Ihre Hüft-OP so gut verlaufen ist.",
        "La señora Pérez, mi paciente, pidió que la llame al 956-555-0177 para hablar de su biopsia.",
        "Mme Dubois, ma patiente, attend mon appel au 514-555-0199 pour ses résultats.",
    })
    void someonesIdentifiersStillBlock(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    /**
     * Name, place, handle and quasi-identifier classes of care-home, addiction, rural and academic
     * posts: a credentialed colleague named again, a role held as a title (Dr., CNO, ED), a donor
     * thanked for a gift, a brand before its product, a school, an eponymous disease, the
     * organisation's own account, someone's own clinician, actors and characters, a place of many.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Say hi to Tomas Reyes, RN, from our dialysis unit! Tomas trained half of our new hires on fistula care.",
        "Congrats to Imani Cole, DNP, on her award. Imani leads our insulin pump clinic.",
        "Officially admitted 🎉 – into the Royal College! So proud of our registrar, and yes, you still work Fridays.",
        "Find us on @lakeside_peds for flu shot clinic dates and your kids' sports physical sign-ups!",
        "Follow us at @hilltopdental for cleaning reminders; your smile will thank you after your cleaning.",
        "Asked about your mom's insulin? We can't advise here. Please ask her doctor or her pharmacist, who know her full history.",
        "Thanks to our simulated patients, especially Gina Ruiz, who played a septic grandmother so well the interns forgot it was a drill.",
        "Anyone else watching that new TV show where a surgeon named Marco hides his opioid habit from his team?",
        "Thank you to Ada Lin and Lin Hardware for donating two wheelchairs to our ER.",
        "Thank you to Ben Okafor and Okafor Lumber for sponsoring the free flu shot clinic at the fairgrounds.",
        "Someone left a Tommy Hilfiger jacket by the flu shot chairs; ask at the front desk.",
        "Pancakes at the staff breakfast served by our ED Maya Brandt, who promises no burnt ones.",
        "Heads up parents: several strep cases in 3rd grade at Lincoln Elementary this week.",
        "His family says Alzheimer's took his words first; music is the last thing to go, as we see every day.",
    })
    void colleaguesDonorsBrandsAndNoticesAreNoPatient(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Tomas Reyes, RN, has worked here 20 years. Tomas was admitted to our ICU last night with sepsis.",
        "Admitted 😞 — to the ICU overnight: Kemi Ade, 34, with sepsis.",
        "Thanks for tagging us @mara.j! Your new hip looks great.",
        "Thanks to our patients, especially Gina Ruiz, who came back after her sepsis to thank the interns.",
        "A surgeon named Marco came in today hiding his opioid habit from his team.",
        "Thank you to Ada Lin for donating a kidney to her brother last week at our transplant center.",
        "In our ED Maya Brandt, 34, was treated for a seizure last night.",
        "Tommy Hilfiger left his jacket by the flu shot chairs when we sent him to the ER.",
        "One of my patients, a 3rd grader at Lincoln Elementary, had strep this week.",
        "One of the cooks at Jefferson Middle came in with chest pain during lunch. STEMI, door-to-balloon 41 min.",
        "His family says Alzheimer's took Walter's words first; music is the last thing to go.",
    })
    void theirPatientTwinsStillBlock(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    @Test
    void anExecutiveDirectorIsNoCareSetting() {
        String director = "Our ED Gérald Lacroix cut the ribbon today.";
        String department = "In our ED Gérald Lacroix cut the ribbon today.";
        assertThat(Signals.careWordIn(AnalyzedPost.analyze(Draft.of(director), director), 0)).isFalse();
        assertThat(Signals.careWordIn(AnalyzedPost.analyze(Draft.of(department), department), 0)).isTrue();
    }

    @Test
    void aDetectorsPartOfATitledNameIsAColleague() {
        assertThat(withPerson("Grateful to Prof. Lena Marsh for her keynote on sepsis bundles in our ICU this morning.",
                "Marsh")).isEmpty();
        assertThat(withPerson("Our CNO Ruth Abebe cut the ribbon on the new cardiac wing today.", "Abebe")).isEmpty();
        // twins: the same names for patients
        assertThat(withPerson("Pt Lena Marsh was admitted to our ICU with sepsis this morning.", "Marsh"))
                .containsExactly("Marsh");
        assertThat(withPerson("Our patient Ruth Abebe went home from the cardiac unit today.", "Abebe"))
                .containsExactly("Abebe");
        // a title that ends the sentence before is not the title of a name that opens the next one
        assertThat(withPerson("Coffee is on me today, nurses. Pray Lena Marsh pulls through, she was admitted to our "
                + "ICU last night.", "Marsh")).containsExactly("Marsh");
    }

    // Identifier rules, round 14: a contact under a label sentence, an inbox named for a group, a simulator's
    // age, the writer's own care date, a staff member's death notice, a date said to every reader's child.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Flu shots for staff all week in the cafeteria. Questions? 503-555-0148",
        "Caregiver support night is back on the 2nd Tuesday. More info: (406) 555-0172 #caregivers",
        "Blood drive Friday in the gym, bring a friend and a photo ID. RSVP! 614-555-0139",
        "Our grief group meets Thursdays in the chapel. Questions? grief.group@stmarkshospice.org",
        "Volunteer orientation is Saturday at 9. Details: volunteerprogram@lakesidecare.org",
        "Nominations for the ethics committee close soon; send them to ethicscommittee@valleyhealth.org",
        "Retiring our 94-year-old mannequin from the sim lab this week; he ran 2,000 mock codes.",
        "Our sim lab's 91-year-old SimMan got new lungs today, courtesy of the foundation.",
        "Say goodbye to Harold, the CPR manikin (aged 95 by our count), retired this week.",
        "Blogging my recovery: I had my gallbladder removed on May 9 and I'm finally eating pizza again.",
        "Confession from a cardiologist: my own stress test on 2/11 was humbling.",
        "With sadness we share that our longtime cook, Ada Pierce, died on April 2. Visitation Monday at Kerr Funeral Home.",
        "Our condolences: our night custodian Luis Ortega passed away on 9/14. Services Friday at St. Anne's.",
        "Reminder: bring your kid's vaccine card to the school clinic Sept 8 at Lincoln Elementary.",
        "Bring your child's immunization record to the kindergarten round-up Apr 22 at the county fairgrounds.",
        "Welcome to the world, Mila! Our pharmacy manager Jo and her wife welcomed her 6/30 at 9 lb.",
        "Big news from nights: our ICU charge nurse Omar and his husband welcomed a daughter on 1/22, all 7 lb of her.",
    })
    void identifierLabelsSimulatorsAndOwnNewsPass(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Questions? 503-555-0148 is Mrs. Lund's cell, she wants a call about her biopsy.",
        "My pt asked me to call her daughter. Questions? 503-555-0148 is the daughter's cell.",
        "Mr. Ruiz wants his results. Questions? ruizfamily@gmail.com",
        "Pt Helen Cho's son wrote from cho.family.team@gmail.com about her discharge.",
        "Our 94-year-old patient in bed 3 still beats me at cribbage.",
        "Sim lab day off for me: my pt, 93, went home today after her hip surgery.",
        "I admitted Mr. Tran on May 9 after his fall at home.",
        "My patient had her gallbladder removed on May 9 and is eating pizza again.",
        "Our patient Ada Pierce died on April 2 on our unit. Visitation Monday at Kerr Funeral Home.",
        "Your son Eli's shot record shows his Tdap on Sept 8, so he is all set.",
        "Someone keeps commenting slurs on our page from 81.22.190.14; it's a former client, we know the style.",
        "Wild shift: 14 y/o crashed his dirt bike into the creek, flown out by noon.",
        "ME case 24-0912: 31F, found at the bus depot at dawn, naloxone x3.",
        "EMS brought in 47F in SVT from the mall food court.",
    })
    void patientIdentifierTwinsOfThoseStillBlock(String text) {
        assertThat(CHECKER.check(text).isBlocked()).as(text).isTrue();
    }

    /** The identifier itself is found with its type, not only the post blocked by something else. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "IP|Someone keeps commenting slurs on our page from 81.22.190.14; it's a former client, we know the style.",
        "IP|A former client keeps posting threats from 98.14.7.220 on our page.",
        "AGE|Wild shift: 14 y/o crashed his dirt bike into the creek, flown out by noon.",
        "AGE|Busy night, 16yo, slipped on the ice at the rink and broke her wrist.",
        "AGE|ME case 24-0912: 31F, found at the bus depot at dawn, naloxone x3.",
        "AGE|EMS brought in 47F in SVT from the mall food court.",
        "LICENSE|My pt showed me his CDL (OH K7731046) and asked if the DOT will pull it after his stent.",
        "LICENSE|Trucker in bed 4 wants his commercial driver's license C5512098 back before discharge.",
        "OTHER_ID|Ambulance run #25-00913 overnight: 71M ejected in a rollover on Hwy 12, flown to Iowa City.",
        "OTHER_ID|Medic 5 trip no. 2025-4410, patient refused transport after the fall at the rink.",
        "HEALTH_PLAN|Denied again for my pt, member ID TX 5510 3381 20, anyone have a contact at the plan?",
        "HEALTH_PLAN|Her Medicaid ID NE 220 417 936 keeps bouncing at the pharmacy counter.",
        "HEALTH_PLAN|His Medicare no. 4408 12931 2 came back invalid at check-in today.",
        "DATE|Mr. Abe, back from St. Luke's 5/17 s/p CABG, is asking for his dentures.",
        "DATE|Preemie Noor, born at 27 weeks on 4/5 weighing 900 g, went home today.",
        "DATE|Glad to see Tom back today; he was with us 6/3-6/8 for his pneumonia.",
        "DATE|Our pharmacy manager Jo welcomed her patient's baby girl, born 6/30 in our ambulance bay.",
        "DATE|Congrats to our charge nurse on the arrival of baby Ava, born 3/2 at 26 weeks, now in our NICU.",
    })
    void patientsIdentifierIsFoundWithItsType(String row) {
        String type = row.substring(0, row.indexOf('|'));
        String text = row.substring(row.indexOf('|') + 1);
        assertThat(CHECKER.check(text).findings()).as(text)
                .anyMatch(f -> f.type() == FindingType.valueOf(type) && f.severity() == org.primum.policy.Severity.BLOCK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "We raised $40M in grants for the new tower.",
        "Camp nurse tip: 12 y/o campers needed sunscreen more than bug spray this week.",
        "Our server logs show the portal page version 1.2.3.4 shipped today.",
        "Got my CDL renewed today; 25 years driving the county ambulance.",
        "Our 10K fun run #5 raised $12,400 for the NICU family fund.",
        "Dr. Ruiz was with us 6/3-6/8 for the trauma course.",
    })
    void lookalikesOfThoseAreNoIdentifiers(String text) {
        assertThat(CHECKER.check(text).findings()).as(text)
                .noneMatch(f -> f.category() == org.primum.policy.Category.PHI
                        && f.severity() == org.primum.policy.Severity.BLOCK);
    }
}
