/**
 * Health articles for the seed, written for this project: general, safe guidance in English and
 * Hindi. Each topic has one row per locale sharing a translation group; the Hindi slug is the
 * English slug + "-hi". Nothing here is a diagnosis; every article points to a doctor for
 * personal advice.
 */
import type { DoctorSpecialty } from "@/db/schema/doctors";

export type ArticleCategory =
  | "nutrition"
  | "fitness"
  | "mental_health"
  | "wellness"
  | "diseases"
  | "lifestyle"
  | "women_health"
  | "child_health"
  | "senior_care"
  | "preventive_care";

export interface SeedArticle {
  slug: string;
  locale: "en" | "hi";
  translationGroup: string;
  title: string;
  excerpt: string;
  body: string;
  category: ArticleCategory;
  tags: readonly string[];
  authorName: string;
  authorCredentials: string;
  readTimeMinutes: number;
  /** Who medically reviewed it (in the article's script), and the day (YYYY-MM-DD, India). */
  reviewerName: string;
  reviewerCredentials: string;
  reviewedAt: string;
  /** Public sources the text follows: WHO, MoHFW, ICMR-NIN, NHS pages. */
  sources: readonly { title: string; url: string }[];
  /** The doctors to suggest booking after reading; null: none fits. */
  specialty: DoctorSpecialty | null;
  isFeatured: boolean;
  /** ISO instant with +05:30 offset. */
  publishedAt: string;
  views: number;
  likes: number;
}

interface Version {
  title: string;
  excerpt: string;
  body: string;
  authorName: string;
}

interface Topic {
  slug: string;
  group: string;
  category: ArticleCategory;
  tags: readonly string[];
  credentials: string;
  publishedAt: string;
  featured: boolean;
  views: number;
  likes: number;
  en: Version;
  hi: Version;
}

