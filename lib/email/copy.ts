import { formatInr } from "@/lib/i18n/format";
import type {
  AccountEmailData,
  AccountEmailTemplate,
  AppointmentEmailData,
  DoctorReviewEmailData,
  MedicineOrderEmailData,
  EmailLocale,
  LabBookingEmailData,
  EmailTemplate,
  OrderEmailData,
  OrderEmailTemplate,
  SupportReplyEmailData,
} from "./types";

/** What a mail says, before it is laid out as text and HTML. Every string here is plain text. */
export interface EmailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  details?: Array<[label: string, value: string]>;
  action: { label: string; url: string };
  notes: string[];
}

/** Appointment data with the date and time already formatted for the mail's locale. */
export interface AppointmentView extends AppointmentEmailData {
  dateLong: string;
  dateShort: string;
  timeLabel: string;
}

interface LocaleCopy {
  greeting: (name: string) => string;
  fallbackLink: string;
  footer: string;
  labels: { doctor: string; date: string; time: string; mode: string };
  modes: Record<AppointmentEmailData["mode"], string>;
  account: {
    verify_email: (d: AccountEmailData) => EmailContent;
    reset_password: (d: AccountEmailData) => EmailContent;
    doctor_verified: (d: DoctorReviewEmailData) => EmailContent;
    doctor_rejected: (d: DoctorReviewEmailData) => EmailContent;
    lab_booking_update: (d: LabBookingEmailData) => EmailContent;
    medicine_order_status: (d: MedicineOrderEmailData) => EmailContent;
    support_reply: (d: SupportReplyEmailData) => EmailContent;
  };
  order: Record<OrderEmailTemplate, (d: OrderEmailData) => EmailContent>;
  appointment: Record<
    Exclude<EmailTemplate, AccountEmailTemplate | OrderEmailTemplate>,
    (d: AppointmentView) => Omit<EmailContent, "details">
  >;
}

const enModeNotes = {
  online:
    "You can join the video consultation from the appointment page a few minutes before it starts.",
  offline:
    "Please reach the clinic 10 minutes early and bring any earlier prescriptions or reports.",
};

const hiModeNotes = {
  online: "परामर्श शुरू होने से कुछ मिनट पहले आप अपॉइंटमेंट पेज से वीडियो कॉल में जुड़ सकते हैं।",
  offline: "कृपया क्लिनिक 10 मिनट पहले पहुँचें और पुराने पर्चे या रिपोर्ट साथ लाएँ।",
};

/** "Reason: ..." and "Next free times: ..." lines of a mail about an appointment that is gone. */
function rebookingLines(d: AppointmentView, locale: EmailLocale): string[] {
  const lines: string[] = [];
  if (locale === "en") {
    if (d.reason) lines.push(`Reason given by the doctor: ${d.reason}`);
    if (d.nextSlots?.length) lines.push(`The doctor's next free times: ${d.nextSlots.join(", ")}.`);
  } else {
    if (d.reason) lines.push(`डॉक्टर का बताया कारण: ${d.reason}`);
    if (d.nextSlots?.length) lines.push(`डॉक्टर के अगले खाली समय: ${d.nextSlots.join(", ")}।`);
  }
  return lines;
}

