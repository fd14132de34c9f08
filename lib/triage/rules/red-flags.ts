import type { RedFlagRule } from "./types";

/**
 * Red flags: checked before anything else, on the symptoms, the description, the age and sex, and
 * every answer. One hit makes the check an emergency at once: call 108 (ambulance) or 112.
 * Order matters only for which reason is shown first and which specialty follows up: specific rules
 * first, the general ones (unconscious, confusion) last.
 */
const SRC = {
  nhsHeart: "NHS: Heart attack — symptoms (nhs.uk/conditions/heart-attack); NHS 111 chest pain",
  befast: "AHA/ASA stroke warning signs BE FAST; NHS: Stroke — symptoms (FAST)",
  nhsBreath: "NHS: Shortness of breath — call 999 if severe difficulty breathing, blue lips",
  imci: "WHO IMCI Chart Booklet (2014): general danger signs, severe pneumonia (chest indrawing)",
  nhsBleed: "NHS: First aid — severe bleeding; MoHFW India emergency care (108)",
  nhsSeizure: "NHS: Epilepsy — when a seizure is an emergency; NHS: Unconsciousness",
  suicide: "NHS: Get help for suicidal thoughts; Tele-MANAS 14416 (MoHFW India)",
  nhsAnaphylaxis: "NHS: Anaphylaxis — symptoms and what to do",
  nhsFeverBaby:
    "NHS: Fever in children — under 3 months with a temperature of 38C or higher; NICE NG143",
  pregnancy:
    "MoHFW India danger signs in pregnancy (MCP card, JSSK 102/108); NHS: Pregnancy — urgent signs",
  nhsBurns: "NHS: Burns and scalds — go to A&E for large, deep, chemical or electrical burns",
  poison: "NHS: Poisoning; WHO: Organophosphate pesticide poisoning; AIIMS poison centre guidance",
  snake: "MoHFW India Standard Treatment Guidelines: Snakebite (2017); WHO snakebite first aid",
  scorpion: "MoHFW/ICMR India: Scorpion sting in children is an emergency (STG)",
  headInjury: "NHS: Head injury and concussion — call 999 if unconscious, fits, vomiting, drowsy",
  meningitis: "NHS: Meningitis — symptoms (stiff neck, rash that does not fade, confusion)",
  giBleed: "NHS: Vomiting blood (haematemesis); NHS: Blood in poo — black tarry stools",
  thunderclap: "NHS: Headaches — call 999 for sudden severe headache (subarachnoid haemorrhage)",
  heat: "NDMA India heat wave guidelines; NHS: Heat exhaustion and heatstroke",
  sepsis: "NHS: Sepsis — symptoms in adults (confusion, slurred speech, blue lips, no urine)",
  dengue: "WHO Dengue guidelines (2009) / NVBDCP India: severe dengue (bleeding, shock)",
  cauda: "NHS: Cauda equina syndrome — back pain with numbness or loss of bladder control",
  trauma: "MoHFW India: road traffic injuries and trauma care — call 108",
  testis: "NHS: Testicle pain — sudden severe pain is an emergency (torsion)",
  eyeChem: "NHS: Eye injuries — chemicals in the eye, go to A&E",
} as const;

