// /register/{slug}/{citySlug}?lang=fa: an attendee asks to register for a city's venue (register-view.tsx).
import type { Metadata } from "next";
import type { SearchParams } from "@/lib/search-params";
import { RegisterView } from "../../register-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string; citySlug: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { robots: { index: false }, referrer: "same-origin" };

export default async function RegisterPage({ params, searchParams }: Props) {
  const { slug, citySlug, locale } = await params;
  return <RegisterView slug={slug} citySlug={citySlug} negotiated={locale} query={await searchParams} />;
}
