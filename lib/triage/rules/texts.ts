import type { SymptomSeverity } from "../types";
import type { Bilingual, Likelihood } from "./types";

/** The engine's fixed texts, in both languages. */
export const texts = {
  disclaimer: {
    en: "This is guidance, not a diagnosis. It does not replace a doctor. If you feel very unwell or worried, call 108.",
    hi: "यह केवल मार्गदर्शन है, निदान नहीं। यह डॉक्टर की जगह नहीं लेता। बहुत बीमार या चिंतित महसूस करें तो 108 पर फ़ोन करें।",
  },
  emergencyCall: {
    en: "Call 108 (ambulance) now, or 112. Do not wait and do not drive yourself.",
    hi: "अभी 108 (एम्बुलेंस) पर फ़ोन करें, या 112 पर। इंतज़ार न करें और खुद गाड़ी न चलाएँ।",
  },
  severityAdvice: {
    self_care: {
      en: "You can usually look after this at home.",
      hi: "आमतौर पर इसकी देखभाल घर पर की जा सकती है।",
    },
    see_doctor: {
      en: "Book a visit with a doctor in the next few days.",
      hi: "अगले कुछ दिनों में डॉक्टर से मिलने का समय लें।",
    },
    urgent: {
      en: "Get medical help today, within a few hours.",
      hi: "आज ही, कुछ घंटों के भीतर, डॉक्टर की मदद लें।",
    },
    emergency: { en: "This is an emergency.", hi: "यह आपात स्थिति है।" },
  } satisfies Record<SymptomSeverity, Bilingual>,
  severityWord: {
    self_care: { en: "self-care at home", hi: "घर पर देखभाल" },
    see_doctor: { en: "see a doctor", hi: "डॉक्टर को दिखाएँ" },
    urgent: { en: "urgent care today", hi: "आज ही तुरंत इलाज" },
    emergency: { en: "emergency", hi: "आपात स्थिति" },
  } satisfies Record<SymptomSeverity, Bilingual>,
  likelihood: {
    likely: { en: "likely", hi: "काफ़ी संभव" },
    possible: { en: "possible", hi: "संभव" },
    less_likely: { en: "less likely", hi: "कम संभावना" },
  } satisfies Record<Likelihood, Bilingual>,
  generalWatch: {
    en: "Any sudden worsening, fainting, chest pain or trouble breathing: call 108.",
    hi: "अचानक हालत बिगड़े, बेहोशी, सीने में दर्द या सांस में तकलीफ़ हो: 108 पर फ़ोन करें।",
  },
  summary: {
    man: { en: "man", hi: "पुरुष" },
    woman: { en: "woman", hi: "महिला" },
    person: { en: "person", hi: "व्यक्ति" },
    boy: { en: "boy", hi: "बालक" },
    girl: { en: "girl", hi: "बालिका" },
    child: { en: "child", hi: "बच्चा" },
    baby: { en: "baby", hi: "शिशु" },
    pregnant: { en: "pregnant", hi: "गर्भवती" },
    none: { en: "no symptom the checker could place", hi: "कोई पहचाना गया लक्षण नहीं" },
    answers: { en: "Answers", hi: "जवाब" },
    outcome: { en: "Guidance", hi: "सलाह" },
    redFlag: { en: "Red flag", hi: "खतरे का संकेत" },
    noWord: { en: "no", hi: "नहीं" },
    notes: { en: "In their words", hi: "उनके शब्दों में" },
  },
} as const;
