namespace Publish.Catalogue;

/// <summary>
/// The catalogue page's inline CSS: paper and ink with one red, a serif for titles and text and
/// a grotesque for labels; a fluid grid (one column on a phone, two or three on a desktop) and
/// no fixed widths. Colour pairs meet WCAG AAA for text (ink on paper 16:1, muted 7.6:1, red and white-on-red 7.4:1); every
/// focusable element gets a yellow-and-black focus ring. No '&lt;' or '&amp;' so the page stays XML.
/// </summary>
internal static class CatalogueStylesheet
{
    public const string Css = """
        :root {
          --paper: #fbf8f3;
          --card: #ffffff;
          --ink: #1f1b17;
          --muted: #574f47;
          --red: #a4231b;
          --rule: #ddd4c7;
          --focus: #ffd23f;
          --serif: "Charis SIL", "Gentium Plus", "Gentium Book Plus", Charter, Georgia, "DejaVu Serif", serif;
          --sans: "Helvetica Neue", "Nimbus Sans", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
          color-scheme: light;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.55 var(--serif); }
        img { max-width: 100%; height: auto; }
        a { color: var(--red); text-underline-offset: 0.15em; }
        a:hover { color: var(--ink); }
        a:focus-visible, main:focus-visible {
          outline: 3px solid var(--ink);
          outline-offset: 2px;
          background: var(--focus);
          color: var(--ink);
          text-decoration: none;
          box-shadow: 0 0 0 6px var(--focus);
        }
        main:focus:not(:focus-visible) { outline: none; }
        .wrap { width: 100%; max-width: 76rem; margin: 0 auto; padding: 0 clamp(1rem, 4vw, 2.5rem); }
        .skip-link {
          position: absolute; left: 1rem; top: -10rem; z-index: 10;
          padding: 0.6rem 1rem; background: var(--focus); color: var(--ink); font: 700 1rem var(--sans);
        }
        .skip-link:focus { top: 1rem; }
        .masthead { background: var(--ink); color: var(--paper); border-top: 0.5rem solid var(--red); padding: 2.25rem 0 1.75rem; }
        .masthead .publisher {
          margin: 0 0 0.35rem; font: 700 0.8125rem/1.3 var(--sans); letter-spacing: 0.14em; text-transform: uppercase; color: #f2b8b2;
        }
        .masthead h1 {
          margin: 0; font: 800 clamp(2.25rem, 7vw, 4rem)/1.02 var(--sans); letter-spacing: -0.02em; overflow-wrap: anywhere;
        }
        .masthead .summary { margin: 0.75rem 0 0; max-width: 38em; font-size: 1.0625rem; color: #e9e2d8; }
        .series-nav ul { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 1.25rem 0 0; padding: 0; list-style: none; }
        .series-nav a {
          display: inline-block; padding: 0.4rem 0.8rem; border: 1px solid #8d837a; border-radius: 2rem;
          color: var(--paper); font: 600 0.875rem/1.3 var(--sans); text-decoration: none;
        }
        .series-nav a:hover { border-color: var(--paper); color: var(--paper); text-decoration: underline; }
        main.wrap { display: block; padding-top: 1rem; padding-bottom: 3.5rem; }
        .series { margin-top: 2.5rem; }
        .series h2 {
          margin: 0 0 1.25rem; padding-top: 0.6rem; border-top: 3px solid var(--ink);
          font: 800 0.9375rem/1.3 var(--sans); letter-spacing: 0.1em; text-transform: uppercase;
        }
        .series h2 .count { margin-left: 0.4rem; font-weight: 400; letter-spacing: 0.04em; text-transform: none; color: var(--muted); }
        .entries {
          display: grid; gap: 1.5rem; margin: 0; padding: 0; list-style: none;
          grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr));
        }
        .entries > li { display: flex; }
        .entry {
          display: grid; flex: 1; align-content: start; gap: 0 clamp(1rem, 3vw, 1.5rem);
          grid-template-columns: minmax(5.5rem, 26%) minmax(0, 1fr);
          grid-template-areas: "cover head" "cover body";
          padding: clamp(1rem, 3vw, 1.5rem); background: var(--card); border: 1px solid var(--rule); border-radius: 0.25rem;
        }
        .cover { grid-area: cover; }
        .head { grid-area: head; min-width: 0; }
        .body { grid-area: body; min-width: 0; }
        .cover img, .cover-stand-in {
          display: block; width: 100%; border-radius: 2px;
          box-shadow: 0 1px 2px rgba(31, 27, 23, 0.25), 0 6px 16px rgba(31, 27, 23, 0.14);
        }
        .cover img { height: auto; background: #ece5da; }
        .cover-stand-in {
          display: flex; flex-direction: column; justify-content: space-between; gap: 0.5rem;
          aspect-ratio: 1 / 1.414; padding: 0.7rem 0.6rem; overflow: hidden; overflow-wrap: anywhere;
          background: #efe7da; border-top: 0.9rem solid var(--band, var(--red)); color: var(--ink);
        }
        .cover-stand-in .name { font: 800 clamp(0.75rem, 2.2vw, 0.9375rem)/1.12 var(--sans); }
        .cover-stand-in .by { font: 600 0.6875rem/1.2 var(--sans); }
        .head hgroup { margin: 0; }
        .head h3 { margin: 0; font: 700 1.3125rem/1.2 var(--serif); overflow-wrap: break-word; }
        .subtitle { margin: 0.2rem 0 0; font-style: italic; line-height: 1.3; color: var(--muted); }
        .author { margin: 0.5rem 0 0; font: 600 1rem/1.35 var(--sans); }
        .credits { margin: 0.15rem 0 0; font: 0.875rem/1.4 var(--sans); color: var(--muted); }
        .facts { margin: 0.35rem 0 0; font: 0.875rem/1.4 var(--sans); color: var(--muted); }
        .facts .series-name { color: var(--red); font-weight: 600; }
        .description { margin: 0.75rem 0 0; }
        .subjects { margin: 0.5rem 0 0; font: 0.8125rem/1.4 var(--sans); color: var(--muted); }
        .subjects .label { font-weight: 700; }
        .downloads { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 1rem 0 0; padding: 0; list-style: none; }
        .downloads a {
          display: inline-block; min-height: 2.5rem; padding: 0.55rem 0.85rem;
          border: 1.5px solid var(--ink); border-radius: 0.25rem; color: var(--ink);
          font: 700 0.875rem/1.25 var(--sans); text-decoration: none;
        }
        .downloads li:first-child a { background: var(--red); border-color: var(--red); color: #ffffff; }
        .downloads a:hover, .downloads li:first-child a:hover { background: var(--ink); border-color: var(--ink); color: var(--paper); }
        .downloads a:focus-visible, .downloads li:first-child a:focus-visible { background: var(--focus); border-color: var(--ink); color: var(--ink); }
        .size { font-weight: 400; white-space: nowrap; }
        .print-files { margin: 0.9rem 0 0; padding: 0.6rem 0 0; border-top: 1px dashed var(--rule); font: 0.875rem/1.4 var(--sans); }
        .print-label { margin: 0 0 0.2rem; font-weight: 700; font-size: 0.75rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
        .print-files ul { margin: 0; padding: 0; list-style: none; }
        .print-files li { margin: 0.3rem 0; }
        .print-files a { text-decoration: none; }
        .print-files .format { font-weight: 600; text-decoration: underline; text-underline-offset: 0.15em; }
        .print-files .size { color: var(--muted); }
        .print-files a:focus-visible .size { color: var(--ink); }
        .visually-hidden {
          position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
          clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
        }
        .unavailable, .empty { font-style: italic; color: var(--muted); }
        .colophon { border-top: 1px solid var(--rule); padding: 1.5rem 0 2.5rem; font: 0.875rem/1.5 var(--sans); color: var(--muted); }
        .colophon p { margin: 0.25rem 0; }
        @media (max-width: 28rem) {
          body { font-size: 1rem; }
          .entry { grid-template-columns: 5.5rem minmax(0, 1fr); grid-template-areas: "cover head" "body body"; }
          .body { margin-top: 0.25rem; }
          .head h3 { font-size: 1.1875rem; }
          .downloads a { min-height: 2.75rem; }
        }
        @media print {
          .skip-link, .series-nav { display: none; }
          .masthead { background: none; color: var(--ink); }
          .entry { break-inside: avoid; }
        }
        """;
}
