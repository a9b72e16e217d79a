export const metadata = { title: "Bildungspartner: Next.js" };

export default function Layout({ children }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