const topics: readonly Topic[] = [
  {
    slug: "stay-hydrated-in-indian-summer",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000001",
    category: "wellness",
    tags: ["summer", "hydration", "heat stroke", "ORS"],
    credentials: "MBBS, MD (General Medicine)",
    publishedAt: "2026-04-02T08:00:00+05:30",
    featured: true,
    views: 4210,
    likes: 312,
    en: {
      title: "Beat the heat: staying hydrated through an Indian summer",
      excerpt:
        "How much to drink, what to drink, and the warning signs of heat exhaustion and heat stroke.",
      authorName: "Dr. Meera Kulkarni",
      body: `When the mercury crosses 40 °C in much of India, the body loses water and salt through sweat far faster than most people realise. Thirst is a late signal: by the time you feel it, you are often already a little dehydrated.

## How much is enough?
Most healthy adults need about 2.5 to 3.5 litres of fluid a day in summer, more if you work outdoors, travel in the heat or exercise. A simple check is the colour of your urine: pale yellow is good, dark yellow means drink more.

People with heart failure or kidney disease may have been told to limit fluids. Follow your doctor's advice rather than a general rule.

## What to drink
- **Plain water** first, sipped through the day rather than a litre at once.
- **Buttermilk (chaas), nimbu pani with a pinch of salt, coconut water** help replace salts.
- **ORS** (oral rehydration solution) if you have had loose motions, vomiting or heavy sweating. Mix one packet in exactly the amount of clean water written on it.
- Go easy on sugary colas, packaged juices and very strong tea or coffee.

## Who is most at risk
Infants, people over 65, pregnant women, outdoor workers, and anyone with diabetes, high blood pressure or on water pills (diuretics). Check on elderly neighbours during a heat wave.

## Heat exhaustion vs heat stroke
Heat exhaustion shows up as heavy sweating, weakness, headache, dizziness and muscle cramps. Move to a cool place, loosen clothes, sip ORS or water, and rest.

**Heat stroke is an emergency.** Warning signs are a very high body temperature, hot and dry skin, confusion, fainting or fits. Call 108 or 112, move the person to shade, cool them with wet cloths and a fan, and do not force fluids if they are not fully awake.

## Simple habits
Avoid direct sun between noon and 3 pm, wear loose cotton clothes and a cap, carry a water bottle, and eat seasonal fruits like watermelon and cucumber. Small steps prevent most heat illness.`,
    },
    hi: {
      title: "गर्मी से बचाव: भारतीय गर्मियों में शरीर में पानी की कमी न होने दें",
      excerpt: "कितना पिएँ, क्या पिएँ, और लू व हीट स्ट्रोक के चेतावनी संकेत।",
      authorName: "डॉ. मीरा कुलकर्णी",
      body: `जब तापमान 40 °C से ऊपर चला जाता है, तो पसीने के साथ शरीर से पानी और नमक बहुत तेज़ी से निकलते हैं। प्यास देर से लगती है: जब तक प्यास महसूस होती है, तब तक अक्सर शरीर में थोड़ी पानी की कमी हो चुकी होती है।

## कितना पानी काफ़ी है?
ज़्यादातर स्वस्थ वयस्कों को गर्मियों में दिन भर में लगभग 2.5 से 3.5 लीटर तरल चाहिए। धूप में काम करने, यात्रा करने या व्यायाम करने पर इससे ज़्यादा। पेशाब का रंग एक आसान जाँच है: हल्का पीला ठीक है, गहरा पीला हो तो और पानी पिएँ।

दिल या किडनी की बीमारी वाले लोगों को डॉक्टर ने पानी सीमित रखने को कहा हो, तो सामान्य नियम के बजाय अपने डॉक्टर की सलाह मानें।

## क्या पिएँ
- **सादा पानी**, एक साथ बहुत सारा नहीं, दिन भर थोड़ा-थोड़ा।
- **छाछ, चुटकी भर नमक वाला नींबू पानी, नारियल पानी** नमक की कमी पूरी करते हैं।
- दस्त, उल्टी या बहुत पसीना आने पर **ओआरएस** लें। एक पैकेट को पैकेट पर लिखी मात्रा के साफ़ पानी में ही घोलें।
- मीठे कोल्ड ड्रिंक, पैकेट वाले जूस और बहुत कड़क चाय-कॉफ़ी कम करें।

## किन्हें सबसे ज़्यादा ख़तरा है
छोटे बच्चे, 65 साल से ऊपर के लोग, गर्भवती महिलाएँ, धूप में काम करने वाले, और डायबिटीज़, हाई बीपी या पेशाब बढ़ाने वाली दवा लेने वाले लोग। लू के दिनों में बुज़ुर्ग पड़ोसियों का हाल ज़रूर पूछें।

## थकावट और हीट स्ट्रोक में फ़र्क
गर्मी की थकावट में बहुत पसीना, कमज़ोरी, सिरदर्द, चक्कर और मांसपेशियों में ऐंठन होती है। ठंडी जगह जाएँ, कपड़े ढीले करें, ओआरएस या पानी घूँट-घूँट पिएँ और आराम करें।

**हीट स्ट्रोक एक आपातकाल है।** बहुत तेज़ बुख़ार, गर्म और सूखी त्वचा, बेहोशी, भ्रम या दौरे इसके संकेत हैं। तुरंत 108 या 112 पर कॉल करें, व्यक्ति को छाँव में ले जाएँ, गीले कपड़े और पंखे से ठंडा करें, और पूरी तरह होश में न हो तो ज़बरदस्ती पानी न पिलाएँ।

## आसान आदतें
दोपहर 12 से 3 बजे के बीच सीधी धूप से बचें, ढीले सूती कपड़े और टोपी पहनें, पानी की बोतल साथ रखें, और तरबूज़, खीरा जैसे मौसमी फल खाएँ। छोटी-छोटी सावधानियाँ ज़्यादातर गर्मी की बीमारियों को रोक देती हैं।`,
    },
  },
  {
    slug: "dengue-prevention-monsoon",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000002",
    category: "diseases",
    tags: ["dengue", "monsoon", "mosquitoes", "fever"],
    credentials: "MBBS, MD (Community Medicine)",
    publishedAt: "2026-07-10T09:00:00+05:30",
    featured: true,
    views: 5630,
    likes: 402,
    en: {
      title: "Dengue this monsoon: prevention at home and the warning signs that matter",
      excerpt:
        "The Aedes mosquito breeds in clean standing water around our homes. Here is how to stop it, and when a fever needs the hospital.",
      authorName: "Dr. Arvind Mishra",
      body: `Dengue cases rise every year from July to November. The virus is spread by the Aedes mosquito, which bites mostly during the day and breeds in small pools of clean, still water, often inside or right next to our homes.

## Stop the breeding, every week
- Empty, scrub and dry desert coolers, flower vases, pet bowls and the trays under plants and fridges **once a week**. Mosquito eggs stick to the walls, so scrubbing matters.
- Keep overhead tanks and stored water covered.
- Clear old tyres, coconut shells, broken pots and plastic on terraces and balconies.
- Ask your housing society to check common areas and construction sites.

## Protect yourself from bites
Wear full-sleeved clothes during the day, use mosquito repellent on exposed skin, fit screens on windows, and use nets for infants and anyone who naps in the afternoon.

## If you have fever
Typical dengue starts with sudden high fever, severe headache, pain behind the eyes, and body and joint pain. A rash may appear a few days later.

- Take **paracetamol** for fever and pain, in the dose on the pack.
- **Avoid ibuprofen, aspirin and other painkillers** of that group: they can worsen bleeding.
- Drink plenty of fluids: water, ORS, soups, coconut water.
- Get tested. The NS1 antigen test is useful in the first five days; a blood count tracks platelets.

## Warning signs: go to hospital the same day
The dangerous phase often comes as the fever settles, around day 3 to 7. Go to hospital at once if there is:
- severe stomach pain or repeated vomiting,
- bleeding from gums or nose, black stools or blood in vomit,
- extreme tiredness, restlessness or confusion,
- cold, clammy hands and feet, or passing very little urine.

Most people recover fully with rest, fluids and watchful care. Platelet counts alone do not decide treatment: your doctor looks at the whole picture.`,
    },
    hi: {
      title: "इस मानसून डेंगू से बचाव: घर पर रोकथाम और ज़रूरी चेतावनी संकेत",
      excerpt:
        "एडीज़ मच्छर हमारे घरों के आसपास जमा साफ़ पानी में पनपता है। इसे कैसे रोकें, और कब बुख़ार में अस्पताल जाना ज़रूरी है।",
      authorName: "डॉ. अरविंद मिश्रा",
      body: `हर साल जुलाई से नवंबर तक डेंगू के मामले बढ़ते हैं। यह वायरस एडीज़ मच्छर से फैलता है, जो ज़्यादातर दिन में काटता है और साफ़, ठहरे हुए पानी में पनपता है, अक्सर हमारे घर के अंदर या बिलकुल पास।

## हर हफ़्ते पनपने से रोकें
- कूलर, फूलदान, पालतू जानवरों के बर्तन और गमलों व फ्रिज के नीचे की ट्रे को **हफ़्ते में एक बार** खाली करें, रगड़कर साफ़ करें और सुखाएँ। मच्छर के अंडे दीवारों पर चिपके रहते हैं, इसलिए रगड़ना ज़रूरी है।
- पानी की टंकी और जमा किया हुआ पानी ढककर रखें।
- छत और बालकनी से पुराने टायर, नारियल के खोल, टूटे बर्तन और प्लास्टिक हटाएँ।
- अपनी सोसाइटी से सामान्य जगहों और निर्माण स्थलों की जाँच करवाएँ।

## मच्छर के काटने से बचें
दिन में पूरी बाँह के कपड़े पहनें, खुली त्वचा पर मच्छर भगाने वाली क्रीम लगाएँ, खिड़कियों पर जाली लगवाएँ, और छोटे बच्चों व दोपहर में सोने वालों के लिए मच्छरदानी का इस्तेमाल करें।

## अगर बुख़ार हो
डेंगू आमतौर पर अचानक तेज़ बुख़ार, तेज़ सिरदर्द, आँखों के पीछे दर्द और बदन व जोड़ों में दर्द से शुरू होता है। कुछ दिन बाद दाने भी निकल सकते हैं।

- बुख़ार और दर्द के लिए पैकेट पर लिखी मात्रा में **पैरासिटामोल** लें।
- **आइबुप्रोफ़ेन, एस्पिरिन और इसी तरह की दर्द निवारक दवाएँ न लें**: इनसे ख़ून बहने का ख़तरा बढ़ सकता है।
- खूब तरल लें: पानी, ओआरएस, सूप, नारियल पानी।
- जाँच करवाएँ। पहले पाँच दिनों में NS1 जाँच उपयोगी है; ब्लड काउंट से प्लेटलेट्स पर नज़र रखी जाती है।

## चेतावनी संकेत: उसी दिन अस्पताल जाएँ
ख़तरनाक दौर अक्सर बुख़ार उतरते समय आता है, लगभग तीसरे से सातवें दिन। तुरंत अस्पताल जाएँ अगर:
- पेट में तेज़ दर्द हो या बार-बार उल्टी हो,
- मसूड़ों या नाक से ख़ून आए, काला मल हो या उल्टी में ख़ून दिखे,
- बहुत ज़्यादा थकान, बेचैनी या भ्रम हो,
- हाथ-पैर ठंडे और चिपचिपे हों, या पेशाब बहुत कम आए।

ज़्यादातर लोग आराम, तरल और सावधानी से पूरी तरह ठीक हो जाते हैं। सिर्फ़ प्लेटलेट की संख्या से इलाज तय नहीं होता: डॉक्टर पूरी स्थिति देखकर फ़ैसला करते हैं।`,
    },
  },
  {
    slug: "managing-diabetes-with-indian-diet",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000003",
    category: "nutrition",
    tags: ["diabetes", "diet", "millets", "blood sugar"],
    credentials: "MBBS, MD (Medicine), DM (Endocrinology)",
    publishedAt: "2026-03-14T10:00:00+05:30",
    featured: true,
    views: 6120,
    likes: 488,
    en: {
      title: "Managing type 2 diabetes with everyday Indian food",
      excerpt:
        "You do not need imported superfoods. Small changes to the thali, portions and timing make a real difference to blood sugar.",
      authorName: "Dr. Srinivas Reddy",
      body: `A diagnosis of type 2 diabetes often comes with a long list of "don'ts". In practice, most people can keep eating familiar home food. What changes is the balance on the plate, the portion size and the regularity of meals.

## Use the plate method
Picture your plate in four parts:
- **Half** non-starchy vegetables: sabzi, salad, palak, lauki, bhindi, cabbage, beans.
- **A quarter** protein: dal, chana, rajma, paneer, curd, eggs, fish or chicken.
- **A quarter** grains: two phulkas, or a small katori of rice, preferably with whole grains.

This simple shift lowers the sugar spike after meals more than most single "diabetic" products.

## Smarter grains
Whole wheat atta, jowar, bajra, ragi and other millets, brown or hand-pounded rice, and broken wheat (dalia) release sugar more slowly than maida and polished white rice. Mixing some besan or soya flour into atta adds protein.

## Sugar hides in many places
Sweets and mithai are obvious, but so are sweetened tea, packaged juices, biscuits, namkeen and sauces. Jaggery and honey raise blood sugar just like sugar. If you take tea with sugar three times a day, cutting it down is an easy early win.

## Fruits: yes, with sense
Whole fruits are fine in a portion the size of your fist: guava, apple, orange, papaya, pear, jamun. Eat them as a snack instead of juice. Mango, chikoo and grapes are best in smaller portions.

## Regular meals, regular movement
Eat at similar times each day, avoid very long gaps followed by a large dinner, and finish dinner two to three hours before sleeping. A 10 to 15 minute walk after meals noticeably lowers post-meal sugar.

## Keep in touch with your doctor
Check your HbA1c every three months until it is stable, and your kidney function, eyes, feet and cholesterol at least once a year. Never stop or change diabetes medicines on your own, and if you take insulin or sulfonylureas, learn the signs of low sugar: sweating, shaking, hunger and confusion.`,
    },
    hi: {
      title: "रोज़मर्रा के भारतीय खाने से टाइप 2 डायबिटीज़ का प्रबंधन",
      excerpt:
        "महँगे विदेशी सुपरफ़ूड की ज़रूरत नहीं। थाली के संतुलन, मात्रा और समय में छोटे बदलाव शुगर पर बड़ा असर डालते हैं।",
      authorName: "डॉ. श्रीनिवास रेड्डी",
      body: `टाइप 2 डायबिटीज़ का पता चलते ही "ये मत खाओ, वो मत खाओ" की लंबी सूची मिल जाती है। असल में ज़्यादातर लोग घर का जाना-पहचाना खाना खाते रह सकते हैं। बदलता है थाली का संतुलन, मात्रा और खाने की नियमितता।

## थाली का तरीका अपनाएँ
अपनी थाली को चार हिस्सों में सोचें:
- **आधा हिस्सा** कम स्टार्च वाली सब्ज़ियाँ: सब्ज़ी, सलाद, पालक, लौकी, भिंडी, पत्ता गोभी, बीन्स।
- **एक चौथाई** प्रोटीन: दाल, चना, राजमा, पनीर, दही, अंडा, मछली या चिकन।
- **एक चौथाई** अनाज: दो फुलके, या एक छोटी कटोरी चावल, हो सके तो साबुत अनाज।

यह आसान बदलाव खाने के बाद शुगर के उछाल को ज़्यादातर "डायबिटिक" उत्पादों से बेहतर कम करता है।

## बेहतर अनाज
गेहूँ का चोकर वाला आटा, ज्वार, बाजरा, रागी जैसे मोटे अनाज, ब्राउन या हाथ-कुटा चावल और दलिया, मैदा और पॉलिश किए सफ़ेद चावल की तुलना में शुगर धीरे-धीरे छोड़ते हैं। आटे में थोड़ा बेसन या सोया आटा मिलाने से प्रोटीन बढ़ता है।

## चीनी कई जगह छिपी होती है
मिठाई तो साफ़ दिखती है, पर मीठी चाय, पैकेट वाले जूस, बिस्किट, नमकीन और सॉस में भी शक्कर होती है। गुड़ और शहद भी चीनी की तरह ही शुगर बढ़ाते हैं। अगर आप दिन में तीन बार चीनी वाली चाय पीते हैं, तो उसे कम करना एक आसान शुरुआत है।

## फल: हाँ, समझदारी से
मुट्ठी भर मात्रा में साबुत फल ठीक हैं: अमरूद, सेब, संतरा, पपीता, नाशपाती, जामुन। जूस के बजाय इन्हें नाश्ते की तरह खाएँ। आम, चीकू और अंगूर कम मात्रा में लें।

## नियमित भोजन, नियमित चलना-फिरना
रोज़ लगभग एक ही समय पर खाएँ, लंबे अंतराल के बाद भारी रात का खाना न खाएँ, और सोने से दो-तीन घंटे पहले रात का खाना ख़त्म कर लें। खाने के बाद 10-15 मिनट टहलने से शुगर साफ़ तौर पर कम होती है।

## डॉक्टर के संपर्क में रहें
जब तक शुगर स्थिर न हो, हर तीन महीने में HbA1c जाँच करवाएँ, और साल में कम से कम एक बार किडनी, आँखें, पैर और कोलेस्ट्रॉल की जाँच करवाएँ। डायबिटीज़ की दवा अपने आप बंद या कम-ज़्यादा न करें। इंसुलिन या कुछ गोलियाँ लेते हों तो कम शुगर के लक्षण पहचानें: पसीना, काँपना, भूख और भ्रम।`,
    },
  },
  {
    slug: "hypertension-and-salt",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000004",
    category: "preventive_care",
    tags: ["blood pressure", "salt", "heart health"],
    credentials: "MBBS, MD (Medicine), DM (Cardiology)",
    publishedAt: "2026-02-20T09:30:00+05:30",
    featured: false,
    views: 3870,
    likes: 251,
    en: {
      title: "High blood pressure and salt: where the extra salt really comes from",
      excerpt:
        "Most of us eat nearly twice the salt we need. Pickles, papad and namkeen add up faster than the salt shaker.",
      authorName: "Dr. Anirban Ghosh",
      body: `High blood pressure usually causes no symptoms for years, which is why it is called a silent problem. Over time it strains the heart, brain, kidneys and eyes. The good news: it is easy to measure and often very responsive to lifestyle changes.

## Know your numbers
A reading below 120/80 mmHg is ideal. Repeated readings of 140/90 or more usually mean hypertension. Adults should have their BP checked at least once a year, and more often if there is diabetes, kidney disease or a family history.

## How much salt is too much?
Health agencies advise adults to keep salt under 5 grams a day, roughly one level teaspoon, counting the salt already in food. Surveys suggest many Indians eat about double that.

## The hidden salt in an Indian kitchen
- Pickles (achaar), papad and chutneys
- Namkeen, bhujia, chips and salted nuts
- Instant noodles, soups, sauces and ketchup
- Bakery breads, biscuits and processed cheese
- Restaurant and street food, which is usually salted generously

## Practical ways to cut down
- Add salt at the end of cooking and taste before adding more at the table.
- Flavour food with lemon, amchur, jeera, pepper, garlic, ginger and fresh herbs.
- Keep pickle and papad as an occasional treat, not a daily side.
- Read labels: sodium above 600 mg per 100 g is high.
- Rock salt and pink salt still contain sodium; they are not a free pass.

## Beyond salt
Walk briskly for 30 minutes on most days, keep a healthy waist size, limit alcohol, stop smoking, and eat potassium-rich foods such as fruits, vegetables and dals (unless your doctor has advised limiting potassium because of kidney disease).

## If you are on medicines
Take them every day, even when readings look good: the normal reading is often because of the medicine. Never stop on your own, and see a doctor urgently for a severe headache, chest pain, weakness on one side or blurred vision with very high readings.`,
    },
    hi: {
      title: "हाई ब्लड प्रेशर और नमक: ज़्यादा नमक असल में कहाँ से आता है",
      excerpt:
        "हम में से ज़्यादातर लोग ज़रूरत से लगभग दोगुना नमक खाते हैं। अचार, पापड़ और नमकीन नमकदानी से कहीं ज़्यादा नमक जोड़ देते हैं।",
      authorName: "डॉ. अनिर्बान घोष",
      body: `हाई ब्लड प्रेशर से अक्सर सालों तक कोई लक्षण नहीं होते, इसलिए इसे खामोश बीमारी कहा जाता है। समय के साथ यह दिल, दिमाग़, किडनी और आँखों पर दबाव डालता है। अच्छी बात यह है कि इसे नापना आसान है और जीवनशैली में बदलाव से यह अक्सर अच्छी तरह काबू में आता है।

## अपने आँकड़े जानें
120/80 mmHg से कम रीडिंग आदर्श है। बार-बार 140/90 या उससे ज़्यादा रीडिंग आने का मतलब आमतौर पर हाई बीपी है। वयस्कों को साल में कम से कम एक बार बीपी जँचवाना चाहिए, और डायबिटीज़, किडनी की बीमारी या परिवार में इतिहास हो तो और जल्दी-जल्दी।

## कितना नमक ज़्यादा है?
स्वास्थ्य संस्थाएँ सलाह देती हैं कि वयस्क दिन में 5 ग्राम से कम नमक लें, यानी लगभग एक समतल चम्मच, खाने में पहले से मौजूद नमक को मिलाकर। सर्वे बताते हैं कि कई भारतीय इसका लगभग दोगुना खाते हैं।

## भारतीय रसोई में छिपा नमक
- अचार, पापड़ और चटनी
- नमकीन, भुजिया, चिप्स और नमकीन मेवे
- इंस्टेंट नूडल्स, सूप, सॉस और केचप
- बेकरी की ब्रेड, बिस्किट और प्रोसेस्ड चीज़
- होटल और ठेले का खाना, जिसमें आमतौर पर भरपूर नमक होता है

## नमक कम करने के व्यावहारिक तरीके
- खाना बनाते समय नमक आख़िर में डालें और मेज़ पर और डालने से पहले चख लें।
- स्वाद के लिए नींबू, अमचूर, जीरा, काली मिर्च, लहसुन, अदरक और हरी पत्तियों का इस्तेमाल करें।
- अचार और पापड़ को रोज़ की चीज़ नहीं, कभी-कभार का स्वाद बनाएँ।
- लेबल पढ़ें: 100 ग्राम में 600 mg से ज़्यादा सोडियम ज़्यादा माना जाता है।
- सेंधा नमक और गुलाबी नमक में भी सोडियम होता है; ये छूट नहीं हैं।

## नमक के अलावा
ज़्यादातर दिनों में 30 मिनट तेज़ चलें, कमर का नाप ठीक रखें, शराब सीमित करें, धूम्रपान छोड़ें, और फल, सब्ज़ियाँ और दालें जैसे पोटैशियम वाले खाद्य लें (जब तक किडनी की बीमारी के कारण डॉक्टर ने पोटैशियम कम करने को न कहा हो)।

## अगर आप दवा ले रहे हैं
रीडिंग ठीक आने पर भी दवा रोज़ लें: अक्सर रीडिंग दवा की वजह से ही ठीक होती है। अपने आप दवा बंद न करें। बहुत ज़्यादा रीडिंग के साथ तेज़ सिरदर्द, सीने में दर्द, शरीर के एक तरफ़ कमज़ोरी या धुंधला दिखे तो तुरंत डॉक्टर के पास जाएँ।`,
    },
  },
  {
    slug: "yoga-for-lower-back-pain",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000005",
    category: "fitness",
    tags: ["yoga", "back pain", "posture", "work from home"],
    credentials: "MBBS, MS (Ortho)",
    publishedAt: "2026-06-21T07:00:00+05:30",
    featured: false,
    views: 2980,
    likes: 276,
    en: {
      title: "Gentle yoga for everyday lower back pain",
      excerpt:
        "Five simple poses that ease stiffness from long hours at a desk, and the warning signs that need a doctor first.",
      authorName: "Dr. Prasad Deshpande",
      body: `Most lower back pain comes from stiff muscles and strained ligaments, often after long hours of sitting, lifting awkwardly or sudden activity after weeks of none. It usually improves within a few weeks. Staying gently active helps far more than bed rest.

## First, rule out red flags
See a doctor before starting exercises if the pain follows a fall or accident, spreads below the knee with numbness or weakness, comes with fever or weight loss, or if you have trouble passing urine or controlling your bowels. That last one is an emergency.

## Five gentle poses
Move slowly, breathe normally, and stop any pose that causes sharp pain.

1. **Marjariasana-Bitilasana (cat-cow):** on hands and knees, slowly round your back up, then let it dip while lifting your gaze. 8 to 10 rounds.
2. **Balasana (child's pose):** sit back on your heels, stretch your arms forward and rest your forehead down. Hold for 5 slow breaths.
3. **Bhujangasana (low cobra):** lie on your stomach, hands under the shoulders, and lift only the chest a little, keeping elbows bent. Hold 3 breaths, repeat 5 times.
4. **Setu Bandhasana (bridge):** lie on your back, knees bent, and lift the hips gently. Hold 3 breaths, repeat 5 times.
5. **Makarasana (crocodile):** lie on your stomach, forehead on folded arms, and relax completely for a minute.

Aim for 10 to 15 minutes once or twice a day.

## At the desk
Keep the screen at eye level, feet flat on the floor and the lower back supported with a small cushion. Stand up and walk for two minutes every half hour. A phone reminder helps.

## When to get help
If the pain does not improve in four to six weeks, keeps you awake at night, or keeps returning, see an orthopaedic doctor or physiotherapist for a proper assessment and a tailored plan.`,
    },
    hi: {
      title: "कमर के निचले हिस्से के दर्द के लिए हल्का योग",
      excerpt:
        "डेस्क पर लंबे समय बैठने से आई जकड़न के लिए पाँच आसान आसन, और वे संकेत जिनमें पहले डॉक्टर को दिखाना ज़रूरी है।",
      authorName: "डॉ. प्रसाद देशपांडे",
      body: `कमर के निचले हिस्से का ज़्यादातर दर्द मांसपेशियों की जकड़न और खिंचाव से होता है, अक्सर लंबे समय तक बैठने, ग़लत तरीके से वज़न उठाने या हफ़्तों की सुस्ती के बाद अचानक मेहनत करने से। यह आमतौर पर कुछ हफ़्तों में ठीक हो जाता है। बिस्तर पर आराम से कहीं ज़्यादा फ़ायदा हल्के-फुल्के सक्रिय रहने से होता है।

## पहले ख़तरे के संकेत देखें
व्यायाम शुरू करने से पहले डॉक्टर को दिखाएँ अगर दर्द गिरने या दुर्घटना के बाद हुआ हो, घुटने के नीचे तक सुन्नपन या कमज़ोरी के साथ फैलता हो, बुख़ार या वज़न घटने के साथ हो, या पेशाब या शौच पर नियंत्रण में दिक्कत हो। आख़िरी स्थिति आपातकाल है।

## पाँच हल्के आसन
धीरे-धीरे करें, सामान्य साँस लेते रहें, और तेज़ दर्द हो तो आसन वहीं रोक दें।

1. **मार्जरी-बितिलासन (कैट-काउ):** हाथों और घुटनों के बल आएँ, धीरे से पीठ को ऊपर गोल करें, फिर नीचे झुकाते हुए नज़र ऊपर करें। 8 से 10 बार।
2. **बालासन:** एड़ियों पर पीछे बैठें, हाथ आगे फैलाएँ और माथा ज़मीन पर टिकाएँ। 5 धीमी साँसों तक रुकें।
3. **भुजंगासन (हल्का):** पेट के बल लेटें, हथेलियाँ कंधों के नीचे रखें, और कोहनियाँ मोड़े रखते हुए सिर्फ़ सीना थोड़ा उठाएँ। 3 साँस रुकें, 5 बार दोहराएँ।
4. **सेतुबंधासन:** पीठ के बल लेटें, घुटने मोड़ें और कूल्हों को धीरे से उठाएँ। 3 साँस रुकें, 5 बार दोहराएँ।
5. **मकरासन:** पेट के बल लेटें, माथा मुड़ी हुई बाँहों पर रखें और एक मिनट तक पूरी तरह ढीले हो जाएँ।

दिन में एक या दो बार 10 से 15 मिनट का लक्ष्य रखें।

## डेस्क पर
स्क्रीन आँखों की ऊँचाई पर रखें, पैर ज़मीन पर सीधे टिकाएँ और कमर के पीछे छोटा तकिया लगाएँ। हर आधे घंटे में उठकर दो मिनट टहलें। फ़ोन पर रिमाइंडर लगाना मदद करता है।

## कब मदद लें
अगर चार से छह हफ़्तों में दर्द ठीक न हो, रात में नींद न आने दे, या बार-बार लौटे, तो सही जाँच और आपके लिए बनी योजना के लिए हड्डी रोग विशेषज्ञ या फ़िज़ियोथेरेपिस्ट से मिलें।`,
    },
  },
  {
    slug: "managing-stress-and-mental-health",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000006",
    category: "mental_health",
    tags: ["stress", "anxiety", "sleep", "Tele-MANAS"],
    credentials: "MBBS, MD (Psychiatry)",
    publishedAt: "2026-10-10T10:00:00+05:30",
    featured: true,
    views: 4450,
    likes: 389,
    en: {
      title: "Stress, anxiety and when to reach out: a practical guide",
      excerpt:
        "Everyday stress is normal. Here is how to recognise when it has become too much, and simple steps that help.",
      authorName: "Dr. Sneha Iyer",
      body: `Exams, jobs, money, family expectations, caring for ageing parents: stress is part of life for almost everyone. In small doses it helps us rise to a challenge. When it stays high for weeks, it starts to affect sleep, appetite, relationships and physical health.

## Signs that stress is taking over
- Trouble falling or staying asleep, or sleeping far more than usual
- Constant worry, irritability or feeling on edge
- Headaches, stomach upsets, a racing heart or tight chest with no other cause
- Losing interest in things you used to enjoy
- Relying more on alcohol, tobacco or screens to cope

## Simple things that help
- **Breathe slowly:** breathe in for four counts, hold for four, breathe out for six. Repeat for two minutes.
- **Move every day:** a 20 to 30 minute walk improves mood as reliably as many other measures.
- **Protect sleep:** fixed bedtime and wake time, no screens in the last half hour, and limit tea and coffee after 4 pm.
- **Talk:** to a friend, a family member or a colleague you trust. Keeping everything inside makes it heavier.
- **Break problems into small steps** and do one at a time.

## Mental health is health
Anxiety disorders and depression are common medical conditions, not a weakness of character. They respond well to talking therapies, and sometimes to medicines prescribed by a doctor.

## When to get help
Speak to a doctor or counsellor if low mood or worry lasts more than two weeks, or gets in the way of work, study or family life. India's free national helpline **Tele-MANAS (14416)** offers support in many languages, at any hour.

**If you or someone you know is thinking about self-harm, treat it as an emergency:** stay with the person, remove anything they could use to hurt themselves, and call 112 or go to the nearest hospital.`,
    },
    hi: {
      title: "तनाव, घबराहट और कब मदद लें: एक व्यावहारिक गाइड",
      excerpt:
        "रोज़ का तनाव सामान्य है। जानिए कब यह हद से ज़्यादा हो गया है, और कौन से आसान कदम मदद करते हैं।",
      authorName: "डॉ. स्नेहा अय्यर",
      body: `परीक्षा, नौकरी, पैसा, परिवार की उम्मीदें, बुज़ुर्ग माता-पिता की देखभाल: तनाव लगभग हर किसी की ज़िंदगी का हिस्सा है। थोड़ा तनाव हमें चुनौती के लिए तैयार करता है। पर जब यह हफ़्तों तक बना रहे, तो नींद, भूख, रिश्तों और शरीर पर असर डालने लगता है।

## संकेत कि तनाव हावी हो रहा है
- नींद आने या टिकने में दिक्कत, या सामान्य से बहुत ज़्यादा सोना
- लगातार चिंता, चिड़चिड़ापन या हर समय बेचैनी
- बिना किसी और कारण के सिरदर्द, पेट ख़राब, तेज़ धड़कन या सीने में जकड़न
- उन चीज़ों में रुचि ख़त्म होना जो पहले अच्छी लगती थीं
- सँभलने के लिए शराब, तंबाकू या स्क्रीन पर ज़्यादा निर्भर होना

## आसान चीज़ें जो मदद करती हैं
- **धीमी साँस:** चार गिनती में साँस लें, चार तक रोकें, छह गिनती में छोड़ें। दो मिनट तक दोहराएँ।
- **रोज़ चलें-फिरें:** 20 से 30 मिनट की सैर मन को भरोसेमंद तरीके से बेहतर करती है।
- **नींद बचाएँ:** सोने और उठने का तय समय, सोने से आधा घंटा पहले स्क्रीन बंद, और शाम 4 बजे के बाद चाय-कॉफ़ी कम।
- **बात करें:** किसी भरोसेमंद दोस्त, परिवार के सदस्य या सहकर्मी से। सब कुछ मन में रखने से बोझ बढ़ता है।
- **समस्या को छोटे कदमों में बाँटें** और एक समय में एक काम करें।

## मानसिक स्वास्थ्य भी स्वास्थ्य है
घबराहट की बीमारी और डिप्रेशन आम चिकित्सीय स्थितियाँ हैं, चरित्र की कमज़ोरी नहीं। ये बातचीत वाली थेरेपी से, और कभी-कभी डॉक्टर की दी हुई दवाओं से अच्छी तरह ठीक होती हैं।

## कब मदद लें
अगर उदासी या चिंता दो हफ़्ते से ज़्यादा रहे, या काम, पढ़ाई या परिवार पर असर डाले, तो डॉक्टर या काउंसलर से बात करें। भारत की मुफ़्त राष्ट्रीय हेल्पलाइन **टेली-मानस (14416)** कई भाषाओं में, किसी भी समय सहायता देती है।

**अगर आप या आपका कोई परिचित ख़ुद को नुकसान पहुँचाने की सोच रहा है, तो इसे आपातकाल मानें:** उस व्यक्ति के साथ रहें, नुकसान पहुँचा सकने वाली चीज़ें हटा दें, और 112 पर कॉल करें या नज़दीकी अस्पताल जाएँ।`,
    },
  },
  {
    slug: "child-vaccination-schedule-india",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000007",
    category: "child_health",
    tags: ["vaccination", "children", "immunisation", "newborn"],
    credentials: "MBBS, MD (Paediatrics)",
    publishedAt: "2026-01-16T09:00:00+05:30",
    featured: false,
    views: 3320,
    likes: 241,
    en: {
      title: "Your child's vaccination schedule: a simple overview for parents",
      excerpt:
        "Which vaccines are given when under India's Universal Immunisation Programme, and tips to keep the card on track.",
      authorName: "Dr. Kavya Krishnan",
      body: `Vaccines protect children from diseases that once filled children's wards: measles, whooping cough, diphtheria, polio, tuberculosis meningitis and more. India's Universal Immunisation Programme (UIP) gives these vaccines free at government health centres and anganwadi sessions.

This is an overview. Your health worker or paediatrician will give you a card with exact dates; follow that card.

## At birth
BCG, the oral polio birth dose (OPV-0) and the hepatitis B birth dose, ideally before the baby leaves the hospital.

## 6, 10 and 14 weeks
- Oral polio (OPV) at each visit, and injectable polio (fIPV) at 6 and 14 weeks
- Pentavalent vaccine (diphtheria, pertussis, tetanus, hepatitis B and Hib)
- Rotavirus vaccine against severe diarrhoea
- Pneumococcal vaccine (PCV) at 6 and 14 weeks, with a booster at 9 months

## 9 to 12 months
Measles-rubella (MR) first dose, the PCV booster, and Japanese encephalitis vaccine in districts where it is common. Vitamin A doses also start around 9 months.

## 16 to 24 months
MR second dose, DPT booster and OPV booster.

## Later childhood
DPT second booster at 5 to 6 years, and tetanus-diphtheria (Td) at 10 and 16 years.

Private paediatricians may also suggest optional vaccines such as chickenpox, hepatitis A, typhoid conjugate, influenza and HPV. Ask which ones make sense for your child.

## Tips for parents
- Keep the vaccination card safe and take it to every visit; a photo on your phone helps.
- Mild fever, fussiness or a small swelling at the injection site for a day or two is common. Paracetamol in the dose your doctor gives can help.
- A missed dose does not mean starting again: go to the next session and the schedule will be caught up.
- Seek urgent care if a child has a high fever that does not come down, is unusually drowsy, has a fit, or has difficulty breathing after any vaccine.`,
    },
    hi: {
      title: "आपके बच्चे का टीकाकरण कार्यक्रम: माता-पिता के लिए आसान जानकारी",
      excerpt:
        "भारत के सार्वभौमिक टीकाकरण कार्यक्रम में कौन सा टीका कब लगता है, और कार्ड को समय पर रखने के सुझाव।",
      authorName: "डॉ. काव्या कृष्णन",
      body: `टीके बच्चों को उन बीमारियों से बचाते हैं जिनसे कभी बच्चों के वार्ड भरे रहते थे: खसरा, काली खाँसी, डिप्थीरिया, पोलियो, टीबी मेनिनजाइटिस और भी कई। भारत का सार्वभौमिक टीकाकरण कार्यक्रम (UIP) ये टीके सरकारी स्वास्थ्य केंद्रों और आंगनवाड़ी सत्रों में मुफ़्त देता है।

यह एक सामान्य जानकारी है। आपकी स्वास्थ्य कार्यकर्ता या बाल रोग विशेषज्ञ आपको सही तारीख़ों वाला कार्ड देंगे; उसी कार्ड का पालन करें।

## जन्म के समय
बीसीजी, पोलियो की जन्म ख़ुराक (OPV-0) और हेपेटाइटिस बी की जन्म ख़ुराक, अच्छा हो कि बच्चे के अस्पताल से जाने से पहले।

## 6, 10 और 14 हफ़्ते
- हर बार ओरल पोलियो (OPV), और 6 व 14 हफ़्ते पर इंजेक्शन वाला पोलियो (fIPV)
- पेंटावेलेंट टीका (डिप्थीरिया, काली खाँसी, टिटनेस, हेपेटाइटिस बी और Hib)
- गंभीर दस्त से बचाने वाला रोटावायरस टीका
- 6 और 14 हफ़्ते पर न्यूमोकोकल टीका (PCV), और 9 महीने पर बूस्टर

## 9 से 12 महीने
खसरा-रूबेला (MR) की पहली ख़ुराक, PCV बूस्टर, और जिन ज़िलों में जापानी इंसेफ़ेलाइटिस आम है वहाँ उसका टीका। विटामिन ए की ख़ुराक भी लगभग 9 महीने से शुरू होती है।

## 16 से 24 महीने
MR की दूसरी ख़ुराक, डीपीटी बूस्टर और ओपीवी बूस्टर।

## बड़ी उम्र में
5 से 6 साल पर डीपीटी का दूसरा बूस्टर, और 10 व 16 साल पर टिटनेस-डिप्थीरिया (Td)।

निजी बाल रोग विशेषज्ञ चिकनपॉक्स, हेपेटाइटिस ए, टाइफ़ाइड कंजुगेट, इन्फ़्लुएंज़ा और एचपीवी जैसे वैकल्पिक टीके भी सुझा सकते हैं। पूछें कि आपके बच्चे के लिए कौन से ठीक हैं।

## माता-पिता के लिए सुझाव
- टीकाकरण कार्ड संभालकर रखें और हर बार साथ ले जाएँ; फ़ोन में उसकी फ़ोटो भी रखें।
- एक-दो दिन हल्का बुख़ार, चिड़चिड़ापन या इंजेक्शन की जगह पर हल्की सूजन आम है। डॉक्टर की बताई मात्रा में पैरासिटामोल मदद कर सकती है।
- कोई ख़ुराक छूट जाए तो शुरू से नहीं लगवाना पड़ता: अगले सत्र में जाएँ, कार्यक्रम पूरा कर दिया जाएगा।
- किसी भी टीके के बाद तेज़ बुख़ार न उतरे, बच्चा असामान्य रूप से सुस्त हो, दौरा पड़े या साँस लेने में दिक्कत हो, तो तुरंत डॉक्टर के पास जाएँ।`,
    },
  },
  {
    slug: "anaemia-in-women",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000008",
    category: "women_health",
    tags: ["anaemia", "iron", "women", "pregnancy"],
    credentials: "MBBS, MS (Obstetrics & Gynaecology)",
    publishedAt: "2026-03-08T09:00:00+05:30",
    featured: true,
    views: 3760,
    likes: 298,
    en: {
      title: "Anaemia in women: why it is so common and how to fix it",
      excerpt:
        "More than half of Indian women have low haemoglobin. Tiredness is not 'normal': a simple blood test and the right food and tablets help.",
      authorName: "Dr. Pallavi Bora",
      body: `National surveys show that more than half of Indian women aged 15 to 49 have anaemia, most often because of low iron. Many have lived with tiredness so long that they think it is normal.

## Why women are at higher risk
- Monthly blood loss, especially with heavy periods
- Pregnancy and breastfeeding, when iron needs rise sharply
- Diets low in iron and protein, and eating last after the rest of the family
- Worm infections and frequent pregnancies close together

## Symptoms to notice
Tiredness and breathlessness on climbing stairs, pale skin, nails and inner eyelids, headaches, dizziness, hair fall, cold hands and feet, and a racing heart. Some people crave ice or mud (pica).

## Get tested
A Complete Blood Count (CBC) shows haemoglobin; for non-pregnant women a level below 12 g/dL is anaemia. Your doctor may add iron studies, vitamin B12 and folate to find the cause.

## Eat for iron
- Green leafy vegetables: palak, methi, sarson, drumstick (moringa) leaves, amaranth
- Pulses and legumes: rajma, chana, masoor, moong, soya
- Ragi, bajra, poha (fortified), dates, sesame seeds (til), and garden cress seeds (halim)
- Eggs, fish, chicken and meat for those who eat them

**Pair iron with vitamin C** such as lemon, amla, guava or oranges, which improves absorption. **Keep tea and coffee at least one hour away from meals,** because they block iron absorption. Cooking in an iron kadhai adds a little iron too.

## Tablets when needed
Food alone is often not enough to correct anaemia. Iron-folic acid tablets are given free under the Anaemia Mukt Bharat programme, including to pregnant women. Take them as advised, ideally with water or lemon water, not with tea or milk. Dark stools are expected; constipation can be eased with fluids and fibre.

Recheck haemoglobin after about 2 to 3 months. Heavy periods, bleeding piles or stomach problems that cause blood loss need treatment too, or anaemia will keep returning.`,
    },
    hi: {
      title: "महिलाओं में ख़ून की कमी: यह इतनी आम क्यों है और इसे कैसे ठीक करें",
      excerpt:
        "आधी से ज़्यादा भारतीय महिलाओं में हीमोग्लोबिन कम है। थकान 'सामान्य' नहीं है: एक आसान ख़ून जाँच, सही खाना और गोलियाँ मदद करती हैं।",
      authorName: "डॉ. पल्लवी बोरा",
      body: `राष्ट्रीय सर्वे बताते हैं कि 15 से 49 साल की आधी से ज़्यादा भारतीय महिलाओं में ख़ून की कमी (एनीमिया) है, ज़्यादातर आयरन की कमी से। कई महिलाएँ इतने समय से थकान के साथ जी रही हैं कि उन्हें यह सामान्य लगने लगा है।

## महिलाओं को ज़्यादा ख़तरा क्यों
- हर महीने माहवारी में ख़ून का जाना, ख़ासकर ज़्यादा ब्लीडिंग में
- गर्भावस्था और स्तनपान, जब आयरन की ज़रूरत बहुत बढ़ जाती है
- आयरन और प्रोटीन कम वाला भोजन, और परिवार के बाद सबसे आख़िर में खाना
- पेट के कीड़े और कम अंतर पर बार-बार गर्भधारण

## ध्यान देने वाले लक्षण
थकान, सीढ़ियाँ चढ़ने पर साँस फूलना, त्वचा, नाख़ून और पलकों के अंदर का पीलापन, सिरदर्द, चक्कर, बाल झड़ना, ठंडे हाथ-पैर और तेज़ धड़कन। कुछ लोगों को बर्फ़ या मिट्टी खाने की इच्छा होती है।

## जाँच करवाएँ
कम्प्लीट ब्लड काउंट (CBC) से हीमोग्लोबिन पता चलता है; जो महिलाएँ गर्भवती नहीं हैं उनमें 12 g/dL से कम स्तर एनीमिया है। कारण जानने के लिए डॉक्टर आयरन स्टडीज़, विटामिन बी12 और फ़ोलेट की जाँच भी करवा सकते हैं।

## आयरन वाला भोजन
- हरी पत्तेदार सब्ज़ियाँ: पालक, मेथी, सरसों, सहजन (मोरिंगा) के पत्ते, चौलाई
- दालें और फलियाँ: राजमा, चना, मसूर, मूँग, सोया
- रागी, बाजरा, पोहा (फ़ोर्टिफ़ाइड), खजूर, तिल और हलीम के बीज
- जो खाते हों उनके लिए अंडा, मछली, चिकन और मांस

**आयरन के साथ विटामिन सी लें** जैसे नींबू, आँवला, अमरूद या संतरा, इससे आयरन बेहतर सोखा जाता है। **चाय और कॉफ़ी खाने से कम से कम एक घंटा दूर रखें,** क्योंकि ये आयरन का सोखना रोकती हैं। लोहे की कढ़ाई में खाना बनाने से भी थोड़ा आयरन मिलता है।

## ज़रूरत हो तो गोलियाँ
अक्सर सिर्फ़ भोजन से एनीमिया ठीक नहीं होता। एनीमिया मुक्त भारत कार्यक्रम में आयरन-फ़ोलिक एसिड की गोलियाँ मुफ़्त दी जाती हैं, गर्भवती महिलाओं को भी। इन्हें सलाह के अनुसार पानी या नींबू पानी के साथ लें, चाय या दूध के साथ नहीं। मल का रंग काला होना सामान्य है; क़ब्ज़ हो तो पानी और रेशेदार भोजन बढ़ाएँ।

लगभग 2 से 3 महीने बाद हीमोग्लोबिन फिर जँचवाएँ। ज़्यादा माहवारी, ख़ूनी बवासीर या पेट की ऐसी समस्याएँ जिनसे ख़ून जाता है, उनका इलाज भी ज़रूरी है, वरना एनीमिया बार-बार लौटेगा।`,
    },
  },
  {
    slug: "heart-attack-warning-signs",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000009",
    category: "diseases",
    tags: ["heart attack", "chest pain", "emergency", "first aid"],
    credentials: "MBBS, MD (Medicine), DM (Cardiology)",
    publishedAt: "2026-09-29T08:00:00+05:30",
    featured: true,
    views: 7010,
    likes: 563,
    en: {
      title: "Heart attack warning signs: act fast, every minute counts",
      excerpt:
        "Not every heart attack is dramatic chest pain. Know the signs, especially in women, older people and those with diabetes.",
      authorName: "Dr. Anirban Ghosh",
      body: `Heart disease is the leading cause of death in India, and it often strikes a decade earlier than in many other countries. During a heart attack, heart muscle starts dying within minutes. The sooner the blocked artery is opened, the more of the heart is saved.

## Common warning signs
- Pressure, heaviness, squeezing or pain in the centre of the chest lasting more than a few minutes, or coming and going
- Pain spreading to one or both arms, the neck, jaw, back or upper abdomen
- Breathlessness, with or without chest discomfort
- Cold sweat, nausea or vomiting, light-headedness

## Signs that are easy to miss
Women, elderly people and people with diabetes more often have unusual symptoms: unexplained tiredness, breathlessness, discomfort that feels like "gas" or acidity, or pain in the back or jaw alone. If in doubt, get checked. An ECG takes minutes.

## What to do
1. **Call 108 or 112 at once,** or get to the nearest hospital that can do an ECG. Do not drive yourself.
2. Stop all activity and sit or half-lie in a comfortable position. Loosen tight clothing.
3. The emergency doctor or operator may advise chewing an aspirin if the person is not allergic to it and has no bleeding problem. Do not take any other painkiller.
4. Do not wait to "see if it settles", and do not waste time on home remedies.
5. If the person collapses and is not breathing normally, start hands-only CPR: push hard and fast in the centre of the chest, about two pushes a second, until help arrives.

## Lower your risk
Do not smoke or chew tobacco, keep blood pressure, sugar and cholesterol under control, stay active, keep a healthy waist, and eat more vegetables, fruits, dals and whole grains with less fried and packaged food. If heart disease runs in your family at a young age, ask for a check-up from your 30s.`,
    },
    hi: {
      title: "हार्ट अटैक के चेतावनी संकेत: जल्दी कदम उठाएँ, हर मिनट क़ीमती है",
      excerpt:
        "हर हार्ट अटैक सीने में तेज़ दर्द जैसा नाटकीय नहीं होता। लक्षण पहचानें, ख़ासकर महिलाओं, बुज़ुर्गों और डायबिटीज़ वाले लोगों में।",
      authorName: "डॉ. अनिर्बान घोष",
      body: `भारत में मौत का सबसे बड़ा कारण दिल की बीमारी है, और यह अक्सर कई दूसरे देशों से दस साल पहले हो जाती है। हार्ट अटैक के दौरान दिल की मांसपेशी कुछ ही मिनटों में मरने लगती है। बंद धमनी जितनी जल्दी खुलती है, दिल का उतना ज़्यादा हिस्सा बचता है।

## आम चेतावनी संकेत
- सीने के बीच में दबाव, भारीपन, जकड़न या दर्द जो कुछ मिनटों से ज़्यादा रहे, या आता-जाता रहे
- दर्द का एक या दोनों बाँहों, गर्दन, जबड़े, पीठ या पेट के ऊपरी हिस्से तक फैलना
- साँस फूलना, सीने में तकलीफ़ के साथ या उसके बिना
- ठंडा पसीना, जी मिचलाना या उल्टी, सिर हल्का लगना

## आसानी से छूट जाने वाले संकेत
महिलाओं, बुज़ुर्गों और डायबिटीज़ वाले लोगों में अक्सर असामान्य लक्षण होते हैं: बिना कारण थकान, साँस फूलना, "गैस" या एसिडिटी जैसी तकलीफ़, या सिर्फ़ पीठ या जबड़े में दर्द। शक हो तो जाँच करवाएँ। ईसीजी में कुछ ही मिनट लगते हैं।

## क्या करें
1. **तुरंत 108 या 112 पर कॉल करें,** या नज़दीकी ऐसे अस्पताल पहुँचें जहाँ ईसीजी हो सके। ख़ुद गाड़ी न चलाएँ।
2. सारी गतिविधि रोकें और आराम से बैठें या आधा लेटें। तंग कपड़े ढीले करें।
3. आपातकालीन डॉक्टर या ऑपरेटर सलाह दे सकते हैं कि अगर व्यक्ति को एलर्जी या ख़ून बहने की समस्या नहीं है तो एक एस्पिरिन चबा लें। कोई दूसरी दर्द निवारक दवा न लें।
4. "देखते हैं ठीक हो जाए" सोचकर इंतज़ार न करें, और घरेलू नुस्ख़ों में समय न गँवाएँ।
5. अगर व्यक्ति गिर जाए और सामान्य साँस न ले रहा हो, तो हाथों से सीपीआर शुरू करें: सीने के बीच में ज़ोर से और तेज़ी से दबाएँ, लगभग एक सेकंड में दो बार, मदद आने तक।

## अपना ख़तरा कम करें
धूम्रपान न करें, तंबाकू न चबाएँ, बीपी, शुगर और कोलेस्ट्रॉल काबू में रखें, सक्रिय रहें, कमर का नाप ठीक रखें, और तले व पैकेट वाले खाने की जगह ज़्यादा सब्ज़ियाँ, फल, दालें और साबुत अनाज खाएँ। अगर परिवार में कम उम्र में दिल की बीमारी रही है, तो 30 की उम्र से जाँच करवाएँ।`,
    },
  },
  {
    slug: "tuberculosis-awareness",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000010",
    category: "diseases",
    tags: ["tuberculosis", "TB", "cough", "free treatment"],
    credentials: "MBBS, MD (Pulmonary Medicine)",
    publishedAt: "2026-03-24T09:00:00+05:30",
    featured: false,
    views: 2540,
    likes: 187,
    en: {
      title: "TB is curable: know the signs and finish the treatment",
      excerpt:
        "A cough lasting more than two weeks deserves a test. Diagnosis and treatment are free across India.",
      authorName: "Dr. Harpreet Sandhu",
      body: `Tuberculosis (TB) is caused by a bacterium that usually affects the lungs but can affect almost any part of the body. India carries a large share of the world's TB, yet TB is preventable and curable, and testing and treatment are free at government health facilities under the National TB Elimination Programme.

## Symptoms to watch for
- Cough for more than two weeks, sometimes with phlegm or blood
- Fever, often in the evening, and night sweats
- Loss of appetite and unexplained weight loss
- Chest pain or breathlessness
- Swollen glands in the neck, or long-lasting pain in the spine or joints (TB outside the lungs)

## How it spreads
TB of the lungs spreads through the air when a person with active disease coughs or sneezes. It does not spread through sharing utensils, food or touching. People living in crowded, poorly ventilated homes, people with diabetes, HIV, malnutrition, smokers and those on steroids are at higher risk.

## Getting tested
Sputum testing (including rapid molecular tests that also check for drug resistance) and a chest X-ray are the usual first steps. Ask at any government hospital, primary health centre or your doctor.

## Treatment: complete the full course
Treatment usually lasts at least six months. Most people feel better within a few weeks, but **stopping early is dangerous:** TB can return in a drug-resistant form that is much harder to treat. Take medicines every day, keep follow-up appointments and report side effects such as yellow eyes, vomiting or rashes to your doctor.

Good nutrition matters during treatment; patients are eligible for nutrition support under government schemes.

## Protecting your family
Cover your mouth when coughing, keep rooms well ventilated, and ask whether close family members, especially children, should be screened or given preventive treatment. There is no shame in TB: early testing protects everyone.`,
    },
    hi: {
      title: "टीबी का इलाज संभव है: लक्षण पहचानें और पूरा इलाज करें",
      excerpt: "दो हफ़्ते से ज़्यादा की खाँसी में जाँच ज़रूरी है। पूरे भारत में जाँच और इलाज मुफ़्त है।",
      authorName: "डॉ. हरप्रीत संधू",
      body: `टीबी (क्षय रोग) एक बैक्टीरिया से होता है जो आमतौर पर फेफड़ों पर असर करता है, पर शरीर के लगभग किसी भी हिस्से में हो सकता है। दुनिया की टीबी का बड़ा हिस्सा भारत में है, फिर भी टीबी से बचाव और इलाज दोनों संभव हैं, और राष्ट्रीय टीबी उन्मूलन कार्यक्रम के तहत सरकारी स्वास्थ्य केंद्रों पर जाँच और इलाज मुफ़्त है।

## इन लक्षणों पर ध्यान दें
- दो हफ़्ते से ज़्यादा खाँसी, कभी बलगम या ख़ून के साथ
- बुख़ार, अक्सर शाम को, और रात में पसीना
- भूख कम होना और बिना कारण वज़न घटना
- सीने में दर्द या साँस फूलना
- गर्दन की गाँठें, या रीढ़ या जोड़ों में लंबे समय तक दर्द (फेफड़ों के बाहर की टीबी)

## यह कैसे फैलती है
फेफड़ों की टीबी हवा से फैलती है, जब सक्रिय बीमारी वाला व्यक्ति खाँसता या छींकता है। यह बर्तन, खाना साझा करने या छूने से नहीं फैलती। भीड़भाड़ वाले, कम हवादार घरों में रहने वाले, डायबिटीज़, एचआईवी, कुपोषण वाले, धूम्रपान करने वाले और स्टेरॉयड लेने वाले लोगों को ज़्यादा ख़तरा है।

## जाँच करवाना
बलगम की जाँच (इसमें तेज़ मॉलिक्यूलर जाँच भी शामिल है जो दवा प्रतिरोध भी देखती है) और छाती का एक्स-रे आमतौर पर पहले कदम हैं। किसी भी सरकारी अस्पताल, प्राथमिक स्वास्थ्य केंद्र या अपने डॉक्टर से पूछें।

## इलाज: पूरा कोर्स करें
इलाज आमतौर पर कम से कम छह महीने चलता है। ज़्यादातर लोग कुछ हफ़्तों में बेहतर महसूस करते हैं, पर **बीच में दवा छोड़ना ख़तरनाक है:** टीबी दवा-प्रतिरोधी रूप में लौट सकती है जिसका इलाज बहुत कठिन है। रोज़ दवा लें, जाँच के लिए समय पर जाएँ, और आँखों में पीलापन, उल्टी या दाने जैसे दुष्प्रभाव डॉक्टर को बताएँ।

इलाज के दौरान अच्छा पोषण ज़रूरी है; सरकारी योजनाओं में मरीज़ों को पोषण सहायता मिलती है।

## अपने परिवार की सुरक्षा
खाँसते समय मुँह ढकें, कमरों में हवा आने दें, और पूछें कि क्या परिवार के क़रीबी सदस्यों, ख़ासकर बच्चों, की जाँच या बचाव का इलाज होना चाहिए। टीबी में शर्म की कोई बात नहीं: जल्दी जाँच सबकी रक्षा करती है।`,
    },
  },
  {
    slug: "better-sleep-habits",
    group: "5b0c2a71-0d3e-4f11-8a01-000000000011",
    category: "lifestyle",
    tags: ["sleep", "insomnia", "screen time", "routine"],
    credentials: "MBBS, MD (Psychiatry)",
    publishedAt: "2026-08-12T21:00:00+05:30",
    featured: false,
    views: 2210,
    likes: 174,
    en: {
      title: "Sleep better tonight: habits that actually work",
      excerpt:
        "Late-night phones, heavy dinners and irregular hours steal our sleep. Small, consistent changes bring it back.",
      authorName: "Dr. Sneha Iyer",
      body: `Adults need seven to nine hours of sleep. Poor sleep does more than make you tired: over months it is linked with weight gain, high blood pressure, diabetes, low mood and more accidents on the road.

## Keep a rhythm
Go to bed and wake up at the same time every day, including weekends. Your body clock likes routine more than anything else. Morning sunlight for 10 to 15 minutes helps set it.

## Wind down
- Put the phone away 30 to 60 minutes before bed. The light and the endless scrolling both keep the brain alert.
- Do something calm instead: a warm bath, light reading, gentle stretching or slow breathing.
- If worries keep you awake, write them down with one next step for each, then leave them for tomorrow.

## Watch what you eat and drink
- Keep tea, coffee and cola to before 4 pm.
- Finish dinner two to three hours before bed, and keep it light.
- Alcohol may make you drowsy but breaks up sleep later in the night.

## Make the bedroom for sleep
Dark, quiet and cool is best. Use curtains, an eye mask or earplugs if needed. Keep work and the television out of bed if you can.

## If you cannot sleep
If you are awake for more than 20 minutes, get up, sit somewhere dim and do something quiet until you feel sleepy, then go back to bed. Avoid long afternoon naps; 20 minutes is enough.

## When to see a doctor
See a doctor if poor sleep lasts more than a month, if you snore loudly and feel sleepy during the day (possible sleep apnoea), or if low mood or anxiety is keeping you awake. Avoid taking sleeping pills without a prescription.`,
    },
    hi: {
      title: "आज रात बेहतर नींद: आदतें जो सच में काम करती हैं",
      excerpt:
        "देर रात फ़ोन, भारी रात का खाना और अनियमित समय हमारी नींद चुरा लेते हैं। छोटे, लगातार बदलाव इसे वापस लाते हैं।",
      authorName: "डॉ. स्नेहा अय्यर",
      body: `वयस्कों को सात से नौ घंटे की नींद चाहिए। ख़राब नींद सिर्फ़ थकान नहीं देती: महीनों में यह वज़न बढ़ने, हाई बीपी, डायबिटीज़, उदासी और सड़क पर ज़्यादा दुर्घटनाओं से जुड़ जाती है।

## एक लय बनाएँ
हर दिन, छुट्टी के दिन भी, एक ही समय पर सोएँ और उठें। शरीर की घड़ी को नियमितता सबसे ज़्यादा पसंद है। सुबह 10 से 15 मिनट की धूप इसे ठीक रखने में मदद करती है।

## सोने से पहले धीमे हों
- सोने से 30 से 60 मिनट पहले फ़ोन दूर रख दें। स्क्रीन की रोशनी और लगातार स्क्रॉल करना दोनों दिमाग़ को जगाए रखते हैं।
- इसकी जगह कुछ शांत करें: गुनगुने पानी से नहाना, हल्का पढ़ना, हल्की स्ट्रेचिंग या धीमी साँसें।
- अगर चिंताएँ जगाए रखें, तो उन्हें लिख लें, हर एक के आगे अगला कदम लिखें, और उन्हें कल के लिए छोड़ दें।

## खाने-पीने पर ध्यान दें
- चाय, कॉफ़ी और कोला शाम 4 बजे से पहले तक ही लें।
- रात का खाना सोने से दो-तीन घंटे पहले ख़त्म करें, और हल्का रखें।
- शराब से नींद आ सकती है पर रात में बाद में नींद टूटती है।

## कमरा नींद के लिए हो
अँधेरा, शांत और ठंडा कमरा सबसे अच्छा है। ज़रूरत हो तो पर्दे, आँखों पर पट्टी या कान के प्लग इस्तेमाल करें। हो सके तो बिस्तर पर काम और टीवी न रखें।

## अगर नींद न आए
अगर 20 मिनट से ज़्यादा जागते रहें, तो उठें, कम रोशनी में बैठकर कुछ शांत काम करें जब तक नींद न आने लगे, फिर बिस्तर पर लौटें। दोपहर में लंबी झपकी से बचें; 20 मिनट काफ़ी है।

## डॉक्टर को कब दिखाएँ
अगर ख़राब नींद एक महीने से ज़्यादा रहे, अगर आप ज़ोर से खर्राटे लेते हैं और दिन में नींद आती है (स्लीप एपनिया हो सकता है), या उदासी या घबराहट जगाए रखती है, तो डॉक्टर को दिखाएँ। बिना पर्चे के नींद की गोलियाँ न लें।`,
    },
  },
];

