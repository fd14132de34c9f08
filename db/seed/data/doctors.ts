import type { SpecialtyKey } from "@/lib/doctors/specialties";

/**
 * Inputs for generating doctor profiles: degrees by specialty, focus areas for bios, fee bands,
 * languages, and clinic naming. Everything here is plain data; demo.ts and scale.ts combine it
 * with a seeded rng.
 */

export const languages = [
  "English",
  "Hindi",
  "Marathi",
  "Tamil",
  "Telugu",
  "Bengali",
  "Kannada",
  "Malayalam",
  "Gujarati",
  "Punjabi",
  "Assamese",
] as const;
export type Language = (typeof languages)[number];

export interface SpecialtyProfile {
  /** Qualification strings, most typical first. */
  qualifications: readonly string[];
  /** Short phrases used in bios ("manages ... and ..."). */
  focus: readonly string[];
  /** Typical offline fee range in INR (online is usually a little cheaper). */
  fee: readonly [number, number];
  /** Facility department this specialty maps to (facilities.departments). */
  department: string;
  /** Typical slot length in minutes. */
  slotMinutes: 10 | 15 | 20 | 30;
  /** Share of doctors in this specialty who consult online. */
  onlineShare: number;
  /** Prefix for the registering council in licence numbers. */
  council: "MCI" | "DCI" | "CCIM" | "CCH";
}

