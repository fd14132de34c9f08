/**
 * Community forum posts and replies, written for the seed in everyday Indian English and Hindi.
 * `by: "doctor"` replies are posted from a seeded verified doctor's account; others from patients.
 * `daysAgo` positions the post in time relative to the seed run.
 */
export type ForumCategory =
  | "general"
  | "nutrition"
  | "fitness"
  | "mental_health"
  | "wellness"
  | "chronic_conditions"
  | "preventive_care";

export interface SeedForumReply {
  by: "patient" | "doctor";
  /** For doctor replies: preferred specialty of the answering doctor. */
  specialty?: string;
  content: string;
  helpful?: boolean;
}

export interface SeedForumPost {
  title: string;
  content: string;
  category: ForumCategory;
  daysAgo: number;
  pinned?: boolean;
  replies: readonly SeedForumReply[];
}

export const forumPosts: readonly SeedForumPost[] = [
  {
    title: "Welcome to the SwasthAI community: please read before posting",
    category: "general",
    daysAgo: 120,
    pinned: true,
    content:
      "Namaste! This is a place to share experiences and support each other. A few ground rules:\n\n1. Be kind. Everyone here is dealing with something.\n2. Do not share phone numbers, addresses or reports with your name on them.\n3. Advice here is not a substitute for a doctor. For chest pain, breathing trouble, fainting or heavy bleeding, call 108 / 112 immediately.\n4. No selling of medicines or 'miracle cures'.\n\nHappy to have you here.",
    replies: [
      {
        by: "patient",
        content: "Thanks for setting this up. Looking forward to learning from everyone.",
      },
      {
        by: "patient",
        content: "Very helpful rules. Especially the one about not posting reports with names.",
      },
    ],
  },
  {
    title: "HbA1c came 7.8, doctor says control diet first. What do you all eat for breakfast?",
    category: "chronic_conditions",
    daysAgo: 34,
    content:
      "Diagnosed with type 2 diabetes last month, 46 years old. Doctor started metformin and said my HbA1c should come below 7. I am used to poha and tea with two spoons of sugar every morning. What breakfast options have worked for you? Vegetarian please.",
    replies: [
      {
        by: "patient",
        content:
          "Moong dal chilla with lots of vegetables has been my go-to. Keeps me full till lunch and sugar stays okay.",
      },
      {
        by: "patient",
        content:
          "Try vegetable oats upma or besan chilla. And reduce sugar in tea slowly, I went 2 -> 1 -> half spoon over a month. Now I don't miss it.",
      },
      {
        by: "doctor",
        specialty: "endocrinologist",
        helpful: true,
        content:
          "Good that you are starting early. Aim for protein at breakfast (dal chilla, paneer bhurji, sprouts, curd) and pair poha with peanuts and vegetables rather than eating it plain. A 10-minute walk after breakfast also helps the post-meal sugar. Recheck HbA1c in 3 months and continue the medicine as prescribed.",
      },
    ],
  },
  {
    title: "Mother's BP high only in the morning?",
    category: "chronic_conditions",
    daysAgo: 21,
    content:
      "My mother (62) checks BP at home. Mornings it is around 150/95, evenings 130/85. She takes amlodipine 5 mg at night. Is this normal variation or should we show the doctor?",
    replies: [
      {
        by: "patient",
        content:
          "My father had the same pattern. Doctor changed the timing of his tablet and it settled. Do show the readings.",
      },
      {
        by: "doctor",
        specialty: "cardiologist",
        helpful: true,
        content:
          "Blood pressure is naturally higher in the early morning, but 150/95 repeatedly is above target. Keep a two-week log (morning and evening, sitting, after 5 minutes of rest, two readings each) and take it to her doctor. Do not change the dose or timing on your own. If she gets severe headache, chest pain or weakness on one side, go to the emergency immediately.",
      },
      {
        by: "patient",
        content:
          "Also check if the BP machine cuff size is right for her arm. A small cuff gives high readings.",
      },
    ],
  },
  {
    title: "Dengue recovery: how long does the weakness last?",
    category: "wellness",
    daysAgo: 48,
    content:
      "Got discharged after dengue 10 days ago, platelets now normal. But I feel so tired, can't even climb two floors without resting. Is this normal? When can I go back to gym?",
    replies: [
      {
        by: "patient",
        content:
          "Same happened to me last year, took almost 4 weeks to feel normal. Eat well and don't rush.",
      },
      {
        by: "patient",
        content: "Coconut water and khichdi helped me. Start with walking, not gym.",
      },
      {
        by: "doctor",
        specialty: "general_physician",
        content:
          "Post-viral fatigue after dengue commonly lasts two to four weeks. Eat regular balanced meals, hydrate well and start with short walks, increasing gradually. Return to heavy exercise only when daily activities feel easy. See your doctor if you have fever again, breathlessness, bleeding or if the tiredness is not improving after a month.",
      },
    ],
  },
  {
    title: "Office stress and I can't sleep before 2 am",
    category: "mental_health",
    daysAgo: 9,
    content:
      "Working in IT, deadlines every week. Even after logging off at 10 pm my mind keeps running. Sleep only by 2 am and wake up at 7. Feeling irritable all the time. Anyone else? What helped?",
    replies: [
      {
        by: "patient",
        content:
          "I keep my phone outside the bedroom now. First week was hard but it really helped.",
      },
      {
        by: "patient",
        content:
          "Try writing tomorrow's to-do list before bed. Once it's on paper my brain stops repeating it.",
      },
      {
        by: "doctor",
        specialty: "psychiatrist",
        helpful: true,
        content:
          "What you describe is very common. Try a fixed wake-up time (even on weekends), no screens for the last hour, and no tea/coffee after 4 pm. A 20-minute walk in the evening helps too. If this continues beyond a few weeks, or you feel low most days, please speak to a professional. Tele-MANAS (14416) is free and available round the clock.",
      },
      {
        by: "patient",
        content: "Also talk to your manager if possible. Boundaries matter. Take care.",
      },
    ],
  },
  {
    title: "घर पर बुज़ुर्गों के लिए कौन से व्यायाम सुरक्षित हैं?",
    category: "fitness",
    daysAgo: 27,
    content:
      "मेरे पिताजी 70 साल के हैं, घुटनों में थोड़ा दर्द रहता है। बाहर टहलने नहीं जा पाते। घर पर कौन से हल्के व्यायाम कर सकते हैं? कोई सुझाव दें।",
    replies: [
      {
        by: "patient",
        content:
          "कुर्सी पर बैठकर पैर सीधा उठाना और 10 सेकंड रोकना, मेरी माँ रोज़ करती हैं। घुटनों को ताकत मिलती है।",
      },
      {
        by: "patient",
        content: "घर के अंदर ही 10-10 मिनट दिन में तीन बार टहलें। एक साथ ज़्यादा की ज़रूरत नहीं।",
      },
      {
        by: "doctor",
        specialty: "orthopedic",
        helpful: true,
        content:
          "कुर्सी पर बैठकर घुटने सीधे करना, दीवार के सहारे खड़े होकर एड़ियाँ उठाना, और हल्की स्ट्रेचिंग अच्छे विकल्प हैं। गिरने से बचाव के लिए फ़र्श पर फिसलन न हो और सहारा पास रहे। दर्द या सूजन बढ़े तो व्यायाम रोककर डॉक्टर को दिखाएँ। एक बार फ़िज़ियोथेरेपिस्ट से सही तरीका सीख लेना सबसे अच्छा है।",
      },
    ],
  },
  {
    title: "Vitamin D 60000 weekly: how many weeks is safe?",
    category: "preventive_care",
    daysAgo: 15,
    content:
      "My vitamin D was 14 ng/mL. Doctor gave 60000 IU once a week for 8 weeks. My colleague says she has been taking it for a year on her own. Is it okay to continue without testing?",
    replies: [
      {
        by: "patient",
        content:
          "I think you should retest after the course. Too much vitamin D isn't good either.",
      },
      {
        by: "doctor",
        specialty: "endocrinologist",
        helpful: true,
        content:
          "Follow your doctor's course and recheck the level afterwards; most people then move to a lower maintenance dose. Taking high-dose vitamin D for long periods without monitoring can raise calcium levels and cause problems like nausea, constipation and kidney stones. Your colleague should get her levels checked too. Sunlight on arms and face for 15-20 minutes on most days helps maintain levels.",
      },
    ],
  },
  {
    title: "Best sources of protein for vegetarians (no eggs)?",
    category: "nutrition",
    daysAgo: 40,
    content:
      "Trying to increase protein. I'm vegetarian, don't eat eggs. Dal-roti-sabzi feels like not enough. What do you add to your daily diet?",
    replies: [
      {
        by: "patient",
        content:
          "Paneer, tofu, curd and sprouts daily. I also add a spoon of roasted chana to snacks.",
      },
      {
        by: "patient",
        content: "Soya chunks in pulao twice a week, and peanut chutney. Cheap and good protein.",
      },
      {
        by: "patient",
        content: "Greek-style hung curd is great. Also mixing besan into atta for rotis.",
      },
      {
        by: "patient",
        content:
          "Don't forget rajma, chole and moong. Having dal at every main meal made a big difference for me.",
      },
    ],
  },
  {
    title: "Child gets cold and cough every month after starting school",
    category: "general",
    daysAgo: 12,
    content:
      "My son is 4 and started playschool in June. Since then he is sick almost every month: runny nose, cough, sometimes fever for 2 days. Is something wrong with his immunity?",
    replies: [
      {
        by: "patient",
        content:
          "Very normal in the first year of school! Both my kids had the same. Second year was much better.",
      },
      {
        by: "doctor",
        specialty: "pediatrician",
        helpful: true,
        content:
          "Young children often get 6-8 viral colds a year, more in their first year of school; this is how immunity builds. Make sure vaccinations are up to date, teach handwashing, and ensure good sleep and nutrition. See a doctor if there is fast or difficult breathing, fever beyond 3 days, ear pain, poor feeding or unusual drowsiness. Antibiotics do not help viral colds.",
      },
      { by: "patient", content: "Handwashing before lunch made a difference for us." },
    ],
  },
  {
    title: "Walking 10,000 steps: is it really necessary?",
    category: "fitness",
    daysAgo: 55,
    content:
      "Everyone talks about 10k steps. I manage around 5,000 on most days with a desk job. Is that useless? Should I push to 10k?",
    replies: [
      {
        by: "patient",
        content:
          "Something is better than nothing! I went from 4k to 7k over a few months and feel much fresher.",
      },
      {
        by: "patient",
        content:
          "I read that benefits keep increasing even from 6-8k steps. Don't stress about the exact number.",
      },
    ],
  },
  {
    title: "PCOS diagnosed at 24: feeling overwhelmed",
    category: "chronic_conditions",
    daysAgo: 18,
    content:
      "Irregular periods for 2 years and ultrasound showed PCOS. Doctor said lose some weight and exercise. I feel so confused with all the advice online. Any women here who managed it well?",
    replies: [
      {
        by: "patient",
        content:
          "You're not alone. I lost 6 kg over 8 months with home food and walking, and my cycles became regular. Go slow.",
      },
      {
        by: "patient",
        content:
          "Strength training 3 days a week helped me more than only cardio. Find a routine you enjoy.",
      },
      {
        by: "doctor",
        specialty: "gynecologist",
        helpful: true,
        content:
          "PCOS is common and manageable. Even a 5-10% weight reduction can improve cycles. Focus on regular meals with protein and fibre, reduce sugary drinks and refined snacks, and aim for 150 minutes of activity a week. Your doctor may also check thyroid, sugar and cholesterol. Please rely on your gynaecologist rather than unverified supplements sold online.",
      },
    ],
  },
  {
    title: "Acidity every night after dinner",
    category: "wellness",
    daysAgo: 6,
    content:
      "Burning in chest and sour taste every night after dinner, especially when I lie down. I eat around 10:30 pm. Taking antacid syrup almost daily. What else can I do?",
    replies: [
      {
        by: "patient",
        content: "Shift dinner to 8 pm if you can. That alone fixed most of my acidity.",
      },
      {
        by: "patient",
        content:
          "Raising the head end of the bed by a few inches helped me. Also less spicy and fried food at night.",
      },
      {
        by: "doctor",
        specialty: "gastroenterologist",
        content:
          "Eat dinner at least 2-3 hours before lying down, keep it smaller, and limit tea, coffee, fried and very spicy food in the evening. Weight loss and stopping smoking help too. If you need antacids daily for more than two weeks, or have difficulty swallowing, vomiting, black stools or weight loss, see a doctor rather than self-medicating.",
      },
    ],
  },
  {
    title: "Which health check-up should I get at 40?",
    category: "preventive_care",
    daysAgo: 30,
    content:
      "Turning 40 next month, no major issues. Family history of diabetes (father) and heart disease (uncle). Which tests are actually useful instead of those 90-test packages?",
    replies: [
      {
        by: "patient",
        content:
          "I did sugar, HbA1c, lipid profile, thyroid and CBC plus BP check. Doctor said that covers most of it for my age.",
      },
      {
        by: "doctor",
        specialty: "general_physician",
        helpful: true,
        content:
          "A sensible baseline at 40 with your family history: blood pressure, weight and waist, fasting sugar or HbA1c, lipid profile, kidney function, CBC, and a urine test. An ECG is reasonable. Women should add breast and cervical screening. Discuss the results with a doctor; a long package is not better than the right tests followed up properly.",
      },
      {
        by: "patient",
        content:
          "Also eye check-up if you haven't done one in a while. Near vision changes after 40.",
      },
    ],
  },
  {
    title: "मोबाइल ज़्यादा देखने से आँखों में जलन",
    category: "wellness",
    daysAgo: 3,
    content: "दिन भर लैपटॉप और फिर रात को मोबाइल। शाम तक आँखें लाल और जलन होती है। क्या करें?",
    replies: [
      {
        by: "patient",
        content: "20-20-20 नियम अपनाएँ: हर 20 मिनट में 20 सेकंड के लिए 20 फ़ीट दूर देखें। मुझे फ़ायदा हुआ।",
      },
      {
        by: "doctor",
        specialty: "ophthalmologist",
        content:
          "स्क्रीन देखते समय हम पलकें कम झपकाते हैं, जिससे आँखें सूखती हैं। 20-20-20 नियम, स्क्रीन की चमक कमरे जैसी रखना और पर्याप्त पानी पीना मदद करता है। ज़रूरत हो तो लुब्रिकेटिंग ड्रॉप्स ली जा सकती हैं। अगर धुंधला दिखे, दर्द हो या चश्मे का नंबर बहुत समय से नहीं जँचा, तो आँखों की जाँच करवाएँ।",
      },
      { by: "patient", content: "रात को मोबाइल में नाइट मोड और फ़ॉन्ट बड़ा रखें।" },
    ],
  },
  {
    title: "How do you remember to take medicines on time?",
    category: "general",
    daysAgo: 24,
    content:
      "My in-laws take 6-7 tablets a day between them and keep missing doses or taking twice. Any tips or tools that worked for your family?",
    replies: [
      {
        by: "patient",
        content:
          "Weekly pill organiser box with morning/afternoon/night sections. Fill it every Sunday. Game changer.",
      },
      {
        by: "patient",
        content: "We set alarms on their phone with the medicine name as the label.",
      },
      {
        by: "patient",
        content: "Keep a simple chart on the fridge and tick after each dose. Works for my dad.",
      },
    ],
  },
  {
    title: "Is it safe to exercise during the Delhi smog?",
    category: "fitness",
    daysAgo: 2,
    content:
      "AQI is 400+ this week. I usually run outdoors in the morning. Should I stop completely? Is indoor exercise fine?",
    replies: [
      {
        by: "patient",
        content:
          "I shift to indoor workouts when AQI is above 200. Skipping rope, yoga, bodyweight exercises at home.",
      },
      {
        by: "doctor",
        specialty: "pulmonologist",
        helpful: true,
        content:
          "On very poor air quality days, avoid strenuous outdoor exercise, especially early morning when pollution often peaks. Exercise indoors with windows closed. People with asthma, heart disease, the elderly and children should be extra careful. If you must go out, a well-fitted N95 mask reduces exposure. Seek care for wheezing, chest tightness or breathlessness.",
      },
      {
        by: "patient",
        content: "Morning runs in smog used to give me a cough. Indoor cycling now till it clears.",
      },
    ],
  },
];