interface Review {
  reviewer: { en: string; hi: string };
  credentials: string;
  reviewedAt: string;
  sources: readonly { title: string; url: string }[];
  specialty: DoctorSpecialty | null;
}

const who = (title: string, page: string) => ({
  title: `WHO fact sheet: ${title}`,
  url: `https://www.who.int/news-room/fact-sheets/detail/${page}`,
});
const nhs = (title: string, page: string) => ({
  title: `NHS: ${title}`,
  url: `https://www.nhs.uk/${page}/`,
});

/** The medical review of each topic and the public sources it follows. */
const reviews: Record<string, Review> = {
  "stay-hydrated-in-indian-summer": {
    reviewer: { en: "Dr. Rakesh Menon", hi: "डॉ. राकेश मेनन" },
    credentials: "MBBS, MD (Internal Medicine)",
    reviewedAt: "2026-03-28",
    sources: [
      who("Heat and health", "climate-change-heat-and-health"),
      nhs("Heat exhaustion and heatstroke", "conditions/heat-exhaustion-heatstroke"),
      nhs("Dehydration", "conditions/dehydration"),
    ],
    specialty: "general_physician",
  },
  "dengue-prevention-monsoon": {
    reviewer: { en: "Dr. Farah Siddiqui", hi: "डॉ. फ़राह सिद्दीक़ी" },
    credentials: "MBBS, MD (Microbiology)",
    reviewedAt: "2026-05-20",
    sources: [
      who("Dengue and severe dengue", "dengue-and-severe-dengue"),
      {
        title: "MoHFW: National Center for Vector Borne Diseases Control",
        url: "https://ncvbdc.mohfw.gov.in/",
      },
    ],
    specialty: "general_physician",
  },
  "managing-diabetes-with-indian-diet": {
    reviewer: { en: "Dr. Kavita Reddy", hi: "डॉ. कविता रेड्डी" },
    credentials: "MBBS, MD (Medicine), DM (Endocrinology)",
    reviewedAt: "2026-02-10",
    sources: [
      who("Diabetes", "diabetes"),
      {
        title: "ICMR-National Institute of Nutrition: Dietary Guidelines for Indians",
        url: "https://www.nin.res.in/",
      },
      nhs("Type 2 diabetes", "conditions/type-2-diabetes"),
    ],
    specialty: "endocrinologist",
  },
  "hypertension-and-salt": {
    reviewer: { en: "Dr. Vikram Joshi", hi: "डॉ. विक्रम जोशी" },
    credentials: "MBBS, MD (Medicine), DM (Cardiology)",
    reviewedAt: "2026-01-22",
    sources: [who("Salt reduction", "salt-reduction"), who("Hypertension", "hypertension")],
    specialty: "cardiologist",
  },
  "yoga-for-lower-back-pain": {
    reviewer: { en: "Dr. Harpreet Gill", hi: "डॉ. हरप्रीत गिल" },
    credentials: "MBBS, MD (Physical Medicine and Rehabilitation)",
    reviewedAt: "2026-02-26",
    sources: [who("Low back pain", "low-back-pain"), nhs("Back pain", "conditions/back-pain")],
    specialty: "orthopedic",
  },
  "managing-stress-and-mental-health": {
    reviewer: { en: "Dr. Nandini Rao", hi: "डॉ. नंदिनी राव" },
    credentials: "MBBS, MD (Psychiatry)",
    reviewedAt: "2026-03-05",
    sources: [
      who("Mental health: strengthening our response", "mental-health-strengthening-our-response"),
      {
        title: "MoHFW: Tele-MANAS, the national tele mental health programme (14416)",
        url: "https://telemanas.mohfw.gov.in/",
      },
    ],
    specialty: "psychiatrist",
  },
  "child-vaccination-schedule-india": {
    reviewer: { en: "Dr. Sunil Bhat", hi: "डॉ. सुनील भट" },
    credentials: "MBBS, MD (Paediatrics)",
    reviewedAt: "2026-01-15",
    sources: [
      who("Immunization coverage", "immunization-coverage"),
      {
        title: "MoHFW: Ministry of Health and Family Welfare, Government of India",
        url: "https://mohfw.gov.in/",
      },
    ],
    specialty: "pediatrician",
  },
  "anaemia-in-women": {
    reviewer: { en: "Dr. Priya Nair", hi: "डॉ. प्रिया नायर" },
    credentials: "MBBS, MS (Obstetrics & Gynaecology)",
    reviewedAt: "2026-03-12",
    sources: [
      who("Anaemia", "anaemia"),
      { title: "MoHFW: Anemia Mukt Bharat", url: "https://anemiamuktbharat.info/" },
      nhs("Iron deficiency anaemia", "conditions/iron-deficiency-anaemia"),
    ],
    specialty: "gynecologist",
  },
  "heart-attack-warning-signs": {
    reviewer: { en: "Dr. Vikram Joshi", hi: "डॉ. विक्रम जोशी" },
    credentials: "MBBS, MD (Medicine), DM (Cardiology)",
    reviewedAt: "2026-04-08",
    sources: [
      who("Cardiovascular diseases (CVDs)", "cardiovascular-diseases-(cvds)"),
      nhs("Heart attack", "conditions/heart-attack"),
    ],
    specialty: "cardiologist",
  },
  "tuberculosis-awareness": {
    reviewer: { en: "Dr. Anil Deshpande", hi: "डॉ. अनिल देशपांडे" },
    credentials: "MBBS, MD (Pulmonary Medicine)",
    reviewedAt: "2026-03-20",
    sources: [
      who("Tuberculosis", "tuberculosis"),
      { title: "MoHFW: National TB Elimination Programme", url: "https://tbcindia.gov.in/" },
    ],
    specialty: "pulmonologist",
  },
  "better-sleep-habits": {
    reviewer: { en: "Dr. Nandini Rao", hi: "डॉ. नंदिनी राव" },
    credentials: "MBBS, MD (Psychiatry)",
    reviewedAt: "2026-04-18",
    sources: [nhs("Insomnia", "conditions/insomnia")],
    specialty: null,
  },
};