const en: LocaleCopy = {
  greeting: (name) => (name ? `Hello ${name},` : "Hello,"),
  fallbackLink: "If the button doesn't work, copy this link into your browser:",
  footer:
    "SwasthAI · You are receiving this email because of activity on your SwasthAI account. In a medical emergency, call 112.",
  labels: { doctor: "Doctor", date: "Date", time: "Time", mode: "Consultation" },
  modes: { online: "Video consultation", offline: "In-clinic visit" },
  account: {
    verify_email: (d) => ({
      subject: "Confirm your email address for SwasthAI",
      heading: "Confirm your email address",
      paragraphs: [
        "Welcome to SwasthAI. Please confirm your email address so we can keep your account secure and send you appointment updates.",
      ],
      action: { label: "Confirm email address", url: d.url },
      notes: ["If you didn't create a SwasthAI account, you can ignore this email."],
    }),
    reset_password: (d) => ({
      subject: "Reset your SwasthAI password",
      heading: "Reset your password",
      paragraphs: [
        "We received a request to reset the password of your SwasthAI account. Use the link below to choose a new password.",
      ],
      action: { label: "Choose a new password", url: d.url },
      notes: [
        "This link expires in 1 hour and works only once.",
        "If you didn't ask to reset your password, you can ignore this email. Your password will stay the same.",
      ],
    }),
    doctor_verified: (d) => ({
      subject: "Your SwasthAI doctor profile is verified",
      heading: "You are verified",
      paragraphs: [
        "An admin checked your registration and documents. Your profile is now listed and patients can book you.",
      ],
      action: { label: "Open your dashboard", url: d.url },
      notes: [],
    }),
    doctor_rejected: (d) => ({
      subject: "Your SwasthAI doctor application needs changes",
      heading: "Your application was not approved yet",
      paragraphs: [
        `An admin reviewed your application and could not verify it. Reason: ${d.reason ?? ""}`,
        "Correct the details or documents and submit the application again.",
      ],
      action: { label: "Correct your application", url: d.url },
      notes: [],
    }),
    lab_booking_update: (d) => {
      const headings = {
        booked: "Your lab test is booked",
        sample_collected: "Your sample has been collected",
        processing: "The lab is testing your sample",
        report_ready: "Your lab report is ready",
        cancelled: "Your lab booking is cancelled",
      };
      return {
        subject: `${headings[d.event]}: ${d.tests}`,
        heading: headings[d.event],
        paragraphs: [`Tests: ${d.tests}. Collection: ${d.date} at ${d.time}.`],
        action: {
          label: d.event === "report_ready" ? "Download your report" : "View booking",
          url: d.url,
        },
        notes:
          d.event === "report_ready" ? ["The report is also filed in your health records."] : [],
      };
    },
    medicine_order_status: (d) => {
      const what = {
        confirmed: "confirmed by the pharmacy",
        dispatched: "on its way",
        delivered: "delivered",
        cancelled: "cancelled",
      }[d.status];
      return {
        subject: `Your medicine order ${d.orderNumber} is ${what}`,
        heading: `Order ${d.orderNumber} is ${what}`,
        paragraphs: [
          `Your medicine order ${d.orderNumber} is now ${what}.`,
          ...(d.reason ? [`Reason: ${d.reason}`] : []),
          ...(d.status === "cancelled"
            ? ["Anything you paid online is refunded in full to the way you paid."]
            : []),
        ],
        action: { label: "View your order", url: d.url },
        notes: [],
      };
    },
    support_reply: (d) => ({
      subject: `SwasthAI support answered your message ${d.ticketNumber}`,
      heading: "We answered your message",
      paragraphs: [`Your message: ${d.subject}`, `Our answer: ${d.reply}`],
      action: { label: "Open the conversation", url: d.url },
      notes: [
        "Please do not reply to this email. To write to us again, use the message form on the Help page.",
        "For a medical emergency call 108.",
      ],
    }),
  },
  order: {
    medicine_order_placed: (d) => ({
      subject: `Your medicine order ${d.orderNumber} is placed`,
      heading: "We received your order",
      paragraphs: [
        d.paymentMethod === "cod"
          ? "SwasthAI Pharmacy will check it and deliver it to your address. Please keep the amount ready to pay on delivery."
          : "SwasthAI Pharmacy will check it and deliver it to your address once it is paid.",
      ],
      details: [
        ["Order", d.orderNumber],
        ["Total", formatInr(d.total, "en")],
        ...(d.expectedDelivery
          ? ([["Expected delivery", d.expectedDelivery]] as [string, string][])
          : []),
      ],
      action: { label: "View order", url: d.url },
      notes: [
        "Prescription-only medicines are handed over only against the prescription you chose.",
      ],
    }),
  },
  appointment: {
    appointment_booked: (d) => ({
      subject: `Appointment confirmed with ${d.doctorName} on ${d.dateShort}`,
      heading: "Your appointment is confirmed",
      paragraphs: [`Your appointment with ${d.doctorName} is booked. Here are the details.`],
      action: { label: "View appointment", url: d.url },
      notes: [enModeNotes[d.mode]],
    }),
    appointment_cancelled: (d) => ({
      subject: `Appointment with ${d.doctorName} on ${d.dateShort} cancelled`,
      heading: "Your appointment is cancelled",
      paragraphs: [
        `Your appointment with ${d.doctorName} has been cancelled. If you still need a consultation, you can book a new time.`,
        ...rebookingLines(d, "en"),
      ],
      action: { label: "Book a new appointment", url: d.url },
      notes: [],
    }),
    appointment_rescheduled: (d) => ({
      subject: `Appointment with ${d.doctorName} moved to ${d.dateShort}, ${d.timeLabel}`,
      heading: "Your appointment has a new time",
      paragraphs: [
        `Your appointment with ${d.doctorName} has been rescheduled. These are the new details.`,
      ],
      action: { label: "View appointment", url: d.url },
      notes: [enModeNotes[d.mode]],
    }),
    appointment_requested: (d) => ({
      subject: `Appointment request sent to ${d.doctorName} for ${d.dateShort}`,
      heading: "Your request is waiting for the doctor",
      paragraphs: [
        `We sent your request to ${d.doctorName}. The doctor has until 30 minutes before the slot to accept it; if they do not answer by then, the request lapses and you can book another time.`,
      ],
      action: { label: "View appointment", url: d.url },
      notes: [],
    }),
    appointment_confirmed: (d) => ({
      subject: `${d.doctorName} confirmed your appointment on ${d.dateShort}`,
      heading: "Your appointment is confirmed",
      paragraphs: [`${d.doctorName} accepted your request. Here are the details.`],
      action: { label: "View appointment", url: d.url },
      notes: [enModeNotes[d.mode]],
    }),
    appointment_declined: (d) => ({
      subject: `${d.doctorName} could not accept your request for ${d.dateShort}`,
      heading: "Your request was declined",
      paragraphs: [
        `${d.doctorName} could not accept your appointment request.`,
        ...rebookingLines(d, "en"),
      ],
      action: { label: "Book another time", url: d.url },
      notes: [],
    }),
    appointment_expired: (d) => ({
      subject: `Your request to ${d.doctorName} for ${d.dateShort} was not answered in time`,
      heading: "Your request was not answered in time",
      paragraphs: [
        `${d.doctorName} did not answer your request by 30 minutes before the slot, so it has lapsed and the slot is free again.`,
        ...rebookingLines(d, "en"),
      ],
      action: { label: "Book another time", url: d.url },
      notes: [],
    }),
    appointment_reminder: (d) => ({
      subject: `Reminder: appointment with ${d.doctorName} on ${d.dateShort} at ${d.timeLabel}`,
      heading: "Your appointment is coming up",
      paragraphs: [`This is a reminder of your appointment with ${d.doctorName}.`],
      action: { label: "View appointment", url: d.url },
      notes: [
        enModeNotes[d.mode],
        "If you can't make it, please cancel or reschedule so someone else can take the slot.",
      ],
    }),
    prescription_issued: (d) => ({
      subject: `Your prescription from ${d.doctorName}`,
      heading: "Your prescription is ready",
      paragraphs: [
        `${d.doctorName} issued a prescription after your consultation. It is on the appointment page and filed in your health records as a PDF.`,
      ],
      action: { label: "View prescription", url: d.url },
      notes: ["Take medicines only as prescribed. In a medical emergency, call 112."],
    }),
  },
};