export const redFlagRules: readonly RedFlagRule[] = [
  {
    id: "rf_heart_attack",
    source: SRC.nhsHeart,
    when: [
      { any: ["heart_attack_named"] },
      {
        all: ["chest_pain"],
        any: [
          "sweating",
          "arm_jaw_pain",
          "breathlessness",
          "nausea",
          "vomiting",
          "fainting",
          "blue_lips",
        ],
      },
      { all: ["crushing_chest_pain"] },
      { all: ["chest_pain", "worst_ever"] },
      { all: ["chest_pain"], any: ["dizziness", "palpitations"], minAge: 40 },
    ],
    reason: {
      en: "Chest pain with sweating, breathlessness, sickness or pain spreading to the arm or jaw can be a heart attack.",
      hi: "पसीना, सांस फूलना, जी मिचलाना या बाँह-जबड़े तक फैलने वाले सीने के दर्द का मतलब दिल का दौरा हो सकता है।",
    },
    specialty: "cardiologist",
    possible: [{ en: "heart attack", hi: "दिल का दौरा" }],
    firstAid: [
      {
        en: "Sit down and rest; stay calm; do not walk or drive yourself to hospital.",
        hi: "बैठ जाएँ और आराम करें; शांत रहें; खुद चलकर या गाड़ी चलाकर अस्पताल न जाएँ।",
      },
      {
        en: "Loosen tight clothing and keep someone with you.",
        hi: "तंग कपड़े ढीले करें और किसी को अपने पास रखें।",
      },
    ],
  },
  {
    id: "rf_breathing",
    source: SRC.nhsBreath,
    when: [
      { all: ["calf_swelling"], any: ["breathlessness", "chest_pain", "cough_blood"] },
      { any: ["severe_breathlessness", "blue_lips"] },
      { any: ["chest_indrawing"], maxAge: 5 },
    ],
    reason: {
      en: "Severe difficulty breathing or blue lips needs emergency care now.",
      hi: "सांस लेने में गंभीर तकलीफ़ या नीले होंठ के लिए अभी आपातकालीन इलाज चाहिए।",
    },
    specialty: "pulmonologist",
    possible: [{ en: "a serious breathing emergency", hi: "सांस की गंभीर आपात स्थिति" }],
    firstAid: [
      {
        en: "Sit upright and loosen tight clothing; if an inhaler was prescribed, use it as your doctor told you.",
        hi: "सीधे बैठें और तंग कपड़े ढीले करें; अगर डॉक्टर ने इनहेलर दिया है तो उनके बताए अनुसार लें।",
      },
    ],
  },
  {
    id: "rf_stroke",
    source: SRC.befast,
    when: [
      { any: ["stroke_named"] },
      { any: ["face_droop", "arm_weakness", "slurred_speech", "vision_loss"] },
    ],
    reason: {
      en: "A drooping face, weakness on one side, slurred speech or sudden loss of vision can be a stroke: every minute counts.",
      hi: "चेहरा टेढ़ा होना, एक तरफ़ कमज़ोरी, बोली लड़खड़ाना या अचानक दिखना बंद होना लकवे (स्ट्रोक) का संकेत हो सकता है: हर मिनट कीमती है।",
    },
    specialty: "neurologist",
    possible: [{ en: "stroke", hi: "लकवा (स्ट्रोक)" }],
    firstAid: [
      {
        en: "Note the time the signs started and tell the ambulance team.",
        hi: "लक्षण शुरू होने का समय नोट करें और एम्बुलेंस टीम को बताएँ।",
      },
      { en: "Give nothing to eat or drink.", hi: "खाने-पीने को कुछ न दें।" },
    ],
  },
  {
    id: "rf_anaphylaxis",
    source: SRC.nhsAnaphylaxis,
    when: [
      { any: ["anaphylaxis_named"] },
      { any: ["throat_swelling"] },
      {
        all: ["face_swelling"],
        any: ["breathlessness", "wheeze", "fainting", "dizziness", "hives"],
      },
      { all: ["allergen_exposure"], any: ["severe_breathlessness", "throat_swelling"] },
      {
        all: ["allergen_exposure", "breathlessness"],
        any: ["hives", "face_swelling", "wheeze", "dizziness"],
      },
    ],
    reason: {
      en: "Swelling of the face or throat with breathing trouble after a food, sting or medicine can be anaphylaxis.",
      hi: "खाने, डंक या दवा के बाद चेहरे या गले में सूजन के साथ सांस की तकलीफ़ गंभीर एलर्जी (एनाफिलेक्सिस) हो सकती है।",
    },
    specialty: "general_physician",
    possible: [{ en: "severe allergic reaction (anaphylaxis)", hi: "गंभीर एलर्जी (एनाफिलेक्सिस)" }],
    firstAid: [
      {
        en: "If an adrenaline auto-injector was prescribed, use it now as you were shown.",
        hi: "अगर एड्रेनालिन ऑटो-इंजेक्टर दिया गया है तो सिखाए अनुसार अभी लगाएँ।",
      },
      {
        en: "Lie down with legs raised, or sit up if breathing is hard.",
        hi: "पैर ऊपर करके लेट जाएँ, या सांस में दिक्कत हो तो बैठ जाएँ।",
      },
    ],
  },
  {
    id: "rf_suicide",
    source: SRC.suicide,
    when: [{ any: ["suicidal", "self_harm"] }],
    reason: {
      en: "Thoughts of suicide or self-harm need help right now: you are not alone.",
      hi: "आत्महत्या या खुद को नुकसान पहुँचाने के विचारों के लिए अभी मदद चाहिए: आप अकेले नहीं हैं।",
    },
    specialty: "psychiatrist",
    possible: [{ en: "a mental health crisis", hi: "मानसिक स्वास्थ्य संकट" }],
    firstAid: [
      {
        en: "Stay with someone you trust and keep away from anything you could use to hurt yourself.",
        hi: "किसी भरोसेमंद व्यक्ति के साथ रहें और ऐसी चीज़ों से दूर रहें जिनसे खुद को चोट पहुँच सकती है।",
      },
      {
        en: "You can also call Tele-MANAS on 14416, any time, free.",
        hi: "आप टेली-मानस 14416 पर भी कभी भी मुफ़्त फ़ोन कर सकते हैं।",
      },
    ],
  },
  {
    id: "rf_infant_fever",
    source: SRC.nhsFeverBaby,
    when: [{ any: ["fever", "high_fever"], maxAgeMonths: 3 }],
    reason: {
      en: "A baby under 3 months with a fever needs to be seen in hospital now.",
      hi: "3 महीने से छोटे शिशु को बुखार हो तो अभी अस्पताल में दिखाना ज़रूरी है।",
    },
    specialty: "pediatrician",
    possible: [{ en: "a serious infection in a young baby", hi: "छोटे शिशु में गंभीर संक्रमण" }],
    firstAid: [
      {
        en: "Keep feeding the baby; do not over-wrap; take the baby to hospital now.",
        hi: "शिशु को दूध पिलाते रहें; ज़्यादा कपड़े न लपेटें; अभी अस्पताल ले जाएँ।",
      },
    ],
  },
  {
    id: "rf_child_danger_signs",
    source: SRC.imci,
    when: [
      {
        any: [
          "not_drinking",
          "vomit_everything",
          "seizure",
          "lethargy",
          "unconscious",
          "chest_indrawing",
        ],
        maxAge: 5,
      },
    ],
    reason: {
      en: "A young child who cannot drink or breastfeed, vomits everything, has fits or is very drowsy has a danger sign.",
      hi: "जो छोटा बच्चा पी या दूध न पी सके, सब कुछ उल्टी कर दे, दौरे पड़ें या बहुत सुस्त हो, उसमें खतरे का संकेत है।",
    },
    specialty: "pediatrician",
    possible: [{ en: "a serious illness in a child", hi: "बच्चे में गंभीर बीमारी" }],
    firstAid: [
      {
        en: "Keep the child warm and, if able to swallow, keep offering breast milk or sips of fluid on the way.",
        hi: "बच्चे को गर्म रखें और निगल सके तो रास्ते में माँ का दूध या घूँट-घूँट पानी देते रहें।",
      },
    ],
  },
  {
    id: "rf_pregnancy",
    source: SRC.pregnancy,
    when: [
      {
        pregnant: true,
        any: [
          "vaginal_bleeding",
          "bleeding",
          "severe_abdominal_pain",
          "seizure",
          "water_breaking",
          "reduced_fetal_movement",
          "labour",
          "miscarriage",
          "worst_headache",
          "blurred_vision",
          "vision_loss",
          "fainting",
          "breathlessness",
        ],
      },
      { pregnant: true, all: ["headache", "face_swelling"] },
      { pregnant: true, all: ["headache", "blurred_vision"] },
    ],
    reason: {
      en: "In pregnancy, bleeding, severe belly pain, fits, leaking waters, blurred vision with headache or the baby moving less are danger signs.",
      hi: "गर्भावस्था में खून आना, पेट में तेज़ दर्द, दौरे, पानी आना, सिरदर्द के साथ धुंधला दिखना या शिशु का कम हिलना खतरे के संकेत हैं।",
    },
    specialty: "gynecologist",
    possible: [{ en: "a pregnancy emergency", hi: "गर्भावस्था की आपात स्थिति" }],
    firstAid: [
      {
        en: "Lie on your left side and take your pregnancy card (MCP card) with you.",
        hi: "बाईं करवट लेटें और अपना गर्भावस्था कार्ड (MCP कार्ड) साथ रखें।",
      },
    ],
  },
  {
    id: "rf_heavy_bleeding",
    source: SRC.nhsBleed,
    when: [{ any: ["heavy_bleeding"] }],
    reason: {
      en: "Heavy bleeding that does not stop needs emergency care.",
      hi: "न रुकने वाला बहुत ज़्यादा खून बहना आपात स्थिति है।",
    },
    specialty: "general_physician",
    possible: [{ en: "serious blood loss", hi: "गंभीर रक्तस्राव" }],
    firstAid: [
      {
        en: "Press firmly on the wound with a clean cloth and keep pressing; raise the injured part if you can.",
        hi: "साफ़ कपड़े से घाव पर ज़ोर से दबाएँ और दबाए रखें; हो सके तो चोट वाले हिस्से को ऊपर उठाएँ।",
      },
    ],
  },
  {
    id: "rf_head_injury",
    source: SRC.headInjury,
    when: [
      {
        all: ["head_injury"],
        any: [
          "unconscious",
          "vomiting",
          "seizure",
          "confusion",
          "lethargy",
          "worst_headache",
          "blurred_vision",
          "head_injury_danger",
          "slurred_speech",
        ],
      },
    ],
    reason: {
      en: "A head injury followed by vomiting, drowsiness, confusion, a fit or passing out needs emergency care.",
      hi: "सिर की चोट के बाद उल्टी, सुस्ती, उलझन, दौरा या बेहोशी आपात स्थिति है।",
    },
    specialty: "neurologist",
    possible: [{ en: "serious head injury", hi: "सिर की गंभीर चोट" }],
    firstAid: [
      {
        en: "Keep the person still, especially the neck; do not give food or drink.",
        hi: "व्यक्ति को, ख़ासकर गर्दन को, स्थिर रखें; खाने-पीने को कुछ न दें।",
      },
    ],
  },
  {
    id: "rf_trauma",
    source: SRC.trauma,
    when: [{ any: ["major_trauma", "drowning"] }],
    reason: {
      en: "A serious accident, a fall from a height or near drowning needs emergency care.",
      hi: "गंभीर दुर्घटना, ऊँचाई से गिरना या डूबना आपात स्थिति है।",
    },
    specialty: "orthopedic",
    possible: [{ en: "serious injury", hi: "गंभीर चोट" }],
    firstAid: [
      {
        en: "Do not move the person unless they are in danger; keep the neck still.",
        hi: "ख़तरा न हो तो व्यक्ति को न हिलाएँ; गर्दन स्थिर रखें।",
      },
    ],
  },
  {
    id: "rf_severe_burn",
    source: SRC.nhsBurns,
    when: [
      { any: ["severe_burn", "electric_shock"] },
      { any: ["burn"], maxAge: 5, any2: ["fever", "dizziness", "lethargy"] },
    ],
    reason: {
      en: "A large, deep, chemical or electrical burn, or an electric shock, needs emergency care.",
      hi: "बड़ा, गहरा, केमिकल या बिजली से जलना, या बिजली का झटका आपात स्थिति है।",
    },
    specialty: "general_physician",
    possible: [{ en: "serious burn", hi: "गंभीर रूप से जलना" }],
    firstAid: [
      {
        en: "Cool the burn under cool running water for 20 minutes; do not use ice, butter or toothpaste; cover loosely with cling film or a clean cloth.",
        hi: "जले हिस्से को 20 मिनट तक बहते ठंडे पानी में रखें; बर्फ़, मक्खन या टूथपेस्ट न लगाएँ; प्लास्टिक रैप या साफ़ कपड़े से हल्का ढकें।",
      },
      {
        en: "After an electric shock, switch off the power before touching the person.",
        hi: "बिजली के झटके में व्यक्ति को छूने से पहले बिजली बंद करें।",
      },
    ],
  },
  {
    id: "rf_poisoning",
    source: SRC.poison,
    when: [{ any: ["poisoning", "pesticide", "overdose"] }],
    reason: {
      en: "Poisoning, a pesticide or an overdose needs emergency care, even if the person seems well now.",
      hi: "ज़हर, कीटनाशक या दवा की ज़्यादा खुराक आपात स्थिति है, भले ही व्यक्ति अभी ठीक लगे।",
    },
    specialty: "general_physician",
    possible: [{ en: "poisoning", hi: "ज़हर का असर" }],
    firstAid: [
      {
        en: "Do not make the person vomit; take the container or packet with you to hospital.",
        hi: "उल्टी न कराएँ; डिब्बा या पैकेट अस्पताल साथ ले जाएँ।",
      },
      {
        en: "For a pesticide on the skin, remove the clothes and wash the skin with soap and water.",
        hi: "त्वचा पर कीटनाशक लगा हो तो कपड़े उतारें और साबुन-पानी से धोएँ।",
      },
    ],
  },
  {
    id: "rf_snake_bite",
    source: SRC.snake,
    when: [{ any: ["snake_bite"] }],
    reason: {
      en: "A snake bite needs hospital care now, even if there is no pain yet.",
      hi: "सांप के काटने पर अभी अस्पताल जाना ज़रूरी है, भले ही अभी दर्द न हो।",
    },
    specialty: "general_physician",
    possible: [{ en: "venomous snake bite", hi: "ज़हरीले सांप का काटना" }],
    firstAid: [
      {
        en: "Keep still and calm; keep the bitten limb still and below heart level; remove rings and tight things.",
        hi: "शांत और स्थिर रहें; काटे हुए अंग को हिलाएँ नहीं और दिल से नीचे रखें; अंगूठी और तंग चीज़ें उतार दें।",
      },
      {
        en: "Do not cut, suck or tie a tight band on the bite; no home remedies.",
        hi: "काटी जगह को न काटें, न चूसें, न कसकर बाँधें; कोई घरेलू नुस्खा नहीं।",
      },
    ],
  },
  {
    id: "rf_scorpion_child",
    source: SRC.scorpion,
    when: [
      { any: ["scorpion_sting"], maxAge: 14 },
      {
        all: ["scorpion_sting"],
        any: ["sweating", "breathlessness", "vomiting", "chest_pain", "palpitations"],
      },
    ],
    reason: {
      en: "A scorpion sting in a child, or with sweating, vomiting or breathlessness, needs hospital care now.",
      hi: "बच्चे को बिच्छू का डंक, या डंक के बाद पसीना, उल्टी या सांस फूलना हो तो अभी अस्पताल जाएँ।",
    },
    specialty: "general_physician",
    possible: [{ en: "scorpion venom poisoning", hi: "बिच्छू के ज़हर का असर" }],
    firstAid: [
      {
        en: "Keep the person still and calm; go to hospital now.",
        hi: "व्यक्ति को शांत और स्थिर रखें; अभी अस्पताल जाएँ।",
      },
    ],
  },
  {
    id: "rf_meningitis",
    source: SRC.meningitis,
    when: [
      { any: ["fever", "headache", "vomiting"], any2: ["stiff_neck", "non_blanching_rash"] },
      { all: ["non_blanching_rash"] },
    ],
    reason: {
      en: "Fever or headache with a stiff neck, or a rash that does not fade when pressed, can be meningitis or sepsis.",
      hi: "बुखार या सिरदर्द के साथ गर्दन अकड़ना, या दबाने पर न मिटने वाले दाने, मेनिनजाइटिस या सेप्सिस हो सकते हैं।",
    },
    specialty: "general_physician",
    possible: [{ en: "meningitis or sepsis", hi: "मेनिनजाइटिस या सेप्सिस" }],
    firstAid: [
      {
        en: "Go to hospital now; do not wait for the rash to change.",
        hi: "अभी अस्पताल जाएँ; दानों के बदलने का इंतज़ार न करें।",
      },
    ],
  },
  {
    id: "rf_heat_stroke",
    source: SRC.heat,
    when: [
      { any: ["heat_stroke"] },
      {
        any: ["heat_exposure", "high_fever"],
        any2: ["hot_dry_skin", "confusion", "fainting", "seizure", "unconscious"],
      },
    ],
    reason: {
      en: "Heat stroke (very hot, dry skin, confusion or fainting in the heat) is an emergency.",
      hi: "लू लगना (गर्मी में बहुत गर्म, सूखी त्वचा, उलझन या बेहोशी) आपात स्थिति है।",
    },
    specialty: "general_physician",
    possible: [{ en: "heat stroke", hi: "लू लगना (हीट स्ट्रोक)" }],
    firstAid: [
      {
        en: "Move to shade, remove extra clothes, cool the body with wet cloths and fanning; give sips of water only if fully awake.",
        hi: "छाया में ले जाएँ, अतिरिक्त कपड़े उतारें, गीले कपड़े और पंखे से शरीर ठंडा करें; पूरी तरह होश में हों तभी घूँट-घूँट पानी दें।",
      },
    ],
  },
  {
    id: "rf_severe_dengue",
    source: SRC.dengue,
    when: [
      {
        any: ["fever"],
        all: ["bleeding_gums"],
        any2: [
          "fainting",
          "lethargy",
          "vomit_everything",
          "severe_abdominal_pain",
          "black_stool",
          "vomiting_blood",
        ],
      },
    ],
    reason: {
      en: "Fever with bleeding and fainting, severe belly pain or repeated vomiting can be severe dengue.",
      hi: "बुखार के साथ खून आना और बेहोशी, पेट में तेज़ दर्द या बार-बार उल्टी गंभीर डेंगू हो सकता है।",
    },
    specialty: "general_physician",
    possible: [{ en: "severe dengue", hi: "गंभीर डेंगू" }],
    firstAid: [],
  },
  {
    id: "rf_sepsis",
    source: SRC.sepsis,
    when: [
      {
        any: ["fever", "chills", "high_fever"],
        any2: ["confusion", "slurred_speech", "blue_lips"],
      },
    ],
    reason: {
      en: "Fever with new confusion or slurred speech can be sepsis or a brain infection.",
      hi: "बुखार के साथ नई उलझन या बोली लड़खड़ाना सेप्सिस या दिमाग़ी संक्रमण हो सकता है।",
    },
    specialty: "general_physician",
    possible: [{ en: "sepsis", hi: "सेप्सिस" }],
    firstAid: [],
  },
  {
    id: "rf_gi_bleed",
    source: SRC.giBleed,
    when: [{ any: ["vomiting_blood", "black_stool"] }],
    reason: {
      en: "Vomiting blood or passing black or bloody stools can mean bleeding inside the gut.",
      hi: "खून की उल्टी या काला/खून वाला मल पेट-आँत के अंदर खून बहने का संकेत हो सकता है।",
    },
    specialty: "gastroenterologist",
    possible: [{ en: "bleeding in the stomach or gut", hi: "पेट या आँत में खून बहना" }],
    firstAid: [{ en: "Lie down; give nothing to eat or drink.", hi: "लेट जाएँ; खाने-पीने को कुछ न लें।" }],
  },
  {
    id: "rf_thunderclap_headache",
    source: SRC.thunderclap,
    when: [{ any: ["worst_headache"] }, { all: ["headache", "worst_ever"] }],
    reason: {
      en: "A sudden, very severe headache (the worst ever) needs emergency care.",
      hi: "अचानक बहुत तेज़ सिरदर्द (अब तक का सबसे तेज़) आपात स्थिति है।",
    },
    specialty: "neurologist",
    possible: [{ en: "bleeding in the brain", hi: "दिमाग़ में खून बहना" }],
    firstAid: [],
  },
  {
    id: "rf_cauda_equina",
    source: SRC.cauda,
    when: [{ any: ["bladder_control_loss"] }],
    reason: {
      en: "Back pain with numbness between the legs or loss of bladder or bowel control needs emergency care.",
      hi: "कमर दर्द के साथ जाँघों के बीच सुन्नपन या पेशाब-पाखाने पर काबू न रहना आपात स्थिति है।",
    },
    specialty: "orthopedic",
    possible: [{ en: "pressure on the spinal nerves", hi: "रीढ़ की नसों पर दबाव" }],
    firstAid: [],
  },
  {
    id: "rf_eye_chemical",
    source: SRC.eyeChem,
    when: [
      {
        any: ["eye_injury"],
        any2: ["vision_loss", "blurred_vision", "burn", "severe_burn", "poisoning"],
      },
    ],
    reason: {
      en: "A chemical in the eye or an eye injury with loss of sight needs emergency care.",
      hi: "आँख में केमिकल या आँख की चोट से दिखना कम होना आपात स्थिति है।",
    },
    specialty: "ophthalmologist",
    possible: [{ en: "serious eye injury", hi: "आँख की गंभीर चोट" }],
    firstAid: [
      {
        en: "Rinse the eye with plenty of clean running water for at least 20 minutes.",
        hi: "आँख को कम से कम 20 मिनट तक साफ़ बहते पानी से धोएँ।",
      },
    ],
  },
  {
    id: "rf_unconscious_seizure",
    source: SRC.nhsSeizure,
    when: [{ any: ["unconscious", "seizure", "lethargy"] }],
    reason: {
      en: "Being unconscious, very hard to wake, or having a fit needs emergency care.",
      hi: "बेहोशी, मुश्किल से जागना या दौरा पड़ना आपात स्थिति है।",
    },
    specialty: "neurologist",
    possible: [
      {
        en: "a fit, a brain problem or another serious illness",
        hi: "दौरा, दिमाग़ की समस्या या कोई और गंभीर बीमारी",
      },
    ],
    firstAid: [
      {
        en: "Lay the person on their side; do not put anything in their mouth; move sharp things away.",
        hi: "व्यक्ति को करवट से लिटाएँ; मुँह में कुछ न डालें; आसपास की नुकीली चीज़ें हटा दें।",
      },
    ],
  },
  {
    id: "rf_confusion",
    source: SRC.befast,
    when: [{ any: ["confusion"] }],
    reason: {
      en: "Sudden confusion needs emergency care: it can be a stroke, an infection or low sugar.",
      hi: "अचानक उलझन आपात स्थिति है: यह लकवा, संक्रमण या शुगर कम होना हो सकता है।",
    },
    specialty: "neurologist",
    possible: [{ en: "stroke, infection or low blood sugar", hi: "लकवा, संक्रमण या शुगर कम होना" }],
    firstAid: [],
  },
];

export const redFlagRuleById = new Map(redFlagRules.map((r) => [r.id, r]));
