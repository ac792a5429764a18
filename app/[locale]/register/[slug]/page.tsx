// /register/{slug}?lang=fa: an attendee registers for an online event, for its stream links and a reminder (register-view.tsx).
import type { Metadata } from "next";
import type { SearchParams } from "@/lib/search-params";
import { RegisterView } from "../register-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { robots: { index: false }, referrer: "same-origin" };

export default async function RegisterOnlinePage({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  return <RegisterView slug={slug} citySlug={null} negotiated={locale} query={await searchParams} />;
}