export const specialtyProfiles: Record<SpecialtyKey, SpecialtyProfile> = {
  general_physician: {
    qualifications: [
      "MBBS",
      "MBBS, MD (General Medicine)",
      "MBBS, DNB (Family Medicine)",
      "MBBS, PGDFM",
    ],
    focus: [
      "fever and infections",
      "diabetes and blood pressure follow-ups",
      "preventive health check-ups",
      "seasonal flu and viral illnesses",
      "lifestyle counselling",
    ],
    fee: [300, 700],
    department: "general_medicine",
    slotMinutes: 15,
    onlineShare: 0.9,
    council: "MCI",
  },
  cardiologist: {
    qualifications: [
      "MBBS, MD (Medicine), DM (Cardiology)",
      "MBBS, MD (Medicine), DNB (Cardiology)",
      "MBBS, DNB (Medicine), DM (Cardiology), FACC",
    ],
    focus: [
      "coronary artery disease",
      "heart failure",
      "hypertension that is hard to control",
      "angiography and angioplasty",
      "palpitations and rhythm problems",
      "preventive cardiology",
    ],
    fee: [800, 1500],
    department: "cardiology",
    slotMinutes: 20,
    onlineShare: 0.7,
    council: "MCI",
  },
  dermatologist: {
    qualifications: [
      "MBBS, MD (Dermatology, Venereology & Leprosy)",
      "MBBS, DVD",
      "MBBS, DNB (Dermatology)",
    ],
    focus: [
      "acne and acne scars",
      "eczema and psoriasis",
      "fungal skin infections",
      "hair fall and dandruff",
      "pigmentation and melasma",
    ],
    fee: [500, 1000],
    department: "dermatology",
    slotMinutes: 15,
    onlineShare: 0.85,
    council: "MCI",
  },
  pediatrician: {
    qualifications: ["MBBS, MD (Paediatrics)", "MBBS, DCH", "MBBS, DNB (Paediatrics)"],
    focus: [
      "newborn care",
      "childhood vaccination",
      "growth and nutrition",
      "recurrent colds and asthma in children",
      "developmental milestones",
    ],
    fee: [400, 900],
    department: "pediatrics",
    slotMinutes: 15,
    onlineShare: 0.7,
    council: "MCI",
  },
  orthopedic: {
    qualifications: [
      "MBBS, MS (Ortho)",
      "MBBS, D.Ortho",
      "MBBS, DNB (Orthopaedics)",
      "MBBS, MS (Ortho), Fellowship in Joint Replacement",
    ],
    focus: [
      "knee and hip pain",
      "sports injuries",
      "fractures",
      "back and neck pain",
      "joint replacement",
    ],
    fee: [600, 1200],
    department: "orthopedic",
    slotMinutes: 15,
    onlineShare: 0.5,
    council: "MCI",
  },
  gynecologist: {
    qualifications: [
      "MBBS, MS (Obstetrics & Gynaecology)",
      "MBBS, DGO",
      "MBBS, DNB (Obstetrics & Gynaecology)",
    ],
    focus: [
      "pregnancy care",
      "PCOS and irregular periods",
      "menopause",
      "infertility evaluation",
      "family planning",
    ],
    fee: [500, 1200],
    department: "gynecology",
    slotMinutes: 20,
    onlineShare: 0.75,
    council: "MCI",
  },
  ent: {
    qualifications: ["MBBS, MS (ENT)", "MBBS, DLO", "MBBS, DNB (Otorhinolaryngology)"],
    focus: ["sinusitis", "tonsillitis", "ear infections and hearing loss", "vertigo", "snoring"],
    fee: [400, 900],
    department: "ent",
    slotMinutes: 15,
    onlineShare: 0.5,
    council: "MCI",
  },
  neurologist: {
    qualifications: ["MBBS, MD (Medicine), DM (Neurology)", "MBBS, DNB (Neurology)"],
    focus: [
      "migraine and headaches",
      "epilepsy",
      "stroke recovery",
      "Parkinson's disease",
      "neuropathy and numbness",
    ],
    fee: [900, 1500],
    department: "neurology",
    slotMinutes: 20,
    onlineShare: 0.7,
    council: "MCI",
  },
  gastroenterologist: {
    qualifications: [
      "MBBS, MD (Medicine), DM (Gastroenterology)",
      "MBBS, DNB (Gastroenterology)",
      "MBBS, MS, MCh (Surgical Gastroenterology)",
    ],
    focus: [
      "acidity and GERD",
      "irritable bowel syndrome",
      "fatty liver",
      "hepatitis B and C",
      "endoscopy and colonoscopy",
    ],
    fee: [800, 1400],
    department: "general_medicine",
    slotMinutes: 20,
    onlineShare: 0.7,
    council: "MCI",
  },
  psychiatrist: {
    qualifications: ["MBBS, MD (Psychiatry)", "MBBS, DPM", "MBBS, DNB (Psychiatry)"],
    focus: [
      "anxiety and panic attacks",
      "depression",
      "sleep problems",
      "de-addiction",
      "adult ADHD",
    ],
    fee: [800, 1500],
    department: "general_medicine",
    slotMinutes: 30,
    onlineShare: 0.95,
    council: "MCI",
  },
  ophthalmologist: {
    qualifications: ["MBBS, MS (Ophthalmology)", "MBBS, DOMS", "MBBS, DNB (Ophthalmology)"],
    focus: [
      "cataract surgery",
      "glaucoma",
      "diabetic eye disease",
      "spectacle and contact lens prescriptions",
      "dry eyes",
    ],
    fee: [400, 900],
    department: "ophthalmology",
    slotMinutes: 15,
    onlineShare: 0.4,
    council: "MCI",
  },
  dentist: {
    qualifications: [
      "BDS",
      "BDS, MDS (Endodontics)",
      "BDS, MDS (Orthodontics)",
      "BDS, MDS (Periodontics)",
    ],
    focus: [
      "root canal treatment",
      "braces and aligners",
      "gum disease",
      "tooth sensitivity",
      "dental implants",
    ],
    fee: [300, 800],
    department: "general_medicine",
    slotMinutes: 30,
    onlineShare: 0.3,
    council: "DCI",
  },
  pulmonologist: {
    qualifications: [
      "MBBS, MD (Pulmonary Medicine)",
      "MBBS, MD (Respiratory Medicine)",
      "MBBS, DTCD, DNB (Respiratory Diseases)",
    ],
    focus: ["asthma", "COPD", "tuberculosis", "sleep apnoea", "post-COVID breathlessness"],
    fee: [600, 1200],
    department: "general_medicine",
    slotMinutes: 20,
    onlineShare: 0.7,
    council: "MCI",
  },
  endocrinologist: {
    qualifications: ["MBBS, MD (Medicine), DM (Endocrinology)", "MBBS, DNB (Endocrinology)"],
    focus: ["type 1 and type 2 diabetes", "thyroid disorders", "obesity", "PCOS", "osteoporosis"],
    fee: [800, 1500],
    department: "general_medicine",
    slotMinutes: 20,
    onlineShare: 0.85,
    council: "MCI",
  },
  urologist: {
    qualifications: [
      "MBBS, MS (General Surgery), MCh (Urology)",
      "MBBS, DNB (Genito-Urinary Surgery)",
    ],
    focus: [
      "kidney stones",
      "prostate enlargement",
      "urinary tract infections",
      "bladder problems",
      "men's health",
    ],
    fee: [700, 1400],
    department: "general_medicine",
    slotMinutes: 20,
    onlineShare: 0.6,
    council: "MCI",
  },
  ayurveda: {
    qualifications: ["BAMS", "BAMS, MD (Ayurveda)", "BAMS, MS (Ayurveda - Shalya Tantra)"],
    focus: [
      "digestive complaints",
      "joint pain",
      "Panchakarma",
      "stress and sleep",
      "lifestyle and diet planning",
    ],
    fee: [300, 700],
    department: "general_medicine",
    slotMinutes: 30,
    onlineShare: 0.8,
    council: "CCIM",
  },
  homeopathy: {
    qualifications: ["BHMS", "BHMS, MD (Homoeopathy)"],
    focus: ["allergies", "skin complaints", "recurrent colds", "migraine", "childhood ailments"],
    fee: [300, 600],
    department: "general_medicine",
    slotMinutes: 20,
    onlineShare: 0.85,
    council: "CCH",
  },
};

