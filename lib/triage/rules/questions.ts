import type { QuestionOption, QuestionRule } from "./types";

/**
 * Follow-up questions. After the red flags, the engine asks the relevant ones, most discriminating
 * first (priority), at most four in all; an answer can add a concept that fires a red flag.
 */
const NOT_SURE = { en: "Not sure", hi: "पता नहीं" } as const;
const yes = (adds: QuestionOption["adds"], label = { en: "Yes", hi: "हाँ" }): QuestionOption => ({
  id: "yes",
  label,
  adds,
});
const no = (negates: QuestionOption["negates"]): QuestionOption => ({
  id: "no",
  label: { en: "No", hi: "नहीं" },
  negates,
});
const unsure = (floor?: QuestionOption["floor"]): QuestionOption => ({
  id: "not_sure",
  label: NOT_SURE,
  floor,
});

export const questionRules: readonly QuestionRule[] = [
  {
    id: "q_chest_features",
    source: "NHS: Heart attack — symptoms; NHS 111 chest pain pathway",
    text: {
      en: "With the chest pain, are you sweating, feeling sick or breathless, or does the pain spread to your arm, jaw, neck or back?",
      hi: "सीने के दर्द के साथ क्या पसीना आ रहा है, जी मिचला रहा है, सांस फूल रही है, या दर्द बाँह, जबड़े, गर्दन या पीठ तक जा रहा है?",
    },
    priority: 100,
    when: [{ any: ["chest_pain"] }],
    about: ["sweating", "arm_jaw_pain", "breathlessness", "nausea"],
    options: [yes(["sweating"]), no(["sweating", "arm_jaw_pain"]), unsure("urgent")],
  },
  {
    id: "q_breathing_severity",
    source: "NHS: Shortness of breath; WHO IMCI (fast breathing, chest indrawing)",
    text: {
      en: "How is the breathing right now?",
      hi: "अभी सांस कैसी चल रही है?",
    },
    priority: 95,
    when: [{ any: ["breathlessness", "wheeze", "fast_breathing"] }],
    about: ["severe_breathlessness", "blue_lips"],
    options: [
      {
        id: "severe",
        label: {
          en: "Very hard: cannot finish a sentence, or lips turning blue",
          hi: "बहुत मुश्किल: पूरा वाक्य नहीं बोल पा रहे, या होंठ नीले पड़ रहे हैं",
        },
        adds: ["severe_breathlessness"],
      },
      {
        id: "at_rest",
        label: {
          en: "Breathless even at rest, new or getting worse",
          hi: "आराम करते हुए भी सांस फूल रही है, नई है या बढ़ रही है",
        },
        floor: "urgent",
      },
      {
        id: "on_exertion",
        label: {
          en: "Only when walking fast or climbing stairs",
          hi: "सिर्फ़ तेज़ चलने या सीढ़ियाँ चढ़ने पर",
        },
        adds: ["breathless_on_exertion"],
      },
      unsure("urgent"),
    ],
  },
  {
    id: "q_child_danger",
    source: "WHO IMCI Chart Booklet (2014): general danger signs",
    text: {
      en: "Is the child unable to drink or breastfeed, vomiting everything, very drowsy or hard to wake, or has had a fit?",
      hi: "क्या बच्चा पी या दूध नहीं पी पा रहा, सब कुछ उल्टी कर रहा है, बहुत सुस्त है या मुश्किल से जागता है, या उसे दौरा पड़ा है?",
    },
    priority: 90,
    when: [
      {
        maxAge: 5,
        any: [
          "fever",
          "high_fever",
          "cough",
          "diarrhea",
          "vomiting",
          "breathlessness",
          "fast_breathing",
          "unwell",
          "rash",
          "cold",
          "ear_pain",
          "abdominal_pain",
        ],
      },
    ],
    about: ["not_drinking", "vomit_everything", "lethargy", "seizure"],
    options: [
      yes(["lethargy"]),
      no(["not_drinking", "vomit_everything", "lethargy", "seizure"]),
      unsure("urgent"),
    ],
  },
  {
    id: "q_fever_danger",
    source: "NHS: Meningitis — symptoms; NHS: Sepsis; NICE NG143 traffic-light red features",
    text: {
      en: "With the fever, is there a stiff neck, a rash that does not fade when a glass is pressed on it, or new confusion?",
      hi: "बुखार के साथ क्या गर्दन अकड़ी है, ऐसे दाने हैं जो गिलास से दबाने पर नहीं मिटते, या नई उलझन है?",
    },
    priority: 85,
    when: [{ any: ["fever", "high_fever"] }],
    about: ["stiff_neck", "non_blanching_rash", "confusion"],
    options: [
      yes(["stiff_neck"]),
      no(["stiff_neck", "non_blanching_rash", "confusion"]),
      unsure("see_doctor"),
    ],
  },
  {
    id: "q_headache_features",
    source: "NHS: Headaches — when to get help",
    text: {
      en: "Did the headache come on suddenly and is it the worst you have ever had, or is there weakness, slurred speech or a stiff neck?",
      hi: "क्या सिरदर्द अचानक शुरू हुआ और अब तक का सबसे तेज़ है, या कमज़ोरी, बोली लड़खड़ाना या गर्दन अकड़ना है?",
    },
    priority: 85,
    when: [{ any: ["headache"] }],
    about: ["worst_headache", "stiff_neck", "arm_weakness", "slurred_speech"],
    options: [
      yes(["worst_headache"]),
      no(["worst_headache", "stiff_neck", "arm_weakness", "slurred_speech"]),
      unsure("see_doctor"),
    ],
  },
  {
    id: "q_mood_safety",
    source: "NHS: Get help for suicidal thoughts; WHO mhGAP self-harm module",
    text: {
      en: "Have you had thoughts of harming yourself or ending your life?",
      hi: "क्या आपको खुद को नुकसान पहुँचाने या अपनी जान लेने के विचार आए हैं?",
    },
    priority: 99,
    when: [{ any: ["low_mood", "anxiety", "insomnia"] }],
    about: ["suicidal", "self_harm"],
    options: [
      yes(["suicidal"]),
      no(["suicidal", "self_harm"]),
      {
        id: "prefer_not",
        label: { en: "I'd rather not say", hi: "नहीं बताना चाहते" },
        floor: "see_doctor",
      },
    ],
  },
  {
    id: "q_pregnant",
    source: "NHS: Stomach ache — ectopic pregnancy; MoHFW India danger signs in pregnancy",
    text: {
      en: "Could you be pregnant?",
      hi: "क्या आप गर्भवती हो सकती हैं?",
    },
    priority: 80,
    when: [
      {
        sex: "female",
        minAge: 12,
        maxAge: 50,
        pregnant: false,
        any: [
          "abdominal_pain",
          "vaginal_bleeding",
          "missed_period",
          "vomiting",
          "nausea",
          "dizziness",
          "fainting",
        ],
      },
    ],
    about: ["pregnant"],
    options: [
      yes(["pregnant"]),
      no(["pregnant"]),
      { id: "not_sure", label: NOT_SURE, floor: "see_doctor" },
    ],
  },
  {
    id: "q_abdominal_severity",
    source: "NHS: Stomach ache — when to go to A&E; NHS: Appendicitis",
    text: {
      en: "How bad is the stomach pain?",
      hi: "पेट का दर्द कितना तेज़ है?",
    },
    priority: 75,
    when: [{ any: ["abdominal_pain"] }],
    about: ["severe_abdominal_pain"],
    options: [
      {
        id: "severe",
        label: {
          en: "Severe, constant or getting worse, or the belly is hard to touch",
          hi: "बहुत तेज़, लगातार या बढ़ता हुआ, या पेट छूने पर सख़्त है",
        },
        adds: ["severe_abdominal_pain"],
      },
      {
        id: "moderate",
        label: { en: "Comes and goes, bearable", hi: "आता-जाता है, सहन करने लायक" },
        negates: ["severe_abdominal_pain"],
      },
      unsure("see_doctor"),
    ],
  },
  {
    id: "q_dehydration",
    source: "WHO IMCI: assess dehydration; NHS: Dehydration",
    text: {
      en: "Is there very little urine, a very dry mouth, sunken eyes or dizziness on standing?",
      hi: "क्या पेशाब बहुत कम आ रहा है, मुँह बहुत सूखा है, आँखें धँसी हैं या खड़े होने पर चक्कर आता है?",
    },
    priority: 70,
    when: [{ any: ["diarrhea", "vomiting"] }],
    about: ["dehydration"],
    options: [yes(["dehydration"]), no(["dehydration"]), unsure("see_doctor")],
  },
  {
    id: "q_dengue_warning",
    source: "WHO Dengue guidelines (2009): warning signs; NVBDCP India",
    text: {
      en: "With the fever, is there bleeding from the gums or nose, severe belly pain, repeated vomiting, or unusual tiredness or restlessness?",
      hi: "बुखार के साथ क्या मसूड़ों या नाक से खून, पेट में तेज़ दर्द, बार-बार उल्टी, या असामान्य थकान या बेचैनी है?",
    },
    priority: 65,
    when: [
      {
        any: ["fever", "high_fever"],
        any2: ["body_ache", "rash", "headache", "eye_pain", "joint_pain", "high_fever", "vomiting"],
      },
    ],
    about: ["bleeding_gums", "vomit_everything", "severe_abdominal_pain"],
    options: [
      yes(["bleeding_gums"]),
      no(["bleeding_gums", "vomit_everything"]),
      unsure("see_doctor"),
    ],
  },
  {
    id: "q_cough_tb",
    source:
      "MoHFW India NTEP: presumptive TB (cough 2 weeks or more, weight loss, night sweats, blood in sputum)",
    text: {
      en: "With the cough, is there blood in the phlegm, weight loss, or sweating at night?",
      hi: "खांसी के साथ क्या बलगम में खून, वज़न घटना या रात में पसीना है?",
    },
    priority: 60,
    when: [{ any: ["cough"], minDays: 7 }],
    about: ["cough_blood", "weight_loss", "night_sweats"],
    options: [
      yes(["weight_loss"]),
      no(["cough_blood", "weight_loss", "night_sweats"]),
      unsure("see_doctor"),
    ],
  },
  {
    id: "q_head_injury",
    source: "NHS: Head injury and concussion — A&E / 999 signs; NICE NG232",
    text: {
      en: "Since the head injury, has there been vomiting, drowsiness, confusion, a fit or passing out? Or does the person take blood thinners?",
      hi: "सिर की चोट के बाद क्या उल्टी, सुस्ती, उलझन, दौरा या बेहोशी हुई है? या क्या व्यक्ति खून पतला करने की दवा लेते हैं?",
    },
    priority: 92,
    when: [{ any: ["head_injury"] }],
    about: ["head_injury_danger", "vomiting", "lethargy", "confusion", "seizure", "unconscious"],
    options: [
      {
        id: "danger",
        label: {
          en: "Yes: vomiting, drowsy, confused, a fit or passed out",
          hi: "हाँ: उल्टी, सुस्ती, उलझन, दौरा या बेहोशी",
        },
        adds: ["head_injury_danger"],
      },
      {
        id: "blood_thinners",
        label: { en: "Takes blood thinners", hi: "खून पतला करने की दवा लेते हैं" },
        adds: ["anticoagulant"],
      },
      {
        id: "none",
        label: { en: "None of these", hi: "इनमें से कुछ नहीं" },
        negates: [
          "head_injury_danger",
          "vomiting",
          "lethargy",
          "confusion",
          "seizure",
          "unconscious",
        ],
      },
      { id: "not_sure", label: NOT_SURE, floor: "urgent" },
    ],
  },
  {
    id: "q_burn_features",
    source: "NHS: Burns and scalds — when to go to A&E",
    text: {
      en: "How does the burn look?",
      hi: "जला हुआ हिस्सा कैसा दिखता है?",
    },
    priority: 88,
    when: [{ any: ["burn"] }],
    about: ["severe_burn", "blisters"],
    options: [
      {
        id: "deep_or_large",
        label: {
          en: "Large (bigger than the person's chest or a whole limb), white or charred, or from a chemical or electricity",
          hi: "बड़ा (छाती या पूरे हाथ-पैर जितना), सफ़ेद या काला पड़ा, या केमिकल या बिजली से",
        },
        adds: ["severe_burn"],
      },
      {
        id: "blisters",
        label: {
          en: "Blisters, bigger than the palm, or on the face, hands, feet or genitals",
          hi: "छाले, हथेली से बड़ा, या चेहरे, हाथ, पैर या गुप्तांग पर",
        },
        adds: ["blisters"],
      },
      {
        id: "small_red",
        label: { en: "Small and red, no blisters", hi: "छोटा और लाल, कोई छाला नहीं" },
        negates: ["severe_burn", "blisters"],
      },
      { id: "not_sure", label: NOT_SURE, floor: "urgent" },
    ],
  },
  {
    id: "q_injury_features",
    source: "NHS: Broken bones and sprains — signs of a broken bone",
    text: {
      en: "Can you move it and put weight on it, and does it look its normal shape?",
      hi: "क्या आप उसे हिला पा रहे हैं और उस पर वज़न डाल पा रहे हैं, और क्या वह सामान्य आकार में दिखता है?",
    },
    priority: 70,
    when: [{ any: ["injury", "sprain"], none: ["head_injury", "major_trauma"] }],
    about: ["fracture"],
    options: [
      {
        id: "cannot_use",
        label: {
          en: "Cannot move it or put weight on it, or it looks deformed",
          hi: "हिला या वज़न नहीं डाल पा रहे, या टेढ़ा दिखता है",
        },
        adds: ["fracture"],
      },
      {
        id: "can_use",
        label: {
          en: "Yes, it moves and takes weight, though it hurts",
          hi: "हाँ, हिलता है और वज़न ले लेता है, भले दर्द हो",
        },
        negates: ["fracture"],
      },
      { id: "not_sure", label: NOT_SURE, floor: "see_doctor" },
    ],
  },
  {
    id: "q_urinary_upper",
    source: "NHS: Kidney infection — fever, shivering, back or side pain",
    text: {
      en: "Do you also have a fever or shivering, or pain in your back or side?",
      hi: "क्या साथ में बुखार या कंपकंपी, या पीठ या बगल में दर्द भी है?",
    },
    priority: 72,
    when: [{ any: ["urinary_burning", "frequent_urination", "blood_in_urine"] }],
    about: ["fever", "high_fever", "chills", "flank_pain"],
    options: [
      {
        id: "fever",
        label: { en: "Yes, fever or shivering", hi: "हाँ, बुखार या कंपकंपी" },
        adds: ["chills"],
      },
      {
        id: "side_pain",
        label: { en: "Yes, pain in the back or side", hi: "हाँ, पीठ या बगल में दर्द" },
        adds: ["flank_pain"],
      },
      { id: "no", label: { en: "No", hi: "नहीं" }, negates: ["fever", "chills", "flank_pain"] },
      { id: "not_sure", label: NOT_SURE, floor: "see_doctor" },
    ],
  },
  {
    id: "q_duration",
    source:
      "NHS 111 dispositions depend on duration (cough 3 weeks, fever 3+ days, diarrhoea 7 days)",
    text: {
      en: "How long has this been going on?",
      hi: "यह कब से हो रहा है?",
    },
    priority: 50,
    needsUnknownDays: true,
    when: [
      {
        any: [
          "cough",
          "fever",
          "high_fever",
          "diarrhea",
          "vomiting",
          "headache",
          "back_pain",
          "sore_throat",
          "cold",
          "fatigue",
          "joint_pain",
          "heartburn",
          "abdominal_pain",
          "rash",
          "itching",
          "urinary_burning",
          "low_mood",
          "anxiety",
          "insomnia",
          "ear_pain",
          "dizziness",
          "constipation",
        ],
      },
    ],
    options: [
      { id: "under_3_days", label: { en: "Less than 3 days", hi: "3 दिन से कम" }, days: 1 },
      { id: "3_to_7_days", label: { en: "3 days to a week", hi: "3 दिन से एक हफ़्ता" }, days: 5 },
      { id: "over_a_week", label: { en: "More than a week", hi: "एक हफ़्ते से ज़्यादा" }, days: 10 },
      { id: "not_sure", label: NOT_SURE, floor: "see_doctor" },
    ],
  },
];

export const questionRuleById = new Map(questionRules.map((q) => [q.id, q]));
