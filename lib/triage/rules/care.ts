import type { Bilingual, CareRule, Likelihood } from "./types";

/**
 * Care rules: what to do when no red flag fired. Every matching rule counts; the highest severity
 * wins (when in doubt, escalate), and the first matching rule at that severity names the specialty,
 * so more specific rules come first within a severity. A child under 14 is referred to a
 * pediatrician and a pregnancy to a gynecologist whatever the rule says (see ../engine.ts).
 * No rule names a medicine with an amount: medicines are for a pharmacist or doctor to choose.
 */

const c = (en: string, hi: string, likelihood: Likelihood = "possible") => ({
  name: { en, hi },
  likelihood,
});
const b = (en: string, hi: string): Bilingual => ({ en, hi });

// Shared advice and warnings.
const fluids = b(
  "Rest and drink plenty of fluids (water, ORS, soups).",
  "आराम करें और खूब तरल लें (पानी, ओआरएस, सूप)।",
);
const pharmacist = b(
  "A pharmacist or doctor can tell you which medicine is safe for you; follow the label.",
  "कौन-सी दवा आपके लिए सुरक्षित है, यह फ़ार्मासिस्ट या डॉक्टर बताएँगे; पैकेट पर लिखे निर्देश मानें।",
);
const worse108 = b(
  "Getting worse quickly, or any trouble breathing, chest pain or confusion: call 108.",
  "तेज़ी से हालत बिगड़े, या सांस में दिक्कत, सीने में दर्द या उलझन हो: 108 पर फ़ोन करें।",
);
const seeIfNotBetter = b(
  "Not better in a few days, or getting worse: see a doctor.",
  "कुछ दिनों में ठीक न हो या बढ़ता जाए: डॉक्टर को दिखाएँ।",
);
const today = b("Get seen by a doctor today.", "आज ही डॉक्टर को दिखाएँ।");
const hospitalToday = b(
  "Go to a hospital or urgent clinic today.",
  "आज ही अस्पताल या तुरंत इलाज वाले क्लिनिक जाएँ।",
);
const book = b(
  "Book a visit with a doctor in the next few days.",
  "अगले कुछ दिनों में डॉक्टर से मिलने का समय लें।",
);
const ors = b(
  "Sip ORS or water often, in small amounts.",
  "ओआरएस या पानी थोड़ा-थोड़ा करके बार-बार पिएँ।",
);
const dehydrationWatch = b(
  "Very little urine, very dry mouth, drowsiness: get help today; unable to drink: call 108.",
  "बहुत कम पेशाब, मुँह बहुत सूखना, सुस्ती: आज ही मदद लें; पी न पाएँ तो 108 पर फ़ोन करें।",
);
const rice = b(
  "Rest it, use a cold pack wrapped in a cloth, and keep it raised.",
  "आराम दें, कपड़े में लपेटकर ठंडी सिकाई करें, और ऊपर उठाकर रखें।",
);
const keepActive = b(
  "Keep gently active; a warm or cold pack can ease the pain.",
  "हल्के-फुल्के सक्रिय रहें; गर्म या ठंडी सिकाई से आराम मिल सकता है।",
);

const NHS = "NHS conditions / NHS 111";