/** Clinic name patterns; {last} is the doctor's surname, {area} a locality, {city} the city. */
export const clinicNamePatterns = [
  "{last} Clinic",
  "{last} {kind} Centre",
  "{area} {kind} Clinic",
  "Sanjeevani {kind} Clinic, {area}",
  "Arogya Clinic, {area}",
  "Shree {kind} Care",
  "{city} {kind} Centre",
] as const;

export const hospitalNames = [
  "Sahyadri Multispeciality Hospital",
  "Lifeline Hospital",
  "Jeevan Jyoti Hospital",
  "Sunrise Multispeciality Hospital",
  "City Care Hospital",
  "Aastha Hospital",
  "Navjeevan Hospital",
  "Sparsh Hospital",
  "Shanti Nursing Home",
  "Kaveri Hospital",
  "Dhanvantari Hospital",
  "Mother & Child Care Hospital",
] as const;

/** Word used in clinic names per specialty ("Heart", "Skin", ...). */
export const clinicKindWord: Record<SpecialtyKey, string> = {
  general_physician: "Family Health",
  cardiologist: "Heart",
  dermatologist: "Skin & Hair",
  pediatrician: "Child Care",
  orthopedic: "Bone & Joint",
  gynecologist: "Women's",
  ent: "ENT",
  neurologist: "Neuro",
  gastroenterologist: "Gut & Liver",
  psychiatrist: "Mind Wellness",
  ophthalmologist: "Eye",
  dentist: "Dental",
  pulmonologist: "Chest & Lung",
  endocrinologist: "Diabetes & Thyroid",
  urologist: "Urology",
  ayurveda: "Ayurveda",
  homeopathy: "Homoeo",
};

/** Bio sentence templates; placeholders: {title} {years} {focus1} {focus2} {city} {qual}. */
export const bioTemplates = [
  "{title} has {years} years of experience and sees patients in {city}. Areas of interest include {focus1} and {focus2}. Believes in explaining every diagnosis in plain language and involving the family in decisions.",
  "With {years} years in practice, {title} focuses on {focus1}, along with {focus2}. Trained ({qual}) and known for unhurried consultations and clear follow-up plans.",
  "{title} ({qual}) has practised in {city} for {years} years. Most consultations are about {focus1} and {focus2}. Encourages patients to bring earlier reports and a list of current medicines to the visit.",
  "A {city}-based doctor with {years} years of experience, {title} treats {focus1} and {focus2}, and puts prevention and simple lifestyle changes first before adding medicines.",
] as const;