function reviewOf(slug: string): Review {
  const review = reviews[slug];
  if (!review) throw new Error(`seed article ${slug} has no medical review`);
  return review;
}

/** About 200 words a minute in English, a little slower for Hindi; at least 1 minute. */
function readTime(body: string, locale: "en" | "hi"): number {
  const words = body.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / (locale === "en" ? 200 : 170)));
}

export const articles: readonly SeedArticle[] = topics.flatMap((t): SeedArticle[] =>
  (["en", "hi"] as const).map((locale) => {
    const v = t[locale];
    const review = reviewOf(t.slug);
    return {
      slug: locale === "en" ? t.slug : `${t.slug}-hi`,
      locale,
      translationGroup: t.group,
      title: v.title,
      excerpt: v.excerpt,
      body: v.body,
      category: t.category,
      tags: t.tags,
      authorName: v.authorName,
      authorCredentials: t.credentials,
      readTimeMinutes: readTime(v.body, locale),
      reviewerName: review.reviewer[locale],
      reviewerCredentials: review.credentials,
      reviewedAt: review.reviewedAt,
      sources: review.sources,
      specialty: review.specialty,
      isFeatured: t.featured,
      publishedAt: t.publishedAt,
      // the Hindi version gets a share of the English audience
      views: locale === "en" ? t.views : Math.round(t.views * 0.35),
      likes: locale === "en" ? t.likes : Math.round(t.likes * 0.3),
    };
  }),
);