const hi: LocaleCopy = {
  greeting: (name) => (name ? `नमस्ते ${name},` : "नमस्ते,"),
  fallbackLink: "अगर बटन काम न करे, तो यह लिंक कॉपी करके अपने ब्राउज़र में खोलें:",
  footer:
    "SwasthAI · आपको यह ईमेल आपके SwasthAI खाते पर हुई गतिविधि की वजह से मिला है। मेडिकल इमरजेंसी में 112 पर कॉल करें।",
  labels: { doctor: "डॉक्टर", date: "तारीख", time: "समय", mode: "परामर्श का प्रकार" },
  modes: { online: "वीडियो परामर्श", offline: "क्लिनिक में परामर्श" },
  account: {
    verify_email: (d) => ({
      subject: "SwasthAI के लिए अपना ईमेल पता पक्का करें",
      heading: "अपना ईमेल पता पक्का करें",
      paragraphs: [
        "SwasthAI में आपका स्वागत है। कृपया अपना ईमेल पता पक्का करें, ताकि हम आपका खाता सुरक्षित रख सकें और आपको अपॉइंटमेंट से जुड़ी जानकारी भेज सकें।",
      ],
      action: { label: "ईमेल पता पक्का करें", url: d.url },
      notes: ["अगर आपने SwasthAI पर खाता नहीं बनाया है, तो इस ईमेल को अनदेखा कर दें।"],
    }),
    reset_password: (d) => ({
      subject: "अपना SwasthAI पासवर्ड रीसेट करें",
      heading: "अपना पासवर्ड रीसेट करें",
      paragraphs: [
        "हमें आपके SwasthAI खाते का पासवर्ड रीसेट करने का अनुरोध मिला है। नया पासवर्ड चुनने के लिए नीचे दिए गए लिंक का इस्तेमाल करें।",
      ],
      action: { label: "नया पासवर्ड चुनें", url: d.url },
      notes: [
        "यह लिंक 1 घंटे में समाप्त हो जाएगा और सिर्फ़ एक बार काम करेगा।",
        "अगर आपने पासवर्ड रीसेट करने का अनुरोध नहीं किया है, तो इस ईमेल को अनदेखा कर दें। आपका पासवर्ड नहीं बदलेगा।",
      ],
    }),
    doctor_verified: (d) => ({
      subject: "SwasthAI पर आपकी डॉक्टर प्रोफ़ाइल सत्यापित हो गई है",
      heading: "आप सत्यापित हो गए हैं",
      paragraphs: [
        "एक एडमिन ने आपका पंजीकरण और दस्तावेज़ जाँच लिए हैं। आपकी प्रोफ़ाइल अब सूची में दिखती है और मरीज़ आपके साथ अपॉइंटमेंट बुक कर सकते हैं।",
      ],
      action: { label: "अपना डैशबोर्ड खोलें", url: d.url },
      notes: [],
    }),
    doctor_rejected: (d) => ({
      subject: "SwasthAI पर आपके डॉक्टर आवेदन में बदलाव ज़रूरी हैं",
      heading: "आपका आवेदन अभी स्वीकार नहीं हुआ",
      paragraphs: [
        `एक एडमिन ने आपका आवेदन देखा, पर उसे सत्यापित नहीं कर सके। कारण: ${d.reason ?? ""}`,
        "जानकारी या दस्तावेज़ ठीक करें और आवेदन फिर से जमा करें।",
      ],
      action: { label: "अपना आवेदन ठीक करें", url: d.url },
      notes: [],
    }),
    lab_booking_update: (d) => {
      const headings = {
        booked: "आपका लैब टेस्ट बुक हो गया है",
        sample_collected: "आपका सैंपल ले लिया गया है",
        processing: "लैब आपके सैंपल की जाँच कर रही है",
        report_ready: "आपकी लैब रिपोर्ट तैयार है",
        cancelled: "आपकी लैब बुकिंग रद्द हो गई है",
      };
      return {
        subject: `${headings[d.event]}: ${d.tests}`,
        heading: headings[d.event],
        paragraphs: [`टेस्ट: ${d.tests}। सैंपल: ${d.date} को ${d.time} बजे।`],
        action: {
          label: d.event === "report_ready" ? "अपनी रिपोर्ट डाउनलोड करें" : "बुकिंग देखें",
          url: d.url,
        },
        notes: d.event === "report_ready" ? ["रिपोर्ट आपके हेल्थ रिकॉर्ड में भी रखी गई है।"] : [],
      };
    },
    medicine_order_status: (d) => {
      const what = {
        confirmed: "पक्का हो गया है",
        dispatched: "रास्ते में है",
        delivered: "पहुँच गया है",
        cancelled: "रद्द हो गया है",
      }[d.status];
      return {
        subject: `आपका दवा ऑर्डर ${d.orderNumber} ${what}`,
        heading: `ऑर्डर ${d.orderNumber} ${what}`,
        paragraphs: [
          `आपका दवा ऑर्डर ${d.orderNumber} अब ${what}।`,
          ...(d.reason ? [`कारण: ${d.reason}`] : []),
          ...(d.status === "cancelled"
            ? ["ऑनलाइन चुकाई गई पूरी रकम उसी तरीके से वापस की जाएगी जिससे आपने भुगतान किया था।"]
            : []),
        ],
        action: { label: "अपना ऑर्डर देखें", url: d.url },
        notes: [],
      };
    },
    support_reply: (d) => ({
      subject: `SwasthAI सहायता ने आपके संदेश ${d.ticketNumber} का जवाब दिया`,
      heading: "हमने आपके संदेश का जवाब दिया है",
      paragraphs: [`आपका संदेश: ${d.subject}`, `हमारा जवाब: ${d.reply}`],
      action: { label: "बातचीत खोलें", url: d.url },
      notes: [
        "कृपया इस ईमेल का जवाब न दें। हमें फिर से लिखने के लिए सहायता पेज पर दिया गया संदेश फ़ॉर्म इस्तेमाल करें।",
        "चिकित्सा आपातकाल में 108 पर कॉल करें।",
      ],
    }),
  },
  order: {
    medicine_order_placed: (d) => ({
      subject: `आपका दवा ऑर्डर ${d.orderNumber} हो गया है`,
      heading: "हमें आपका ऑर्डर मिल गया है",
      paragraphs: [
        d.paymentMethod === "cod"
          ? "SwasthAI फ़ार्मेसी इसे जाँचकर आपके पते पर पहुँचाएगी। कृपया डिलीवरी पर भुगतान के लिए राशि तैयार रखें।"
          : "भुगतान होते ही SwasthAI फ़ार्मेसी इसे जाँचकर आपके पते पर पहुँचाएगी।",
      ],
      details: [
        ["ऑर्डर", d.orderNumber],
        ["कुल", formatInr(d.total, "hi")],
        ...(d.expectedDelivery
          ? ([["अनुमानित डिलीवरी", d.expectedDelivery]] as [string, string][])
          : []),
      ],
      action: { label: "ऑर्डर देखें", url: d.url },
      notes: ["केवल पर्चे पर मिलने वाली दवाइयाँ आपके चुने हुए पर्चे के आधार पर ही दी जाती हैं।"],
    }),
  },
  appointment: {
    appointment_booked: (d) => ({
      subject: `${d.doctorName} के साथ ${d.dateShort} का अपॉइंटमेंट पक्का हो गया है`,
      heading: "आपका अपॉइंटमेंट पक्का हो गया है",
      paragraphs: [`${d.doctorName} के साथ आपका अपॉइंटमेंट बुक हो गया है। पूरी जानकारी नीचे दी गई है।`],
      action: { label: "अपॉइंटमेंट देखें", url: d.url },
      notes: [hiModeNotes[d.mode]],
    }),
    appointment_cancelled: (d) => ({
      subject: `${d.doctorName} के साथ ${d.dateShort} का अपॉइंटमेंट रद्द हो गया है`,
      heading: "आपका अपॉइंटमेंट रद्द हो गया है",
      paragraphs: [
        `${d.doctorName} के साथ आपका अपॉइंटमेंट रद्द कर दिया गया है। अगर आपको अब भी परामर्श चाहिए, तो आप नया समय बुक कर सकते हैं।`,
        ...rebookingLines(d, "hi"),
      ],
      action: { label: "नया अपॉइंटमेंट बुक करें", url: d.url },
      notes: [],
    }),
    appointment_rescheduled: (d) => ({
      subject: `${d.doctorName} के साथ आपका अपॉइंटमेंट अब ${d.dateShort}, ${d.timeLabel} पर है`,
      heading: "आपके अपॉइंटमेंट का समय बदल गया है",
      paragraphs: [
        `${d.doctorName} के साथ आपके अपॉइंटमेंट का समय बदल दिया गया है। नई जानकारी नीचे दी गई है।`,
      ],
      action: { label: "अपॉइंटमेंट देखें", url: d.url },
      notes: [hiModeNotes[d.mode]],
    }),
    appointment_requested: (d) => ({
      subject: `${d.doctorName} को ${d.dateShort} के अपॉइंटमेंट का अनुरोध भेजा गया`,
      heading: "आपका अनुरोध डॉक्टर के जवाब का इंतज़ार कर रहा है",
      paragraphs: [
        `हमने आपका अनुरोध ${d.doctorName} को भेज दिया है। डॉक्टर के पास इसे स्वीकार करने के लिए स्लॉट से 30 मिनट पहले तक का समय है; तब तक जवाब न मिलने पर अनुरोध रद्द हो जाएगा और आप कोई दूसरा समय बुक कर सकते हैं।`,
      ],
      action: { label: "अपॉइंटमेंट देखें", url: d.url },
      notes: [],
    }),
    appointment_confirmed: (d) => ({
      subject: `${d.doctorName} ने ${d.dateShort} का आपका अपॉइंटमेंट पक्का किया`,
      heading: "आपका अपॉइंटमेंट पक्का हो गया है",
      paragraphs: [`${d.doctorName} ने आपका अनुरोध स्वीकार कर लिया है। पूरी जानकारी नीचे दी गई है।`],
      action: { label: "अपॉइंटमेंट देखें", url: d.url },
      notes: [hiModeNotes[d.mode]],
    }),
    appointment_declined: (d) => ({
      subject: `${d.doctorName} ${d.dateShort} का आपका अनुरोध स्वीकार नहीं कर सके`,
      heading: "आपका अनुरोध अस्वीकार हुआ",
      paragraphs: [
        `${d.doctorName} आपके अपॉइंटमेंट का अनुरोध स्वीकार नहीं कर सके।`,
        ...rebookingLines(d, "hi"),
      ],
      action: { label: "दूसरा समय बुक करें", url: d.url },
      notes: [],
    }),
    appointment_expired: (d) => ({
      subject: `${d.doctorName} को ${d.dateShort} के लिए भेजे अनुरोध का समय पर जवाब नहीं मिला`,
      heading: "आपके अनुरोध का समय पर जवाब नहीं मिला",
      paragraphs: [
        `${d.doctorName} ने स्लॉट से 30 मिनट पहले तक आपके अनुरोध का जवाब नहीं दिया, इसलिए अनुरोध रद्द हो गया है और वह समय फिर से खाली है।`,
        ...rebookingLines(d, "hi"),
      ],
      action: { label: "दूसरा समय बुक करें", url: d.url },
      notes: [],
    }),
    appointment_reminder: (d) => ({
      subject: `रिमाइंडर: ${d.dateShort} को ${d.timeLabel} ${d.doctorName} के साथ अपॉइंटमेंट`,
      heading: "आपका अपॉइंटमेंट जल्द ही है",
      paragraphs: [`यह ${d.doctorName} के साथ आपके आने वाले अपॉइंटमेंट का रिमाइंडर है।`],
      action: { label: "अपॉइंटमेंट देखें", url: d.url },
      notes: [
        hiModeNotes[d.mode],
        "अगर आप नहीं आ पाएँगे, तो कृपया अपॉइंटमेंट रद्द करें या उसका समय बदलें, ताकि यह समय किसी और को मिल सके।",
      ],
    }),
    prescription_issued: (d) => ({
      subject: `${d.doctorName} का लिखा आपका पर्चा`,
      heading: "आपका पर्चा तैयार है",
      paragraphs: [
        `${d.doctorName} ने आपके परामर्श के बाद पर्चा जारी किया है। यह अपॉइंटमेंट पेज पर है और PDF के रूप में आपके स्वास्थ्य रिकॉर्ड में भी रखा गया है।`,
      ],
      action: { label: "पर्चा देखें", url: d.url },
      notes: ["दवाइयाँ केवल पर्चे के अनुसार लें। मेडिकल इमरजेंसी में 112 पर कॉल करें।"],
    }),
  },
};

export const emailCopy: Record<EmailLocale, LocaleCopy> = { en, hi };