/** Review snippets by rating, written for seeded ratings. */
export const reviewsByRating: Record<1 | 2 | 3 | 4 | 5, readonly string[]> = {
  5: [
    "Very patient and explained everything clearly. Felt much better after following the advice.",
    "Doctor listened to all my concerns without rushing. Highly recommended.",
    "Excellent consultation, the clinic was clean and on time.",
    "Bahut achha experience raha. Doctor ne sab kuch aaram se samjhaya.",
    "Online consultation was smooth and the prescription came right away.",
    "Took my elderly father here, very caring with him. Thank you doctor!",
  ],
  4: [
    "Good doctor, a little waiting time at the clinic but worth it.",
    "Clear diagnosis and reasonable medicines. Follow-up was helpful.",
    "Helpful advice on diet along with the treatment.",
    "Doctor was good, reception staff could be more organised.",
  ],
  3: [
    "Consultation was okay, felt a bit rushed.",
    "Average experience, had to wait almost an hour.",
    "Treatment worked but the fees feel slightly high.",
  ],
  2: [
    "Waited long and the consultation was very short.",
    "Could not get a proper explanation of the reports.",
  ],
  1: ["Appointment started 90 minutes late and nobody informed us."],
};

export const chiefComplaints: Record<SpecialtyKey, readonly string[]> = {
  general_physician: [
    "Fever for 3 days",
    "Cough and cold",
    "Routine BP check",
    "Body ache and weakness",
    "Sugar level follow-up",
  ],
  cardiologist: [
    "Chest discomfort on climbing stairs",
    "High BP not controlled",
    "Palpitations",
    "Follow-up after angioplasty",
    "Breathlessness on exertion",
  ],
  dermatologist: [
    "Acne on face",
    "Itchy rash on arms",
    "Hair fall",
    "Dark patches on cheeks",
    "Fungal infection in groin",
  ],
  pediatrician: [
    "Child has fever and cold",
    "Vaccination due",
    "Poor appetite",
    "Loose motions in toddler",
    "Growth check-up",
  ],
  orthopedic: [
    "Knee pain while walking",
    "Lower back pain",
    "Shoulder stiffness",
    "Ankle sprain",
    "Neck pain from desk work",
  ],
  gynecologist: [
    "Irregular periods",
    "Pregnancy check-up",
    "PCOS follow-up",
    "White discharge",
    "Menopause symptoms",
  ],
  ent: [
    "Blocked nose and sinus pain",
    "Ear pain",
    "Throat pain for a week",
    "Ringing in ears",
    "Giddiness",
  ],
  neurologist: [
    "Frequent headaches",
    "Numbness in hands",
    "Seizure follow-up",
    "Tremors",
    "Dizziness",
  ],
  gastroenterologist: [
    "Acidity after meals",
    "Bloating",
    "Constipation",
    "Fatty liver on ultrasound",
    "Stomach pain",
  ],
  psychiatrist: [
    "Anxiety and poor sleep",
    "Feeling low for weeks",
    "Panic attacks",
    "Stress at work",
    "Difficulty concentrating",
  ],
  ophthalmologist: [
    "Blurred vision",
    "Red and itchy eyes",
    "Spectacle power check",
    "Diabetic eye check-up",
    "Watering eyes",
  ],
  dentist: [
    "Toothache",
    "Bleeding gums",
    "Sensitivity to cold",
    "Braces consultation",
    "Cleaning and check-up",
  ],
  pulmonologist: [
    "Breathlessness at night",
    "Cough for over 3 weeks",
    "Asthma follow-up",
    "Snoring and daytime sleepiness",
    "Wheezing",
  ],
  endocrinologist: [
    "Uncontrolled sugar",
    "Thyroid report discussion",
    "Weight gain",
    "Insulin dose adjustment",
    "Low vitamin D",
  ],
  urologist: [
    "Burning urination",
    "Kidney stone pain",
    "Frequent urination at night",
    "Blood in urine",
    "Prostate check",
  ],
  ayurveda: [
    "Digestion problems",
    "Joint pain",
    "Stress and sleep",
    "Skin allergy",
    "Panchakarma consultation",
  ],
  homeopathy: [
    "Recurrent cold",
    "Allergic rhinitis",
    "Warts",
    "Migraine",
    "Child's frequent cough",
  ],
};

export const doctorNotes = [
  "Advised rest, fluids and review after 5 days if symptoms persist.",
  "Medicines prescribed. Repeat blood tests after 3 months.",
  "Lifestyle modification discussed: salt restriction, 30 minutes walk daily.",
  "Reports reviewed, no acute concern. Continue current medicines.",
  "Referred for imaging; follow up with reports.",
] as const;

export const cancelReasons = [
  "Travelling out of town",
  "Feeling better now",
  "Clashes with office meeting",
  "Booked by mistake",
] as const;