export const careRules: readonly CareRule[] = [
  // =============================================================== urgent: get help today =====
  {
    id: "c_chest_pain",
    source: "NHS: Chest pain — get help from 111 / A&E; NICE CG95",
    when: [{ any: ["chest_pain"] }],
    severity: "urgent",
    specialty: "cardiologist",
    conditions: [
      c("heart-related chest pain", "दिल से जुड़ा सीने का दर्द"),
      c("muscle strain", "मांसपेशियों में खिंचाव"),
      c("acid reflux", "एसिड रिफ्लक्स"),
    ],
    advice: [
      b(
        "Get checked today, with an ECG, at a hospital or clinic.",
        "आज ही अस्पताल या क्लिनिक में ईसीजी के साथ जाँच कराएँ।",
      ),
    ],
    watch: [
      b(
        "Sweating, breathlessness, pain spreading to the arm or jaw, or pain lasting over 15 minutes: call 108.",
        "पसीना, सांस फूलना, बाँह या जबड़े तक दर्द, या 15 मिनट से ज़्यादा दर्द: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_heart_failure",
    source: "NHS: Heart failure — breathlessness with swollen ankles: urgent GP",
    when: [{ all: ["breathlessness", "leg_swelling"], none: ["breathless_on_exertion"] }],
    severity: "urgent",
    specialty: "cardiologist",
    conditions: [c("heart failure", "हृदय की कमज़ोरी (हार्ट फ़ेल्योर)")],
    advice: [
      today,
      b(
        "Sleep propped up on pillows if lying flat makes breathing harder.",
        "लेटने पर सांस ज़्यादा फूले तो तकियों के सहारे ऊँचा होकर सोएँ।",
      ),
    ],
    watch: [worse108],
  },
  {
    id: "c_pneumonia",
    source:
      "NHS: Pneumonia — cough, fever and breathlessness; Semigran 2015 emergent: pneumonia; IMCI",
    when: [
      {
        all: ["cough", "breathlessness"],
        any: ["fever", "high_fever"],
        none: ["breathless_on_exertion"],
      },
      { all: ["fast_breathing"], any: ["cough", "fever"] },
    ],
    severity: "urgent",
    specialty: "pulmonologist",
    conditions: [c("pneumonia", "निमोनिया"), c("chest infection", "छाती का संक्रमण")],
    advice: [today],
    watch: [
      b(
        "Lips turning blue, confusion, or too breathless to speak: call 108.",
        "होंठ नीले, उलझन, या सांस इतनी फूले कि बोल न सकें: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_breathless",
    source: "NHS: Shortness of breath — see a GP urgently or call 111",
    when: [{ any: ["breathlessness"], none: ["breathless_on_exertion"] }],
    severity: "urgent",
    specialty: "pulmonologist",
    conditions: [
      c("asthma or chest infection", "दमा या छाती का संक्रमण"),
      c("a heart or lung problem", "दिल या फेफड़े की समस्या"),
    ],
    advice: [today],
    watch: [
      b(
        "Cannot finish a sentence, lips turning blue: call 108.",
        "पूरा वाक्य न बोल पाएँ, होंठ नीले पड़ें: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_palpitations_with_symptoms",
    source: "NHS: Heart palpitations — urgent GP / 111 with dizziness or breathlessness",
    when: [{ all: ["palpitations"], any: ["dizziness", "breathlessness", "fainting"] }],
    severity: "urgent",
    specialty: "cardiologist",
    conditions: [c("a heart rhythm problem", "दिल की धड़कन की गड़बड़ी")],
    advice: [b("Sit down and rest; get an ECG today.", "बैठकर आराम करें; आज ही ईसीजी कराएँ।")],
    watch: [
      b(
        "Chest pain, fainting or severe breathlessness: call 108.",
        "सीने में दर्द, बेहोशी या बहुत सांस फूलना: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_fainting",
    source: "NHS: Fainting — get help if it happens again or with other symptoms",
    when: [{ any: ["fainting"] }],
    severity: "urgent",
    specialty: "cardiologist",
    conditions: [
      c("a simple faint", "सामान्य बेहोशी", "likely"),
      c("a heart rhythm problem", "दिल की धड़कन की गड़बड़ी"),
    ],
    advice: [
      today,
      b("Lie down with your legs raised until you feel better.", "ठीक लगने तक पैर ऊपर करके लेटे रहें।"),
    ],
    watch: [worse108],
  },
  {
    id: "c_renal_colic",
    source: "NHS: Kidney stones — severe pain in the side: urgent GP / 111",
    when: [{ all: ["flank_pain"], any: ["severe_abdominal_pain", "vomiting", "blood_in_urine"] }],
    severity: "urgent",
    specialty: "urologist",
    conditions: [c("kidney stone", "गुर्दे की पथरी"), c("kidney infection", "गुर्दे का संक्रमण")],
    advice: [hospitalToday],
    watch: [
      b(
        "Fever with shivering or no urine: go to hospital now.",
        "कंपकंपी के साथ बुखार या पेशाब बंद: अभी अस्पताल जाएँ।",
      ),
    ],
  },
  {
    id: "c_kidney_infection",
    source:
      "NHS: Kidney infection — fever, shivering, pain in the back or side with urine symptoms: urgent GP",
    when: [
      {
        any: ["urinary_burning", "frequent_urination", "blood_in_urine"],
        any2: ["fever", "high_fever", "chills", "flank_pain"],
      },
      { all: ["flank_pain"], any: ["fever", "high_fever", "chills"] },
    ],
    severity: "urgent",
    specialty: "urologist",
    conditions: [c("kidney infection", "गुर्दे का संक्रमण"), c("urine infection", "पेशाब का संक्रमण")],
    advice: [today, fluids],
    watch: [worse108],
  },
  {
    id: "c_urine_retention",
    source: "NHS: Urinary retention — cannot pee: A&E",
    when: [{ any: ["urine_retention"] }],
    severity: "urgent",
    specialty: "urologist",
    conditions: [c("urinary retention", "पेशाब रुकना"), c("enlarged prostate", "प्रोस्टेट बढ़ना")],
    advice: [hospitalToday],
    watch: [worse108],
  },
  {
    id: "c_ectopic",
    source: "NHS: Ectopic pregnancy — tummy pain with a missed period or spotting: urgent 111",
    when: [
      {
        sex: "female",
        minAge: 12,
        maxAge: 55,
        any: ["abdominal_pain"],
        any2: ["missed_period", "vaginal_bleeding"],
      },
      { pregnant: true, any: ["abdominal_pain"] },
    ],
    severity: "urgent",
    specialty: "gynecologist",
    conditions: [
      c("pregnancy-related pain", "गर्भावस्था से जुड़ा दर्द"),
      c("ectopic pregnancy", "गर्भाशय के बाहर गर्भ (एक्टोपिक)"),
    ],
    advice: [
      b(
        "Get seen by a gynecologist or hospital today.",
        "आज ही स्त्री रोग विशेषज्ञ या अस्पताल में दिखाएँ।",
      ),
    ],
    watch: [
      b(
        "Severe pain, heavy bleeding, fainting or shoulder-tip pain: call 108.",
        "तेज़ दर्द, बहुत खून, बेहोशी या कंधे की नोक पर दर्द: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_pregnancy_fever",
    source:
      "MoHFW India MCP card: fever in pregnancy; NHS: illness in pregnancy — contact your midwife today",
    when: [{ pregnant: true, any: ["fever", "high_fever", "vomit_everything"] }],
    severity: "urgent",
    specialty: "gynecologist",
    conditions: [c("an infection in pregnancy", "गर्भावस्था में संक्रमण")],
    advice: [
      b(
        "Contact your gynecologist or health centre today.",
        "आज ही अपनी स्त्री रोग विशेषज्ञ या स्वास्थ्य केंद्र से संपर्क करें।",
      ),
      fluids,
    ],
    watch: [
      b(
        "Bleeding, fits, severe headache, or the baby moving less: call 108.",
        "खून आना, दौरे, तेज़ सिरदर्द, या शिशु का कम हिलना: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_dvt",
    source: "NHS: DVT (deep vein thrombosis) — a swollen, painful calf in one leg: urgent 111 / GP",
    when: [{ any: ["calf_swelling"] }],
    severity: "urgent",
    specialty: "general_physician",
    conditions: [
      c("a blood clot in the leg (DVT)", "पैर की नस में खून का थक्का (DVT)"),
      c("muscle strain", "मांसपेशियों में खिंचाव"),
    ],
    advice: [today, b("Do not massage the leg.", "पैर की मालिश न करें।")],
    watch: [
      b(
        "Breathlessness, chest pain or coughing blood: call 108.",
        "सांस फूलना, सीने में दर्द या खांसी में खून: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_pelvic_infection",
    source:
      "NHS: Pelvic inflammatory disease — lower tummy pain with fever or unusual discharge: urgent GP / sexual health clinic",
    when: [
      {
        sex: "female",
        minAge: 12,
        maxAge: 55,
        all: ["abdominal_pain"],
        any: ["fever", "high_fever", "chills"],
        any2: ["vaginal_discharge", "vaginal_bleeding"],
      },
    ],
    severity: "urgent",
    specialty: "gynecologist",
    conditions: [
      c("pelvic infection (PID)", "श्रोणि संक्रमण (PID)"),
      c("urine infection", "पेशाब का संक्रमण"),
    ],
    advice: [today],
    watch: [worse108],
  },
  {
    id: "c_abdominal_fever",
    source: "NHS: Stomach ache — get help urgently if you also have a high temperature",
    when: [{ all: ["abdominal_pain"], any: ["high_fever", "chills"] }],
    severity: "urgent",
    specialty: "gastroenterologist",
    conditions: [
      c("an infection in the belly", "पेट में संक्रमण"),
      c("typhoid or another infection", "टाइफ़ाइड या कोई और संक्रमण"),
    ],
    advice: [today],
    watch: [worse108],
  },
  {
    id: "c_severe_abdominal",
    source: "NHS: Stomach ache — go to A&E if severe; NHS: Appendicitis",
    when: [
      { any: ["severe_abdominal_pain"] },
      { any: ["abdominal_pain", "back_pain", "flank_pain", "pain"], any2: ["worst_ever"] },
    ],
    severity: "urgent",
    specialty: "gastroenterologist",
    conditions: [
      c("appendicitis", "अपेंडिसाइटिस"),
      c("gallstones or kidney stones", "पित्त या गुर्दे की पथरी"),
    ],
    advice: [
      b(
        "Go to a hospital or urgent clinic today; do not eat until you are checked.",
        "आज ही अस्पताल या क्लिनिक जाएँ; जाँच होने तक कुछ न खाएँ।",
      ),
    ],
    watch: [worse108],
  },
  {
    id: "c_dehydration",
    source: "WHO IMCI: some dehydration — treat at the facility (plan B); NHS: Dehydration",
    when: [{ any: ["dehydration", "vomit_everything"] }],
    severity: "urgent",
    specialty: "general_physician",
    conditions: [c("dehydration", "शरीर में पानी की कमी", "likely")],
    advice: [ors, today],
    watch: [dehydrationWatch],
  },
  {
    id: "c_bloody_diarrhea",
    source: "NHS: Blood in poo with diarrhoea — urgent GP; WHO IMCI: dysentery",
    when: [{ any: ["bloody_diarrhea"] }],
    severity: "urgent",
    specialty: "gastroenterologist",
    conditions: [c("dysentery (gut infection)", "पेचिश (आँतों का संक्रमण)")],
    advice: [ors, today],
    watch: [dehydrationWatch],
  },
  {
    id: "c_dengue_warning",
    source:
      "WHO Dengue guidelines (2009): dengue with warning signs needs hospital care; NVBDCP India",
    when: [{ any: ["fever", "high_fever"], any2: ["bleeding_gums", "nosebleed"] }],
    severity: "urgent",
    specialty: "general_physician",
    conditions: [c("dengue with warning signs", "चेतावनी संकेतों वाला डेंगू")],
    advice: [
      b(
        "Go to a hospital today for a blood count and dengue test.",
        "आज ही अस्पताल जाकर ब्लड काउंट और डेंगू जाँच कराएँ।",
      ),
      fluids,
    ],
    watch: [
      b(
        "Fainting, cold hands and feet, black stools or vomiting blood: call 108.",
        "बेहोशी, ठंडे हाथ-पैर, काला मल या खून की उल्टी: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_infant_high_fever",
    source: "NHS: Fever in children — 3 to 6 months with 39C or higher: urgent; NICE NG143 amber",
    when: [{ any: ["high_fever"], maxAgeMonths: 6 }],
    severity: "urgent",
    specialty: "pediatrician",
    conditions: [c("an infection in a baby", "शिशु में संक्रमण")],
    advice: [
      b(
        "Get the baby seen by a doctor today; keep feeding.",
        "आज ही शिशु को डॉक्टर को दिखाएँ; दूध पिलाते रहें।",
      ),
    ],
    watch: [
      b(
        "Not feeding, very sleepy, a fit or a rash that does not fade: call 108.",
        "दूध न पीना, बहुत सुस्ती, दौरा या न मिटने वाले दाने: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_child_fever_5_days",
    source:
      "NHS: Fever in children — a temperature that lasts 5 days or more: urgent GP; NICE NG143 amber",
    when: [{ any: ["fever", "high_fever"], minDays: 5, maxAge: 14 }],
    severity: "urgent",
    specialty: "pediatrician",
    conditions: [
      c("an infection that needs a check", "ऐसा संक्रमण जिसकी जाँच ज़रूरी है"),
      c("typhoid, malaria or dengue", "टाइफ़ाइड, मलेरिया या डेंगू"),
    ],
    advice: [today, fluids],
    watch: [worse108],
  },
  {
    id: "c_cough_blood",
    source: "NHS: Coughing up blood — urgent GP or 111",
    when: [{ any: ["cough_blood"] }],
    severity: "urgent",
    specialty: "pulmonologist",
    conditions: [c("chest infection", "छाती का संक्रमण"), c("tuberculosis (TB)", "टीबी (क्षय रोग)")],
    advice: [
      today,
      b(
        "Ask for a sputum test for TB (free at government centres).",
        "टीबी के लिए बलगम जाँच कराएँ (सरकारी केंद्रों पर मुफ़्त)।",
      ),
    ],
    watch: [
      b(
        "Coughing more than a few spoonfuls of blood or breathlessness: call 108.",
        "कुछ चम्मच से ज़्यादा खून या सांस फूलना: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_jaundice",
    source: "NHS: Jaundice — yellow skin or eyes: urgent GP / 111",
    when: [{ any: ["jaundice"] }],
    severity: "urgent",
    specialty: "gastroenterologist",
    conditions: [
      c("hepatitis (liver infection)", "हेपेटाइटिस (लिवर संक्रमण)"),
      c("gallstones", "पित्त की पथरी"),
    ],
    advice: [today, b("Avoid alcohol.", "शराब न लें।")],
    watch: [
      b(
        "Drowsiness, confusion or vomiting blood: call 108.",
        "सुस्ती, उलझन या खून की उल्टी: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_animal_bite",
    source:
      "NCDC India National Rabies Control Programme: wash the wound and get post-exposure prophylaxis the same day",
    when: [{ any: ["animal_bite"] }],
    severity: "urgent",
    specialty: "general_physician",
    conditions: [c("risk of rabies", "रेबीज़ का ख़तरा")],
    advice: [
      b(
        "Wash the wound under running water with soap for 15 minutes.",
        "घाव को साबुन और बहते पानी से 15 मिनट तक धोएँ।",
      ),
      b(
        "Get the anti-rabies vaccine today at a hospital or health centre.",
        "आज ही अस्पताल या स्वास्थ्य केंद्र में रेबीज़ का टीका लगवाएँ।",
      ),
    ],
    watch: [worse108],
  },
  {
    id: "c_scorpion_sting",
    source: "MoHFW/ICMR India STG: scorpion sting — observe at a health facility",
    when: [{ any: ["scorpion_sting"] }],
    severity: "urgent",
    specialty: "general_physician",
    conditions: [c("scorpion sting", "बिच्छू का डंक", "likely")],
    advice: [hospitalToday],
    watch: [
      b(
        "Sweating, vomiting, breathlessness or chest pain: call 108.",
        "पसीना, उल्टी, सांस फूलना या सीने में दर्द: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_fracture",
    source: "NHS: Broken bones — go to A&E",
    when: [{ any: ["fracture"] }],
    severity: "urgent",
    specialty: "orthopedic",
    conditions: [c("broken bone", "हड्डी टूटना"), c("bad sprain", "गंभीर मोच")],
    advice: [
      b(
        "Keep it still and supported; go to a hospital today for an X-ray.",
        "उसे स्थिर और सहारे में रखें; आज ही अस्पताल जाकर एक्स-रे कराएँ।",
      ),
    ],
    watch: [
      b(
        "Bone through the skin, heavy bleeding, or a cold, pale or numb limb: call 108.",
        "हड्डी त्वचा से बाहर, बहुत खून, या ठंडा, पीला या सुन्न अंग: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_head_injury_risk",
    source: "NICE NG232 / NHS: head injury in people over 65 or on blood thinners — A&E",
    when: [
      { all: ["head_injury"], any: ["anticoagulant"] },
      { all: ["head_injury"], minAge: 65 },
    ],
    severity: "urgent",
    specialty: "neurologist",
    conditions: [
      c("bleeding inside the head", "सिर के अंदर खून बहना"),
      c("minor head injury", "सिर की मामूली चोट"),
    ],
    advice: [hospitalToday],
    watch: [
      b(
        "Vomiting, drowsiness, confusion or a fit: call 108.",
        "उल्टी, सुस्ती, उलझन या दौरा: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_face_swelling",
    source: "NHS: Insect bites and stings / angioedema — swelling of the face needs urgent help",
    when: [{ any: ["face_swelling"] }],
    severity: "urgent",
    specialty: "general_physician",
    conditions: [c("allergic swelling (angioedema)", "एलर्जी से सूजन (एंजियोएडिमा)")],
    advice: [today],
    watch: [
      b(
        "Any trouble breathing or swallowing, or feeling faint: call 108.",
        "सांस लेने या निगलने में दिक्कत, या चक्कर/बेहोशी: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_burn_serious",
    source:
      "NHS: Burns and scalds — A&E for burns that blister, burns bigger than the hand, and burns in children under 5",
    when: [
      { all: ["burn"], any: ["blisters"] },
      { all: ["burn"], maxAge: 5 },
      { all: ["burn"], minAge: 60 },
      { all: ["burn"], pregnant: true },
    ],
    severity: "urgent",
    specialty: "general_physician",
    conditions: [c("burn that needs dressing", "जलन जिसकी पट्टी ज़रूरी है", "likely")],
    advice: [
      b(
        "Cool the burn under cool running water for 20 minutes; do not use ice, butter or toothpaste.",
        "जले हिस्से को 20 मिनट तक बहते ठंडे पानी में रखें; बर्फ़, मक्खन या टूथपेस्ट न लगाएँ।",
      ),
      b(
        "Do not burst blisters; cover loosely with a clean cloth and get it seen today.",
        "छाले न फोड़ें; साफ़ कपड़े से हल्का ढकें और आज ही दिखाएँ।",
      ),
    ],
    watch: [worse108],
  },
  {
    id: "c_red_painful_eye",
    source: "NHS: Red eye — A&E for a painful red eye with blurred vision; NHS: Glaucoma",
    when: [
      {
        any: ["eye_pain", "eye_injury"],
        any2: ["blurred_vision", "eye_redness", "headache", "vomiting"],
      },
      { any: ["eye_injury"] },
    ],
    severity: "urgent",
    specialty: "ophthalmologist",
    conditions: [
      c("acute glaucoma", "ग्लूकोमा (काला मोतिया) का दौरा"),
      c("eye inflammation or injury", "आँख की सूजन या चोट"),
    ],
    advice: [b("See an eye doctor or hospital today.", "आज ही आँखों के डॉक्टर या अस्पताल में दिखाएँ।")],
    watch: [b("Sudden loss of sight: call 108.", "अचानक दिखना बंद: 108 पर फ़ोन करें।")],
  },
  {
    id: "c_testicular_pain",
    source: "NHS: Testicle pain — sudden severe pain: A&E now (torsion)",
    when: [{ any: ["testicular_pain"] }],
    severity: "urgent",
    specialty: "urologist",
    conditions: [
      c("twisted testicle (torsion)", "अंडकोष का मुड़ जाना (टॉर्शन)"),
      c("infection of the testicle", "अंडकोष का संक्रमण"),
    ],
    advice: [
      b(
        "Go to a hospital now: a twisted testicle must be treated within hours.",
        "अभी अस्पताल जाएँ: मुड़े हुए अंडकोष का इलाज कुछ घंटों में ज़रूरी है।",
      ),
    ],
    watch: [worse108],
  },

  // =============================================================== see a doctor ===============
  {
    id: "c_cough_tb",
    source:
      "MoHFW India NTEP: presumptive TB (cough 2 weeks+, weight loss, night sweats); NHS: cough over 3 weeks",
    when: [
      { any: ["cough"], minDays: 14 },
      { any: ["cough"], any2: ["weight_loss", "night_sweats"] },
    ],
    severity: "see_doctor",
    specialty: "pulmonologist",
    conditions: [
      c("tuberculosis (TB)", "टीबी (क्षय रोग)"),
      c("a lingering chest infection", "लंबा खिंचा छाती का संक्रमण"),
    ],
    advice: [
      book,
      b(
        "Ask for a free sputum test for TB at a government health centre (NTEP).",
        "सरकारी स्वास्थ्य केंद्र पर टीबी के लिए मुफ़्त बलगम जाँच कराएँ (NTEP)।",
      ),
    ],
    watch: [worse108],
  },
  {
    id: "c_cough_week",
    source: "NHS: Cough — see a GP if it is not getting better; IMCI: cough, assess further",
    when: [{ any: ["cough"], minDays: 7 }],
    severity: "see_doctor",
    specialty: "general_physician",
    conditions: [
      c("chest infection", "छाती का संक्रमण"),
      c("viral cough that is slow to settle", "वायरल खांसी जो देर से ठीक हो रही है"),
    ],
    advice: [book, fluids],
    watch: [worse108],
  },
  {
    id: "c_breathless_exertion",
    source: "NHS: Shortness of breath — see a GP if it is long-standing",
    when: [{ any: ["breathless_on_exertion"] }],
    severity: "see_doctor",
    specialty: "pulmonologist",
    conditions: [
      c("asthma or COPD", "दमा या सीओपीडी"),
      c("anaemia or a heart problem", "खून की कमी या दिल की समस्या"),
    ],
    advice: [book],
    watch: [
      b(
        "Breathless at rest or lips turning blue: call 108.",
        "आराम में भी सांस फूले या होंठ नीले पड़ें: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_wheeze",
    source: "NHS: Asthma — see a GP if you wheeze",
    when: [{ any: ["wheeze"] }],
    severity: "see_doctor",
    specialty: "pulmonologist",
    conditions: [c("asthma", "दमा")],
    advice: [book],
    watch: [
      b(
        "Too breathless to speak or lips turning blue: call 108.",
        "इतनी सांस फूले कि बोल न सकें या होंठ नीले पड़ें: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_infant_fever",
    source: "NHS: Fever in babies — see a GP for babies under 6 months; NICE NG143",
    when: [{ any: ["fever"], maxAge: 1 }],
    severity: "see_doctor",
    specialty: "pediatrician",
    conditions: [c("a viral infection", "वायरल संक्रमण", "likely")],
    advice: [
      b("Have the baby seen by a doctor; keep feeding.", "शिशु को डॉक्टर को दिखाएँ; दूध पिलाते रहें।"),
    ],
    watch: [
      b(
        "Not feeding, very sleepy, a fit or a rash that does not fade: call 108.",
        "दूध न पीना, बहुत सुस्ती, दौरा या न मिटने वाले दाने: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_fever_3_days",
    source:
      "NHS: Fever — see a GP if it lasts more than 3 days; NVBDCP India: test every fever for malaria/dengue",
    when: [
      { any: ["fever", "high_fever"], minDays: 3 },
      { any: ["high_fever"] },
      { any: ["fever"], any2: ["chills"] },
    ],
    severity: "see_doctor",
    specialty: "general_physician",
    conditions: [
      c("viral fever", "वायरल बुखार"),
      c("malaria, dengue or typhoid", "मलेरिया, डेंगू या टाइफ़ाइड"),
    ],
    advice: [
      b(
        "See a doctor for a blood test (malaria, dengue, typhoid).",
        "खून की जाँच (मलेरिया, डेंगू, टाइफ़ाइड) के लिए डॉक्टर को दिखाएँ।",
      ),
      fluids,
    ],
    watch: [worse108],
  },
  {
    id: "c_ear",
    source:
      "NHS: Earache — see a GP if it lasts over 3 days, with fever, or discharge; WHO IMCI: ear problem",
    when: [
      { any: ["ear_pain"], any2: ["fever", "high_fever"] },
      { any: ["ear_pain"], maxAge: 14 },
      { any: ["ear_pain"], minDays: 3 },
      { any: ["ear_discharge", "hearing_loss"] },
    ],
    severity: "see_doctor",
    specialty: "ent",
    conditions: [c("ear infection", "कान का संक्रमण", "likely")],
    advice: [book, b("Do not put oil or anything else in the ear.", "कान में तेल या कुछ भी न डालें।")],
    watch: [worse108],
  },
  {
    id: "c_sore_throat_long",
    source:
      "NHS: Sore throat — see a GP if it lasts over a week; Semigran non-emergent: pharyngitis",
    when: [
      { any: ["sore_throat"], minDays: 7 },
      { any: ["sore_throat"], any2: ["high_fever"] },
    ],
    severity: "see_doctor",
    specialty: "ent",
    conditions: [c("tonsillitis or throat infection", "टॉन्सिल या गले का संक्रमण")],
    advice: [book, b("Gargle with warm salt water.", "गुनगुने नमक के पानी से गरारे करें।")],
    watch: [
      b(
        "Cannot swallow saliva, drooling or trouble breathing: call 108.",
        "थूक न निगल पाएँ, लार टपके या सांस में दिक्कत: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_cold_long",
    source: "NHS: Sinusitis — see a GP if symptoms last over 10 days",
    when: [{ any: ["cold"], minDays: 10 }],
    severity: "see_doctor",
    specialty: "ent",
    conditions: [c("sinusitis", "साइनस का संक्रमण")],
    advice: [book],
    watch: [worse108],
  },
  {
    id: "c_diabetes",
    source: "NHS: Type 2 diabetes — thirst, peeing more, weight loss: see a GP",
    when: [
      { any: ["excessive_thirst", "high_sugar"] },
      { all: ["frequent_urination", "weight_loss"] },
    ],
    severity: "see_doctor",
    specialty: "endocrinologist",
    conditions: [c("diabetes or high blood sugar", "मधुमेह या बढ़ी हुई शुगर")],
    advice: [
      book,
      b(
        "A blood sugar test can be done at most health centres.",
        "ज़्यादातर स्वास्थ्य केंद्रों पर शुगर की जाँच हो जाती है।",
      ),
    ],
    watch: [
      b(
        "Vomiting, drowsiness, fast breathing or confusion: call 108.",
        "उल्टी, सुस्ती, तेज़ सांस या उलझन: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_thyroid",
    source: "NHS: Thyroid problems — see a GP",
    when: [{ any: ["thyroid"] }],
    severity: "see_doctor",
    specialty: "endocrinologist",
    conditions: [c("thyroid imbalance", "थायराइड असंतुलन")],
    advice: [book],
    watch: [worse108],
  },
  {
    id: "c_high_bp",
    source: "NHS: High blood pressure — see a GP for a check",
    when: [{ any: ["high_bp"] }],
    severity: "see_doctor",
    specialty: "cardiologist",
    conditions: [c("high blood pressure", "उच्च रक्तचाप")],
    advice: [book],
    watch: [
      b(
        "Severe headache, chest pain, weakness or blurred vision: call 108.",
        "तेज़ सिरदर्द, सीने में दर्द, कमज़ोरी या धुंधला दिखना: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_palpitations",
    source: "NHS: Heart palpitations — see a GP if they keep happening",
    when: [{ any: ["palpitations"] }],
    severity: "see_doctor",
    specialty: "cardiologist",
    conditions: [
      c("anxiety or caffeine", "घबराहट या कैफ़ीन"),
      c("a heart rhythm problem", "दिल की धड़कन की गड़बड़ी"),
    ],
    advice: [book],
    watch: [
      b(
        "Chest pain, fainting or breathlessness: call 108.",
        "सीने में दर्द, बेहोशी या सांस फूलना: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_uti",
    source: "NHS: Urinary tract infections — see a GP or pharmacist; Semigran non-emergent: UTI",
    when: [{ any: ["urinary_burning", "frequent_urination"] }],
    severity: "see_doctor",
    specialty: "urologist",
    conditions: [c("urine infection", "पेशाब का संक्रमण", "likely")],
    advice: [book, fluids],
    watch: [
      b(
        "Fever, shivering or pain in the back or side: get help today.",
        "बुखार, कंपकंपी या पीठ/बगल में दर्द: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_blood_in_urine",
    source: "NHS: Blood in urine — see a GP",
    when: [{ any: ["blood_in_urine"] }],
    severity: "see_doctor",
    specialty: "urologist",
    conditions: [
      c("urine infection", "पेशाब का संक्रमण"),
      c("kidney or bladder stones", "गुर्दे या मूत्राशय की पथरी"),
    ],
    advice: [book],
    watch: [b("Unable to pass urine: go to hospital now.", "पेशाब न उतरे: अभी अस्पताल जाएँ।")],
  },
  {
    id: "c_gyn",
    source:
      "NHS: Irregular periods, heavy periods, vaginal discharge, bleeding between periods — see a GP",
    when: [{ any: ["heavy_periods", "missed_period", "vaginal_discharge", "vaginal_bleeding"] }],
    severity: "see_doctor",
    specialty: "gynecologist",
    conditions: [c("hormonal changes", "हार्मोन में बदलाव"), c("an infection", "संक्रमण")],
    advice: [book],
    watch: [
      b(
        "Heavy bleeding, fainting or severe belly pain: call 108.",
        "बहुत खून, बेहोशी या पेट में तेज़ दर्द: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_mood_long",
    source:
      "NHS: Clinical depression / generalised anxiety — see a GP if it lasts over 2 weeks; WHO mhGAP",
    when: [{ any: ["low_mood"] }, { any: ["anxiety", "insomnia"], minDays: 14 }],
    severity: "see_doctor",
    specialty: "psychiatrist",
    conditions: [c("depression", "अवसाद (डिप्रेशन)"), c("anxiety", "चिंता विकार")],
    advice: [
      book,
      b(
        "Talk to someone you trust; Tele-MANAS (14416) is free, any time.",
        "किसी भरोसेमंद से बात करें; टेली-मानस (14416) मुफ़्त है, कभी भी।",
      ),
    ],
    watch: [
      b(
        "Thoughts of harming yourself: call 108 or 14416 now.",
        "खुद को नुकसान पहुँचाने के विचार: अभी 108 या 14416 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_headache_long",
    source: "NHS: Headaches — see a GP if they keep coming back or last a week",
    when: [{ any: ["headache"], minDays: 7 }, { any: ["migraine"] }],
    severity: "see_doctor",
    specialty: "neurologist",
    conditions: [c("tension headache or migraine", "तनाव वाला सिरदर्द या माइग्रेन", "likely")],
    advice: [
      book,
      b(
        "Keep a headache diary: when, how long, what helps.",
        "सिरदर्द की डायरी रखें: कब, कितनी देर, किससे आराम।",
      ),
    ],
    watch: [
      b(
        "Sudden severe headache, weakness, stiff neck or confusion: call 108.",
        "अचानक तेज़ सिरदर्द, कमज़ोरी, गर्दन अकड़ना या उलझन: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_head_injury",
    source: "NHS: Head injury and concussion — get advice if symptoms appear",
    when: [{ any: ["head_injury"] }],
    severity: "see_doctor",
    specialty: "neurologist",
    conditions: [c("minor head injury", "सिर की मामूली चोट", "likely")],
    advice: [
      book,
      b(
        "Rest and have someone stay with you for the first 24 hours.",
        "आराम करें और पहले 24 घंटे किसी को साथ रखें।",
      ),
    ],
    watch: [
      b(
        "Vomiting, drowsiness, confusion or a fit: call 108.",
        "उल्टी, सुस्ती, उलझन या दौरा: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_vision",
    source: "NHS: Blurred vision — see an optician or GP",
    when: [{ any: ["blurred_vision", "eye_pain"] }],
    severity: "see_doctor",
    specialty: "ophthalmologist",
    conditions: [c("a vision problem", "नज़र की समस्या")],
    advice: [book],
    watch: [b("Sudden loss of sight: call 108.", "अचानक दिखना बंद: 108 पर फ़ोन करें।")],
  },
  {
    id: "c_dizziness",
    source: "NHS: Dizziness — see a GP if it keeps coming back",
    when: [{ any: ["dizziness"] }],
    severity: "see_doctor",
    specialty: "general_physician",
    conditions: [
      c("low blood pressure on standing", "खड़े होने पर रक्तचाप गिरना"),
      c("inner ear problem (vertigo)", "भीतरी कान की समस्या (वर्टिगो)"),
    ],
    advice: [book, b("Stand up slowly and drink enough water.", "धीरे-धीरे उठें और पर्याप्त पानी पिएँ।")],
    watch: [
      b(
        "Fainting, chest pain, weakness or slurred speech: call 108.",
        "बेहोशी, सीने में दर्द, कमज़ोरी या बोली लड़खड़ाना: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_bleeding_gums",
    source: "NHS: Bleeding gums — see a dentist",
    when: [{ any: ["bleeding_gums"] }],
    severity: "see_doctor",
    specialty: "dentist",
    conditions: [c("gum disease (gingivitis)", "मसूड़ों की बीमारी (जिंजिवाइटिस)", "likely")],
    advice: [
      book,
      b(
        "Brush gently twice a day and clean between the teeth.",
        "दिन में दो बार हल्के से ब्रश करें और दाँतों के बीच साफ़ करें।",
      ),
    ],
    watch: [
      b(
        "Bleeding gums with fever, bruises or bleeding elsewhere: get help today.",
        "बुखार, नील या कहीं और से खून के साथ मसूड़ों से खून: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_tooth",
    source: "NHS: Toothache — see a dentist; urgent dental care for swelling with fever",
    when: [{ any: ["toothache"] }, { any: ["mouth_ulcer"], minDays: 21 }],
    severity: "see_doctor",
    specialty: "dentist",
    conditions: [c("tooth decay or a tooth infection", "दाँत की सड़न या संक्रमण", "likely")],
    advice: [
      book,
      b(
        "Rinse with warm salt water; avoid very hot, cold or sweet food.",
        "गुनगुने नमक के पानी से कुल्ला करें; बहुत गर्म, ठंडा या मीठा खाने से बचें।",
      ),
    ],
    watch: [
      b(
        "Swelling of the face or neck with fever: get help today.",
        "बुखार के साथ चेहरे या गर्दन में सूजन: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_joint_long",
    source: "NHS: Joint pain / osteoarthritis — see a GP if it lasts more than a few weeks",
    when: [
      { any: ["joint_pain"], minDays: 14 },
      { any: ["joint_pain"], any2: ["fever", "high_fever"] },
    ],
    severity: "see_doctor",
    specialty: "orthopedic",
    conditions: [
      c("osteoarthritis", "घिसाव वाला गठिया"),
      c("inflammatory arthritis", "सूजन वाला गठिया"),
    ],
    advice: [book, keepActive],
    watch: [
      b(
        "A hot, swollen joint with fever: get help today.",
        "बुखार के साथ गर्म, सूजा हुआ जोड़: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_back_long",
    source: "NHS: Back pain — see a GP if it has not improved after a few weeks",
    when: [{ any: ["back_pain", "neck_pain"], minDays: 28 }],
    severity: "see_doctor",
    specialty: "orthopedic",
    conditions: [c("muscle or disc problem", "मांसपेशी या डिस्क की समस्या", "likely")],
    advice: [book, keepActive],
    watch: [
      b(
        "Numbness between the legs or loss of bladder control: call 108.",
        "जाँघों के बीच सुन्नपन या पेशाब पर काबू न रहना: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_sciatica",
    source: "NHS: Sciatica — see a GP if it is not improving after a few weeks or is very painful",
    when: [{ any: ["sciatica"], minDays: 14 }],
    severity: "see_doctor",
    specialty: "orthopedic",
    conditions: [c("sciatica (a pressed nerve in the back)", "साइटिका (कमर की दबी नस)", "likely")],
    advice: [book, keepActive],
    watch: [
      b(
        "Numbness between the legs, loss of bladder control, or weakness in both legs: call 108.",
        "जाँघों के बीच सुन्नपन, पेशाब पर काबू न रहना, या दोनों पैरों में कमज़ोरी: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_painful_blistering_rash",
    source: "NHS: Shingles — see a GP within 3 days for a painful rash with blisters",
    when: [{ all: ["rash", "blisters"] }],
    severity: "see_doctor",
    specialty: "dermatologist",
    conditions: [
      c("shingles", "दाद-छाजन जैसा हर्पीज़ (शिंगल्स)"),
      c("a blistering skin infection", "छालों वाला त्वचा संक्रमण"),
    ],
    advice: [
      b(
        "See a doctor within 3 days: early treatment helps.",
        "3 दिन के भीतर डॉक्टर को दिखाएँ: जल्दी इलाज से फ़ायदा होता है।",
      ),
    ],
    watch: [
      b(
        "A rash near the eye, or fever with confusion: get help today.",
        "आँख के पास दाने, या बुखार के साथ उलझन: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_skin_long",
    source: "NHS: Rashes — see a GP if a rash does not go away in a week or spreads",
    when: [
      { any: ["rash", "itching", "hives"], minDays: 7 },
      { any: ["rash"], any2: ["fever", "high_fever"] },
    ],
    severity: "see_doctor",
    specialty: "dermatologist",
    conditions: [
      c("eczema or dermatitis", "एक्ज़िमा या त्वचा की सूजन"),
      c("fungal infection", "फंगल संक्रमण"),
    ],
    advice: [
      book,
      b("Keep the skin clean and dry; avoid scratching.", "त्वचा साफ़ और सूखी रखें; खुजलाने से बचें।"),
    ],
    watch: [
      b(
        "A rash that does not fade when pressed, with fever: call 108.",
        "बुखार के साथ दबाने पर न मिटने वाले दाने: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_heartburn_long",
    source: "NHS: Heartburn and acid reflux — see a GP if it lasts more than 3 weeks",
    when: [
      { any: ["heartburn"], minDays: 21 },
      { any: ["heartburn"], any2: ["weight_loss"] },
    ],
    severity: "see_doctor",
    specialty: "gastroenterologist",
    conditions: [c("acid reflux (GERD)", "एसिड रिफ्लक्स (GERD)"), c("stomach ulcer", "पेट का अल्सर")],
    advice: [book],
    watch: [
      b(
        "Vomiting blood, black stools or trouble swallowing: call 108.",
        "खून की उल्टी, काला मल या निगलने में दिक्कत: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_bowel_long",
    source: "NHS: Diarrhoea (over 7 days) / constipation (over 3 weeks) — see a GP",
    when: [
      { any: ["diarrhea"], minDays: 7 },
      { any: ["constipation"], minDays: 21 },
      { any: ["constipation", "diarrhea"], any2: ["weight_loss", "loss_of_appetite"], minAge: 50 },
      { any: ["vomiting"], minDays: 2 },
    ],
    severity: "see_doctor",
    specialty: "gastroenterologist",
    conditions: [c("a bowel problem that needs a check", "आँतों की समस्या जिसकी जाँच ज़रूरी है")],
    advice: [book, fluids],
    watch: [
      b(
        "Blood in stools, black stools or severe pain: get help today.",
        "मल में खून, काला मल या तेज़ दर्द: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_infant_gut",
    source: "NHS: Diarrhoea and vomiting in babies — see a GP for babies under 1",
    when: [{ any: ["diarrhea", "vomiting"], maxAge: 1 }],
    severity: "see_doctor",
    specialty: "pediatrician",
    conditions: [c("a tummy bug", "पेट का संक्रमण", "likely")],
    advice: [
      b(
        "Keep breastfeeding and give ORS as a health worker shows you.",
        "माँ का दूध देते रहें और स्वास्थ्यकर्मी के बताए अनुसार ओआरएस दें।",
      ),
    ],
    watch: [dehydrationWatch],
  },
  {
    id: "c_long_tiredness",
    source: "NHS: Tiredness and fatigue — see a GP if it lasts weeks; NHS: unexplained weight loss",
    when: [
      { any: ["fatigue", "unwell", "loss_of_appetite"], minDays: 14 },
      { any: ["weight_loss"] },
    ],
    severity: "see_doctor",
    specialty: "general_physician",
    conditions: [
      c("anaemia or thyroid imbalance", "खून की कमी या थायराइड असंतुलन"),
      c("a long-term infection", "लंबा संक्रमण"),
    ],
    advice: [
      book,
      b("A blood test can look for common causes.", "खून की जाँच से आम कारण पता चल सकते हैं।"),
    ],
    watch: [worse108],
  },
  {
    id: "c_swollen_legs",
    source: "NHS: Swollen ankles, feet and legs (oedema) — see a GP if it does not go",
    when: [{ any: ["leg_swelling"] }],
    severity: "see_doctor",
    specialty: "general_physician",
    conditions: [c("fluid build-up (oedema)", "पानी भरना (सूजन)")],
    advice: [book, b("Raise your legs when sitting.", "बैठते समय पैर ऊपर रखें।")],
    watch: [
      b(
        "One painful swollen calf, or breathlessness: get help today.",
        "एक पिंडली में दर्द के साथ सूजन, या सांस फूलना: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_numbness",
    source: "NHS: Pins and needles — see a GP if it keeps coming back",
    when: [{ any: ["numbness"] }],
    severity: "see_doctor",
    specialty: "neurologist",
    conditions: [
      c("a nerve problem", "नसों की समस्या"),
      c("vitamin B12 deficiency or diabetes", "विटामिन B12 की कमी या मधुमेह"),
    ],
    advice: [book],
    watch: [
      b(
        "Sudden numbness or weakness on one side: call 108.",
        "अचानक एक तरफ़ सुन्नपन या कमज़ोरी: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_elderly_fall",
    source: "NICE CG161 falls in older people — assess after a fall",
    when: [{ any: ["injury"], minAge: 65 }],
    severity: "see_doctor",
    specialty: "orthopedic",
    conditions: [c("bruising or a sprain", "चोट या मोच")],
    advice: [book],
    watch: [
      b(
        "Cannot stand, new confusion or a head injury: get help today.",
        "खड़े न हो पाएँ, नई उलझन या सिर में चोट: आज ही दिखाएँ।",
      ),
    ],
  },

  // =============================================================== self care ==================
  {
    id: "c_pregnancy_sickness",
    source: "NHS: Vomiting and morning sickness — self care when keeping fluids down",
    when: [{ pregnant: true, any: ["nausea", "vomiting"] }],
    severity: "self_care",
    specialty: "gynecologist",
    conditions: [c("morning sickness", "गर्भावस्था की मतली", "likely")],
    advice: [
      b(
        "Eat small meals often and sip fluids through the day.",
        "थोड़ा-थोड़ा करके बार-बार खाएँ और दिनभर घूँट-घूँट पानी पिएँ।",
      ),
    ],
    watch: [
      b(
        "Cannot keep fluids down, or very little urine: get help today.",
        "पानी भी न रुके, या पेशाब बहुत कम: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_fever_short",
    source: "NHS: Fever in adults and children — self care for the first days",
    when: [{ any: ["fever"], maxDays: 3 }],
    severity: "self_care",
    specialty: "general_physician",
    conditions: [c("viral fever", "वायरल बुखार", "likely")],
    advice: [fluids, pharmacist],
    watch: [
      b(
        "Fever beyond 3 days, a rash, or bleeding: see a doctor.",
        "3 दिन से ज़्यादा बुखार, दाने या खून आना: डॉक्टर को दिखाएँ।",
      ),
      worse108,
    ],
  },
  {
    id: "c_cold",
    source: "NHS: Common cold — self care; Semigran self-care: cold",
    when: [{ any: ["cold"], maxDays: 10 }],
    severity: "self_care",
    specialty: "general_physician",
    conditions: [c("common cold", "सामान्य जुकाम", "likely"), c("allergy (hay fever)", "एलर्जी")],
    advice: [
      fluids,
      b(
        "Steam inhalation and salt-water gargles can ease it.",
        "भाप लेना और नमक के पानी से गरारे आराम देते हैं।",
      ),
    ],
    watch: [
      b(
        "Lasting over 10 days, high fever or trouble breathing: see a doctor.",
        "10 दिन से ज़्यादा, तेज़ बुखार या सांस में दिक्कत: डॉक्टर को दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_cough_short",
    source: "NHS: Cough — self care",
    when: [{ any: ["cough"], maxDays: 7 }],
    severity: "self_care",
    specialty: "general_physician",
    conditions: [c("viral cough or cold", "वायरल खांसी या जुकाम", "likely")],
    advice: [
      fluids,
      b(
        "Warm drinks with honey can soothe a cough (not for babies under 1).",
        "शहद वाले गुनगुने पेय खांसी में आराम देते हैं (1 साल से छोटे शिशु को नहीं)।",
      ),
    ],
    watch: [
      b(
        "Cough lasting over a week, blood in phlegm, or breathlessness: see a doctor.",
        "एक हफ़्ते से ज़्यादा खांसी, बलगम में खून या सांस फूलना: डॉक्टर को दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_sore_throat",
    source: "NHS: Sore throat — self care, usually better within a week",
    when: [{ any: ["sore_throat"], maxDays: 7 }],
    severity: "self_care",
    specialty: "ent",
    conditions: [c("viral sore throat", "वायरल गला खराब", "likely")],
    advice: [fluids, b("Gargle with warm salt water.", "गुनगुने नमक के पानी से गरारे करें।")],
    watch: [
      b(
        "Lasting over a week, trouble swallowing or a high fever: see a doctor.",
        "एक हफ़्ते से ज़्यादा, निगलने में दिक्कत या तेज़ बुखार: डॉक्टर को दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_ear_short",
    source: "NHS: Earache — usually better in 3 days",
    when: [{ any: ["ear_pain"], maxDays: 3 }],
    severity: "self_care",
    specialty: "ent",
    conditions: [c("ear infection or wax", "कान का संक्रमण या मैल")],
    advice: [
      b("Do not put oil or anything else in the ear.", "कान में तेल या कुछ भी न डालें।"),
      pharmacist,
    ],
    watch: [seeIfNotBetter],
  },
  {
    id: "c_headache_short",
    source: "NHS: Headaches — self care for tension headaches",
    when: [{ any: ["headache"], maxDays: 7 }],
    severity: "self_care",
    specialty: "general_physician",
    conditions: [
      c("tension headache", "तनाव वाला सिरदर्द", "likely"),
      c("dehydration or lack of sleep", "पानी या नींद की कमी"),
    ],
    advice: [
      b("Drink water, rest, and limit screen time.", "पानी पिएँ, आराम करें और स्क्रीन कम देखें।"),
      pharmacist,
    ],
    watch: [
      b(
        "Sudden severe headache, weakness, stiff neck or confusion: call 108.",
        "अचानक तेज़ सिरदर्द, कमज़ोरी, गर्दन अकड़ना या उलझन: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_heartburn",
    source: "NHS: Heartburn and acid reflux — self care; NHS: Indigestion",
    when: [{ any: ["heartburn"], maxDays: 21 }],
    severity: "self_care",
    specialty: "gastroenterologist",
    conditions: [c("acidity (acid reflux)", "एसिडिटी (एसिड रिफ्लक्स)", "likely")],
    advice: [
      b(
        "Eat smaller meals, avoid spicy and oily food, and do not lie down for 3 hours after eating.",
        "कम मात्रा में खाएँ, तीखा-तला खाना टालें, और खाने के 3 घंटे तक न लेटें।",
      ),
      pharmacist,
    ],
    watch: [
      b(
        "Chest pain with sweating or breathlessness: call 108.",
        "पसीने या सांस फूलने के साथ सीने में दर्द: 108 पर फ़ोन करें।",
      ),
    ],
  },
  {
    id: "c_diarrhea_short",
    source:
      "NHS: Diarrhoea and vomiting — self care; WHO IMCI: no dehydration — home care (plan A)",
    when: [{ any: ["diarrhea", "vomiting", "nausea"], maxDays: 7 }],
    severity: "self_care",
    specialty: "general_physician",
    conditions: [c("a tummy bug (gastroenteritis)", "पेट का संक्रमण (गैस्ट्रोएंटेराइटिस)", "likely")],
    advice: [
      ors,
      b("Keep eating light food; wash hands often.", "हल्का खाना खाते रहें; बार-बार हाथ धोएँ।"),
    ],
    watch: [dehydrationWatch],
  },
  {
    id: "c_constipation",
    source: "NHS: Constipation — self care",
    when: [{ any: ["constipation"], maxDays: 21 }],
    severity: "self_care",
    specialty: "gastroenterologist",
    conditions: [c("constipation", "कब्ज़", "likely")],
    advice: [
      b(
        "Drink more water, eat more fibre (fruit, vegetables, whole grains) and stay active.",
        "ज़्यादा पानी पिएँ, रेशेदार खाना (फल, सब्ज़ी, साबुत अनाज) खाएँ और सक्रिय रहें।",
      ),
    ],
    watch: [seeIfNotBetter],
  },
  {
    id: "c_back_short",
    source: "NHS: Back pain — self care, keep active; Semigran self-care: low back pain",
    when: [{ any: ["back_pain", "neck_pain"], maxDays: 28 }],
    severity: "self_care",
    specialty: "orthopedic",
    conditions: [c("muscle strain", "मांसपेशियों में खिंचाव", "likely")],
    advice: [keepActive, pharmacist],
    watch: [
      b(
        "Numbness between the legs, loss of bladder control, or fever: get help now.",
        "जाँघों के बीच सुन्नपन, पेशाब पर काबू न रहना, या बुखार: अभी मदद लें।",
      ),
    ],
  },
  {
    id: "c_sprain",
    source:
      "NHS: Sprains and strains — self care (rest, ice, compression, elevation); NHS: Bruises",
    when: [{ any: ["sprain", "injury"], none: ["fracture", "head_injury", "major_trauma"] }],
    severity: "self_care",
    specialty: "orthopedic",
    conditions: [c("sprain or bruise", "मोच या चोट", "likely")],
    advice: [rice],
    watch: [
      b(
        "Cannot put weight on it, or it looks deformed: get an X-ray today.",
        "वज़न न डाल पाएँ या टेढ़ा दिखे: आज ही एक्स-रे कराएँ।",
      ),
    ],
  },
  {
    id: "c_muscle_ache",
    source: "NHS: Muscle pain / aches after exercise — self care",
    when: [{ any: ["body_ache", "joint_pain"], maxDays: 7 }],
    severity: "self_care",
    specialty: "orthopedic",
    conditions: [c("muscle strain or a viral illness", "मांसपेशियों में खिंचाव या वायरल")],
    advice: [keepActive, fluids],
    watch: [seeIfNotBetter],
  },
  {
    id: "c_cut",
    source: "NHS: Cuts and grazes — self care",
    when: [{ any: ["cut"] }],
    severity: "self_care",
    specialty: "general_physician",
    conditions: [c("minor cut", "मामूली कट", "likely")],
    advice: [
      b(
        "Clean it under running water, press with a clean cloth, and cover with a plaster.",
        "बहते पानी से साफ़ करें, साफ़ कपड़े से दबाएँ, और पट्टी लगाएँ।",
      ),
    ],
    watch: [
      b(
        "Bleeding that does not stop after 10 minutes of pressure: call 108. Redness, pus or fever: see a doctor.",
        "10 मिनट दबाने पर भी खून न रुके: 108 पर फ़ोन करें। लाली, मवाद या बुखार: डॉक्टर को दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_sunburn",
    source: "NHS: Sunburn — self care",
    when: [
      { any: ["sunburn"], none: ["blisters", "severe_burn", "fever", "dizziness", "confusion"] },
    ],
    severity: "self_care",
    specialty: "dermatologist",
    conditions: [c("sunburn", "धूप से जलना", "likely")],
    advice: [
      b(
        "Cool the skin with a cool shower or damp cloth, drink plenty of water, and stay out of the sun.",
        "ठंडे पानी से नहाकर या गीले कपड़े से त्वचा ठंडी करें, खूब पानी पिएँ, और धूप से बचें।",
      ),
    ],
    watch: [
      b(
        "Blisters over a large area, fever, dizziness or confusion: get help today.",
        "बड़े हिस्से पर छाले, बुखार, चक्कर या उलझन: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_nosebleed",
    source: "NHS: Nosebleed — self care; A&E if it lasts over 10-15 minutes",
    when: [{ any: ["nosebleed"], none: ["fever", "high_fever", "head_injury"] }],
    severity: "self_care",
    specialty: "ent",
    conditions: [c("a simple nosebleed", "सामान्य नकसीर", "likely")],
    advice: [
      b(
        "Sit, lean forward and pinch the soft part of the nose for 10 to 15 minutes.",
        "बैठें, आगे झुकें और नाक के नरम हिस्से को 10 से 15 मिनट तक दबाकर रखें।",
      ),
    ],
    watch: [
      b(
        "Bleeding for over 15 minutes, or a lot of blood: go to hospital now.",
        "15 मिनट से ज़्यादा या बहुत खून: अभी अस्पताल जाएँ।",
      ),
    ],
  },
  {
    id: "c_minor_burn",
    source: "NHS: Burns and scalds — treat small burns at home",
    when: [{ any: ["burn"] }],
    severity: "self_care",
    specialty: "general_physician",
    conditions: [c("minor burn", "मामूली जलन", "likely")],
    advice: [
      b(
        "Cool the burn under cool running water for 20 minutes; do not use ice, butter or toothpaste.",
        "जले हिस्से को 20 मिनट तक बहते ठंडे पानी में रखें; बर्फ़, मक्खन या टूथपेस्ट न लगाएँ।",
      ),
    ],
    watch: [
      b(
        "Blisters, a burn bigger than the palm, or on the face, hands or genitals: get it seen today.",
        "छाले, हथेली से बड़ा जलना, या चेहरे, हाथ या गुप्तांग पर: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_red_eye",
    source: "NHS: Conjunctivitis — self care; Semigran self-care: viral conjunctivitis",
    when: [{ any: ["eye_redness"] }],
    severity: "self_care",
    specialty: "ophthalmologist",
    conditions: [c("conjunctivitis", "आँख आना (कंजंक्टिवाइटिस)", "likely")],
    advice: [
      b(
        "Clean the eyelids with cooled boiled water; do not share towels; wash hands often.",
        "पलकों को उबालकर ठंडे किए पानी से साफ़ करें; तौलिया साझा न करें; बार-बार हाथ धोएँ।",
      ),
    ],
    watch: [
      b(
        "Eye pain, blurred vision or light hurting the eyes: get help today.",
        "आँख में दर्द, धुंधला दिखना या रोशनी से चुभन: आज ही दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_skin",
    source: "NHS: Acne, insect bites, dandruff, itching — self care",
    when: [
      { any: ["acne", "skin_problem", "insect_bite"] },
      { any: ["rash", "itching", "hives"], maxDays: 7 },
    ],
    severity: "self_care",
    specialty: "dermatologist",
    conditions: [c("a minor skin irritation", "त्वचा की मामूली जलन", "likely")],
    advice: [
      b(
        "Keep the skin clean and dry, do not scratch, and use a gentle moisturiser.",
        "त्वचा साफ़ और सूखी रखें, खुजलाएँ नहीं, और हल्का मॉइस्चराइज़र लगाएँ।",
      ),
      pharmacist,
    ],
    watch: [
      b(
        "Spreading redness, fever, or swelling of the face: get help today.",
        "फैलती लाली, बुखार, या चेहरे पर सूजन: आज ही मदद लें।",
      ),
    ],
  },
  {
    id: "c_period_pain",
    source: "NHS: Period pain — self care",
    when: [{ any: ["period_pain"] }],
    severity: "self_care",
    specialty: "gynecologist",
    conditions: [c("period pain", "माहवारी का दर्द", "likely")],
    advice: [
      b(
        "A hot water bottle on the tummy and gentle exercise can help.",
        "पेट पर गर्म पानी की थैली और हल्का व्यायाम मदद करते हैं।",
      ),
      pharmacist,
    ],
    watch: [
      b(
        "Pain much worse than usual, fever or heavy bleeding: see a doctor.",
        "सामान्य से बहुत ज़्यादा दर्द, बुखार या बहुत खून: डॉक्टर को दिखाएँ।",
      ),
    ],
  },
  {
    id: "c_stress",
    source: "NHS Every Mind Matters: stress, anxiety and sleep — self help",
    when: [{ any: ["anxiety", "insomnia"], maxDays: 14 }],
    severity: "self_care",
    specialty: "psychiatrist",
    conditions: [c("stress", "तनाव", "likely")],
    advice: [
      b(
        "Keep a regular sleep time, limit caffeine and screens at night, and try slow breathing.",
        "सोने का समय नियमित रखें, रात में कैफ़ीन और स्क्रीन कम करें, और धीमी सांस का अभ्यास करें।",
      ),
    ],
    watch: [
      b(
        "Lasting over 2 weeks, or thoughts of harming yourself: get help (Tele-MANAS 14416).",
        "2 हफ़्ते से ज़्यादा, या खुद को नुकसान के विचार: मदद लें (टेली-मानस 14416)।",
      ),
    ],
  },
  {
    id: "c_tiredness_short",
    source: "NHS: Tiredness and fatigue — self care first",
    when: [{ any: ["fatigue", "unwell"], maxDays: 14 }],
    severity: "self_care",
    specialty: "general_physician",
    conditions: [
      c("tiredness from a minor illness, sleep or stress", "मामूली बीमारी, नींद या तनाव से थकान"),
    ],
    advice: [fluids],
    watch: [seeIfNotBetter],
  },
  {
    id: "c_mouth_ulcer",
    source: "NHS: Mouth ulcers — self care; see a dentist if over 3 weeks",
    when: [{ any: ["mouth_ulcer"] }],
    severity: "self_care",
    specialty: "dentist",
    conditions: [c("mouth ulcer", "मुँह का छाला", "likely")],
    advice: [
      b(
        "Avoid spicy and sour food; rinse with salt water.",
        "तीखा और खट्टा खाना टालें; नमक के पानी से कुल्ला करें।",
      ),
    ],
    watch: [
      b(
        "An ulcer lasting over 3 weeks: see a dentist.",
        "3 हफ़्ते से ज़्यादा छाला: दंत चिकित्सक को दिखाएँ।",
      ),
    ],
  },
];

/** The fallback when nothing matched: see a general physician (never down-triage the unknown). */
export const fallbackCareRule: CareRule = {
  id: "c_fallback",
  source: NHS,
  when: [],
  severity: "see_doctor",
  specialty: "general_physician",
  conditions: [],
  advice: [
    b(
      "See a general physician to talk it through.",
      "बात करने और जाँच के लिए सामान्य चिकित्सक को दिखाएँ।",
    ),
  ],
  watch: [worse108],
};
