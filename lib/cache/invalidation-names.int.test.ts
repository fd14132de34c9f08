import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { articleComments, articles } from "@/db/schema";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import {
  clinicDate,
  createAppointment,
  createBookableDoctor,
} from "@/tests/factories-appointments";

// Cached signed-out pages show names: a doctor's on their profile and the lists, a reviewer's
// short name on the profiles they reviewed, a commenter's under the article. Here we check that a
// rename or an erasure drops every copy showing the name, and nothing when the name stays.
const invalidate = vi.hoisted(() => ({
  doctorSlotsChanged: vi.fn(),
  doctorChanged: vi.fn(),
  doctorReviewsChanged: vi.fn(),
  articlesChanged: vi.fn(),
  articleCommentsChanged: vi.fn(),
}));
vi.mock("@/lib/cache/public-pages", () => invalidate);

const { deleteUser, saveProfile, updateUser } = await import("@/lib/users/service");
const { rateDoctor } = await import("@/lib/ratings/service");

beforeEach(() => {
  vi.clearAllMocks();
});

let n = 0;
async function commentUnderNewArticle(userId: number) {
  n += 1;
  const [article] = await db
    .insert(articles)
    .values({
      slug: `names-${n}-${crypto.randomUUID().slice(0, 8)}`,
      locale: "en",
      title: `Article ${n}`,
      excerpt: "Short summary",
      body: "# Body",
      category: "wellness",
      authorName: "Dr. Test",
      readTimeMinutes: 4,
      publishedAt: new Date(Date.now() - 60_000),
    })
    .returning({ id: articles.id, slug: articles.slug });
  await db.insert(articleComments).values({ articleId: article!.id, userId, body: "Helpful." });
  return article!.slug;
}

/** A patient who reviewed one doctor and commented under one article. */
async function reviewerWithComment() {
  const { doctor } = await createBookableDoctor();
  const user = await createUser();
  const visit = await createAppointment({
    patientId: user.id,
    doctorId: doctor.id,
    date: clinicDate(-2),
    time: "10:00:00",
    status: "completed",
  });
  await rateDoctor(actorFor(user), doctor.uuid, {
    appointmentId: visit.uuid,
    rating: 4,
    review: "Listened well.",
  });
  const slug = await commentUnderNewArticle(user.id);
  vi.clearAllMocks();
  return { user, actor: actorFor(user), doctor, slug };
}

describe("public pages showing a person's name", () => {
  it("a doctor's rename drops their profile and the lists", async () => {
    const { doctor, user } = await createBookableDoctor();
    await updateUser(actorFor(user, doctor.id), "me", { fullName: "Dr. Asha Renamed" });
    expect(invalidate.doctorChanged.mock.calls).toEqual([[doctor.uuid]]);
  });

  it("a reviewer's and commenter's rename drops the profiles they reviewed and their articles", async () => {
    const { actor, doctor, slug } = await reviewerWithComment();
    await saveProfile(actor, { fullName: "Ravi Renamed" });
    expect(invalidate.doctorReviewsChanged.mock.calls).toEqual([[doctor.uuid]]);
    expect(invalidate.articleCommentsChanged.mock.calls).toEqual([[slug]]);
    // A patient's name is on no list.
    expect(invalidate.doctorChanged).not.toHaveBeenCalled();
  });

  it("an admin renaming someone drops the same pages", async () => {
    const { user, doctor, slug } = await reviewerWithComment();
    const admin = actorFor(await createUser({ role: "admin" }));
    await updateUser(admin, user.uuid, { fullName: "Renamed By Admin" });
    expect(invalidate.doctorReviewsChanged.mock.calls).toEqual([[doctor.uuid]]);
    expect(invalidate.articleCommentsChanged.mock.calls).toEqual([[slug]]);
  });

  it("saving the form with the same name, or without one, drops nothing", async () => {
    const { user, actor } = await reviewerWithComment();
    await saveProfile(actor, { fullName: user.fullName, city: "Pune" });
    await updateUser(actor, "me", { locale: "hi" });
    expect(invalidate.doctorReviewsChanged).not.toHaveBeenCalled();
    expect(invalidate.articleCommentsChanged).not.toHaveBeenCalled();
    expect(invalidate.doctorChanged).not.toHaveBeenCalled();
  });

  it("erasing a reviewer drops the profiles and articles that showed their name", async () => {
    const { actor, doctor, slug } = await reviewerWithComment();
    await deleteUser(actor, "me", {});
    expect(invalidate.doctorReviewsChanged.mock.calls).toEqual([[doctor.uuid]]);
    expect(invalidate.articleCommentsChanged.mock.calls).toEqual([[slug]]);
  });

  it("erasing a doctor drops their profile and every list", async () => {
    const { doctor, user } = await createBookableDoctor();
    await deleteUser(actorFor(user, doctor.id), "me", {});
    expect(invalidate.doctorChanged.mock.calls).toEqual([[doctor.uuid]]);
  });
});
