import type { Metadata, Viewport } from "next";
import { publicBaseUrl } from "@/lib/env";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/site-header";
import { ViewerZoneProvider } from "@/components/viewer-zone";
import { directionOf } from "@/lib/languages";
import { routing } from "@/lib/i18n/routing";
import "@fontsource-variable/vazirmatn";
import "../globals.css";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// Nothing is prerendered at build time (the build needs no database); every page is
// rendered on its first visit and then served from cache until its data changes.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Layout" });
  return {
    title: { default: t("brand"), template: `%s · ${t("brand")}` },
    description: t("tagline"),
    metadataBase: publicBaseUrl() ? new URL(publicBaseUrl()!) : undefined,
    // The icon is a plain file in public/ (served as it is; also the benchmark's static baseline).
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d3b53" };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Layout");
  // Client components get only the messages they use, not the whole catalog.
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <ViewerZoneProvider>
            <main id="main" className="page">
              {children}
            </main>
          </ViewerZoneProvider>
          <footer className="site-footer">
            <p>{t("footer")}</p>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
