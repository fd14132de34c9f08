import type { CareRule } from "./types";

/**
 * Care rules: what to do when no red flag fired. Every matching rule counts; the highest severity
 * wins (when in doubt, escalate), and the first matching rule at that severity names the specialty.
 * More specific rules come first.
 */
const NHS = "NHS 111 / NHS conditions";

const homeFluids = {
  en: "Rest and drink plenty of fluids (water, ORS, soups).",
  hi: "आराम करें और खूब तरल लें (पानी, ओआरएस, सूप)।",
};
const askPharmacist = {
  en: "A pharmacist or doctor can tell you which medicine is safe for you; follow the label.",
  hi: "कौन-सी दवा आपके लिए सुरक्षित है, यह फ़ार्मासिस्ट या डॉक्टर बताएँगे; पैकेट पर लिखे निर्देश मानें।",
};
const worseCall = {
  en: "Getting worse quickly, or any trouble breathing, chest pain or confusion: call 108.",
  hi: "तेज़ी से हालत बिगड़े, या सांस में दिक्कत, सीने में दर्द या उलझन हो: 108 पर फ़ोन करें।",
};

export const careRules: readonly CareRule[] = [
  // ---------------------------------------------------------------- urgent ---------------------
  {
    id: "c_chest_pain",
    source: "NHS: Chest pain — get help from 111 / A&E; NICE CG95",
    when: [{ any: ["chest_pain"] }],
    severity: "urgent",
    specialty: "cardiologist",
    conditions: [
      {
        name: { en: "heart-related chest pain", hi: "दिल से जुड़ा सीने का दर्द" },
        likelihood: "possible",
      },
      { name: { en: "muscle strain", hi: "मांसपेशियों में खिंचाव" }, likelihood: "possible" },
      { name: { en: "acid reflux", hi: "एसिड रिफ्लक्स" }, likelihood: "possible" },
    ],
    advice: [
      {
        en: "Get checked today, with an ECG, at a hospital or clinic.",
        hi: "आज ही अस्पताल या क्लिनिक में ईसीजी के साथ जाँच कराएँ।",
      },
    ],
    watch: [
      {
        en: "Sweating, breathlessness, pain spreading to the arm or jaw, or pain lasting over 15 minutes: call 108.",
        hi: "पसीना, सांस फूलना, बाँह या जबड़े तक दर्द, या 15 मिनट से ज़्यादा दर्द: 108 पर फ़ोन करें।",
      },
    ],
  },
  {
    id: "c_breathless",
    source: "NHS: Shortness of breath — see a GP urgently or call 111",
    when: [{ any: ["breathlessness"] }],
    severity: "urgent",
    specialty: "pulmonologist",
    conditions: [
      {
        name: { en: "asthma or chest infection", hi: "दमा या छाती का संक्रमण" },
        likelihood: "possible",
      },
      {
        name: { en: "a heart or lung problem", hi: "दिल या फेफड़े की समस्या" },
        likelihood: "possible",
      },
    ],
    advice: [{ en: "Get seen by a doctor today.", hi: "आज ही डॉक्टर को दिखाएँ।" }],
    watch: [
      {
        en: "Cannot finish a sentence, lips turning blue: call 108.",
        hi: "पूरा वाक्य न बोल पाएँ, होंठ नीले पड़ें: 108 पर फ़ोन करें।",
      },
    ],
  },
  {
    id: "c_severe_abdominal",
    source: "NHS: Stomach ache — go to A&E if severe; NHS: Appendicitis",
    when: [{ any: ["severe_abdominal_pain"] }],
    severity: "urgent",
    specialty: "gastroenterologist",
    conditions: [
      { name: { en: "appendicitis", hi: "अपेंडिसाइटिस" }, likelihood: "possible" },
      {
        name: { en: "gallstones or kidney stones", hi: "पित्त या गुर्दे की पथरी" },
        likelihood: "possible",
      },
    ],
    advice: [
      {
        en: "Go to a hospital or urgent clinic today; do not eat until you are checked.",
        hi: "आज ही अस्पताल या क्लिनिक जाएँ; जाँच होने तक कुछ न खाएँ।",
      },
    ],
    watch: [worseCall],
  },
  {
    id: "c_dehydration",
    source: "WHO IMCI: some dehydration; NHS: Dehydration",
    when: [{ any: ["dehydration", "vomit_everything"] }],
    severity: "urgent",
    specialty: "general_physician",
    conditions: [{ name: { en: "dehydration", hi: "शरीर में पानी की कमी" }, likelihood: "likely" }],
    advice: [
      {
        en: "Sip ORS often; get seen by a doctor today.",
        hi: "थोड़ी-थोड़ी देर में ओआरएस पीते रहें; आज ही डॉक्टर को दिखाएँ।",
      },
    ],
    watch: [
      {
        en: "No urine for 8 hours, very drowsy or confused: call 108.",
        hi: "8 घंटे से पेशाब नहीं, बहुत सुस्ती या उलझन: 108 पर फ़ोन करें।",
      },
    ],
  },
  {
    id: "c_dengue_warning",
    source: "WHO Dengue guidelines (2009): dengue with warning signs needs hospital care",
    when: [{ any: ["fever", "high_fever"], any2: ["bleeding_gums", "nosebleed"] }],
    severity: "urgent",
    specialty: "general_physician",
    conditions: [
      {
        name: { en: "dengue with warning signs", hi: "चेतावनी संकेतों वाला डेंगू" },
        likelihood: "possible",
      },
    ],
    advice: [
      {
        en: "Go to a hospital today for a blood count and dengue test.",
        hi: "आज ही अस्पताल जाकर ब्लड काउंट और डेंगू जाँच कराएँ।",
      },
    ],
    watch: [
      {
        en: "Fainting, cold hands and feet, black stools or vomiting blood: call 108.",
        hi: "बेहोशी, ठंडे हाथ-पैर, काला मल या खून की उल्टी: 108 पर फ़ोन करें।",
      },
    ],
  },
  // ---------------------------------------------------------------- see a doctor ---------------
  {
    id: "c_cough_tb",
    source: "MoHFW India NTEP: presumptive TB; NHS: Cough — see a GP if it lasts more than 3 weeks",
    when: [
      { any: ["cough"], minDays: 14 },
      { any: ["cough"], any2: ["weight_loss", "night_sweats", "cough_blood"] },
    ],
    severity: "see_doctor",
    specialty: "pulmonologist",
    conditions: [
      { name: { en: "tuberculosis (TB)", hi: "टीबी (क्षय रोग)" }, likelihood: "possible" },
      {
        name: { en: "a lingering chest infection", hi: "लंबा खिंचा छाती का संक्रमण" },
        likelihood: "possible",
      },
    ],
    advice: [
      {
        en: "Ask for a free sputum test for TB at a government health centre (NTEP).",
        hi: "सरकारी स्वास्थ्य केंद्र पर टीबी के लिए मुफ़्त बलगम जाँच कराएँ (NTEP)।",
      },
    ],
    watch: [worseCall],
  },
  {
    id: "c_cough_week",
    source: "NHS: Cough — see a GP if it is getting worse or not better; IMCI cough > 14 days",
    when: [{ any: ["cough"], minDays: 7 }],
    severity: "see_doctor",
    specialty: "general_physician",
    conditions: [
      { name: { en: "chest infection", hi: "छाती का संक्रमण" }, likelihood: "possible" },
      {
        name: { en: "viral cough that is slow to settle", hi: "वायरल खांसी जो देर से ठीक हो रही है" },
        likelihood: "possible",
      },
    ],
    advice: [
      { en: "See a doctor in the next few days.", hi: "अगले कुछ दिनों में डॉक्टर को दिखाएँ।" },
      homeFluids,
    ],
    watch: [worseCall],
  },
  {
    id: "c_fever_3_days",
    source: "NHS: Fever in adults; NVBDCP India: test every fever for malaria/dengue",
    when: [{ any: ["fever", "high_fever"], minDays: 3 }, { any: ["high_fever"] }],
    severity: "see_doctor",
    specialty: "general_physician",
    conditions: [
      { name: { en: "viral fever", hi: "वायरल बुखार" }, likelihood: "possible" },
      {
        name: { en: "malaria, dengue or typhoid", hi: "मलेरिया, डेंगू या टाइफ़ाइड" },
        likelihood: "possible",
      },
    ],
    advice: [
      {
        en: "See a doctor for a blood test (malaria, dengue, typhoid).",
        hi: "खून की जाँच (मलेरिया, डेंगू, टाइफ़ाइड) के लिए डॉक्टर को दिखाएँ।",
      },
      homeFluids,
    ],
    watch: [worseCall],
  },
  // ---------------------------------------------------------------- self care ------------------
  {
    id: "c_fever_short",
    source: "NHS: Fever in adults — self care",
    when: [{ any: ["fever"], maxDays: 3 }],
    severity: "self_care",
    specialty: "general_physician",
    conditions: [{ name: { en: "viral fever", hi: "वायरल बुखार" }, likelihood: "likely" }],
    advice: [homeFluids, askPharmacist],
    watch: [
      {
        en: "Fever beyond 3 days, a rash, or bleeding: see a doctor.",
        hi: "3 दिन से ज़्यादा बुखार, दाने या खून आना: डॉक्टर को दिखाएँ।",
      },
      worseCall,
    ],
  },
  {
    id: "c_cough_short",
    source: "NHS: Cough — self care",
    when: [{ any: ["cough"], maxDays: 7 }],
    severity: "self_care",
    specialty: "general_physician",
    conditions: [
      { name: { en: "viral cough or cold", hi: "वायरल खांसी या जुकाम" }, likelihood: "likely" },
    ],
    advice: [
      homeFluids,
      {
        en: "Warm drinks with honey can soothe a cough (not for babies under 1).",
        hi: "शहद वाले गुनगुने पेय खांसी में आराम देते हैं (1 साल से छोटे शिशु को नहीं)।",
      },
    ],
    watch: [
      {
        en: "Cough lasting over a week, blood in phlegm, or breathlessness: see a doctor.",
        hi: "एक हफ़्ते से ज़्यादा खांसी, बलगम में खून या सांस फूलना: डॉक्टर को दिखाएँ।",
      },
    ],
  },
  {
    id: "c_cold",
    source: "NHS: Common cold — self care",
    when: [{ any: ["cold", "sore_throat"], maxDays: 10 }],
    severity: "self_care",
    specialty: "ent",
    conditions: [{ name: { en: "common cold", hi: "सामान्य जुकाम" }, likelihood: "likely" }],
    advice: [
      homeFluids,
      {
        en: "Steam inhalation and salt-water gargles can ease it.",
        hi: "भाप लेना और नमक के पानी से गरारे आराम देते हैं।",
      },
    ],
    watch: [
      {
        en: "Lasting over 10 days, high fever or trouble swallowing: see a doctor.",
        hi: "10 दिन से ज़्यादा, तेज़ बुखार या निगलने में दिक्कत: डॉक्टर को दिखाएँ।",
      },
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
    {
      en: "See a general physician to talk it through.",
      hi: "बात करने और जाँच के लिए सामान्य चिकित्सक को दिखाएँ।",
    },
  ],
  watch: [worseCall],
};
