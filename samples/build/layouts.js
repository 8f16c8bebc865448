'use strict';
// Page templates for the four fictional outlets. Each mirrors the markup habits
// of a real kind of news site, boilerplate included, so the cleaner is tested on
// the clutter it meets in the wild. {{ORIGIN}} is substituted by the demo server.

const O = '{{ORIGIN}}';

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Each outlet's own domain (reserved .example names): canonical links and og:url
// point there, as a publisher's pages do wherever they are served from. Record ids
// derive from the canonical URL, so they stay the same whatever port the demo uses.
const DOMAINS = {
  standalone: 'https://www.standalone.example',
  ledger: 'https://www.globeledger.example',
  nbn: 'https://www.nbn.example',
  courier: 'https://millbrookcourier.example',
};

function url(story) {
  return `${DOMAINS[story.publisher]}${story.path.replace(/^\/[a-z]+/, '')}`;
}

function jsonLd(story, publisherName, logo) {
  const authors = story.authors.length
    ? story.authors.map((n) => ({ '@type': 'Person', name: n }))
    : [{ '@type': 'Organization', name: 'Associated Press' }];
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    description: story.standfirst || story.body[0].slice(0, 160),
    datePublished: story.publishedAt,
    dateModified: story.updatedAt || story.publishedAt,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url(story) },
    author: authors,
    publisher: { '@type': 'Organization', name: publisherName, logo: { '@type': 'ImageObject', url: `${O}${logo}` } },
    articleSection: story.section,
    keywords: story.tags.join(','),
    isAccessibleForFree: true,
  };
  // JSON-LD must not be able to close its own script element.
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

function ogMeta(story, siteName) {
  return [
    `<meta property="og:site_name" content="${esc(siteName)}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${esc(story.headline)}">`,
    `<meta property="og:description" content="${esc(story.standfirst || story.body[0].slice(0, 160))}">`,
    `<meta property="og:url" content="${url(story)}">`,
    `<meta property="og:image" content="${O}/static/img/share-default.png">`,
    `<meta property="article:published_time" content="${story.publishedAt}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
  ].join('\n  ');
}

function shareButtons(cls) {
  return `<ul class="${cls}" aria-label="Share this article">
        <li><a href="https://twitter.example/intent/tweet" class="share-twitter">Share on X</a></li>
        <li><a href="https://facebook.example/sharer" class="share-facebook">Share on Facebook</a></li>
        <li><a href="mailto:?subject=Read%20this" class="share-email">Email</a></li>
        <li><button type="button" class="share-copy">Copy link</button></li>
      </ul>`;
}

// ---------------------------------------------------------------- The Standalone

function standalone(story) {
  const dateHtml = story.timeEl
    ? `<time datetime="${story.publishedAt}">${esc(story.display)}</time>`
    : `<span class="sc-date">${esc(story.display)}</span>`;
  const paras = story.body.map((p) => `<p>${esc(p)}</p>`);
  // The donation prompt sits inside the article body after the first paragraph, as on the real layout.
  paras.splice(1, 0, `<div class="donation-prompt" data-component="support-us">
          <h3>Your support helps us to tell the story</h3>
          <p>From climate change to the cost of living, our reporters are on the ground when the story is developing. We choose not to lock our journalism behind a paywall, because we believe it should be available to everyone.</p>
          <p>Your donation allows us to keep sending reporters to speak to all sides of the story.</p>
          <a class="donation-button" href="${O}/standalone/donate">Support now</a>
        </div>`);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(story.headline)} | The Standalone</title>
  <meta name="description" content="${esc(story.standfirst)}">
  <link rel="canonical" href="${url(story)}">
  ${story.og ? ogMeta(story, 'The Standalone') : ''}
  ${story.og ? `<meta property="article:section" content="${esc(story.section)}">` : ''}
  ${story.jsonLd ? jsonLd(story, 'The Standalone', '/standalone/img/logo.png') : ''}
  <link rel="stylesheet" href="${O}/standalone/css/main.css">
  <script>window.__standaloneConfig = {"section":"${esc(story.section)}","ads":true};</script>
</head>
<body class="article-page">
  <div id="notifications-prompt" class="prompt" role="dialog" aria-label="Notifications">
    <p>Stay up to date with notifications from The Standalone</p>
    <p>Notifications can be managed in browser preferences.</p>
    <button type="button">Not now</button> <button type="button">Yes please</button>
  </div>
  <div id="cookie-consent" class="consent-banner" role="dialog" aria-label="Cookie consent">
    <p>We and our partners use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time via Privacy settings.</p>
    <button type="button">I accept</button> <button type="button">Manage choices</button>
  </div>
  <header class="site-header">
    <a class="logo" href="${O}/standalone/">The Standalone</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="${O}/standalone/news/uk">UK</a></li>
        <li><a href="${O}/standalone/news/world">World</a></li>
        <li><a href="${O}/standalone/news/uk/politics">Politics</a></li>
        <li><a href="${O}/standalone/climate-change">Climate</a></li>
        <li><a href="${O}/standalone/news/business">Business</a></li>
        <li><a href="${O}/standalone/sport">Sport</a></li>
        <li><a href="${O}/standalone/voices">Voices</a></li>
        <li><a href="${O}/standalone/donate">Support us</a></li>
      </ul>
    </nav>
    <a class="login" href="${O}/standalone/login">Log in</a> <a class="register" href="${O}/standalone/register">Register</a>
  </header>
  <div class="ad-slot leaderboard" aria-hidden="true">Advertisement</div>
  <main id="main">
    <article class="sc-article">
      <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="${O}/standalone/news">News</a> <a href="${O}/standalone/news/world">World</a> <a href="#">${esc(story.section)}</a></nav>
      <header class="sc-article-header">
        <h1 class="headline">${esc(story.headline)}</h1>
        <h2 class="standfirst">${esc(story.standfirst)}</h2>
        <div class="sc-byline-block">
          <span class="author">${esc(story.credit)}</span>
          ${dateHtml}
        </div>
        ${shareButtons('sc-share')}
      </header>
      <div id="main-content" class="sc-body">
        ${paras.join('\n        ')}
        ${story.sign ? `<p>___</p>\n        <p>${esc(story.sign)}</p>` : ''}
      </div>
      <section class="more-about" aria-label="More about">
        <h3>More about</h3>
        <ul>${story.tags.map((t) => `<li><a href="${O}/standalone/topic/${encodeURIComponent(t.toLowerCase())}">${esc(t)}</a></li>`).join('')}</ul>
      </section>
      <section class="comments-cta">
        <h3>Join our commenting forum</h3>
        <p>Join thought-provoking conversations, follow other readers and see their replies.</p>
        <a href="${O}/standalone/register">Register to comment</a>
      </section>
    </article>
    <aside class="most-popular" aria-label="Most popular">
      <h3>Most popular</h3>
      <ol>
        <li><a href="${O}/standalone/news/uk/home-news/trains-strike-dates">Every rail strike date you need to know this month</a></li>
        <li><a href="${O}/standalone/life-style/food-and-drink/best-roast-potatoes">The secret to the crispiest roast potatoes</a></li>
        <li><a href="${O}/standalone/news/world/americas/hurricane-season-forecast">Forecasters warn of busy hurricane season</a></li>
      </ol>
    </aside>
    <aside class="newsletter-signup">
      <h3>Sign up to our free Morning Headlines email</h3>
      <form action="${O}/standalone/newsletters" method="post"><label>Email address <input type="email" name="email"></label> <button>Sign up</button></form>
      <p class="small">I would like to be emailed about offers, events and updates from The Standalone. Read our privacy notice.</p>
    </aside>
  </main>
  <div id="register-modal" hidden>
    <p>Thank you for registering</p>
    <p>Please refresh the page or navigate to another page on the site to be automatically logged in</p>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="${O}/standalone/about">About us</a></li><li><a href="${O}/standalone/contact">Contact us</a></li>
      <li><a href="${O}/standalone/privacy">Privacy notice</a></li><li><a href="${O}/standalone/cookies">Cookie policy</a></li>
      <li><a href="${O}/standalone/syndication">Syndication</a></li><li><a href="${O}/standalone/jobs">Jobs</a></li>
    </ul>
    <p>\u00a9 2026 The Standalone. All rights reserved.</p>
  </footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------- The Globe Ledger

function ledger(story) {
  const byline = `By ${story.authors.map((a) => `<a href="${O}/ledger/authors/${a.toLowerCase().replace(/\W+/g, '-')}/" rel="author">${esc(a)}</a>`).join(' and ')}`;
  const updated = story.updatedAt
    ? `<span class="date-line__updated">Updated <time datetime="${story.updatedAt}">${esc(new Date(story.updatedAt).toUTCString())}</time></span>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${esc(story.headline)} | The Globe Ledger</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="${esc(story.body[0].slice(0, 155))}">
  <link rel="canonical" href="${url(story)}">
  ${story.og ? ogMeta(story, 'The Globe Ledger') : ''}
  <meta name="article:author" content="${esc(story.authors.join(', '))}">
  ${story.jsonLd ? jsonLd(story, 'The Globe Ledger', '/ledger/img/ledger-logo.svg') : ''}
  <link rel="stylesheet" href="${O}/ledger/static/app.css">
</head>
<body>
  <div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner">
    <p>By clicking \u201cAccept All Cookies\u201d, you agree to the storing of cookies on your device to enhance site navigation, analyse site usage, and assist in our marketing efforts.</p>
    <button id="onetrust-accept-btn-handler">Accept All Cookies</button><button>Cookies Settings</button>
  </div>
  <header class="site-header__container">
    <a href="${O}/ledger/" class="site-header__logo">The Globe Ledger</a>
    <nav class="site-header__nav" aria-label="Sections">
      <a href="${O}/ledger/world/">World</a><a href="${O}/ledger/business/">Business</a><a href="${O}/ledger/markets/">Markets</a>
      <a href="${O}/ledger/sustainability/">Sustainability</a><a href="${O}/ledger/legal/">Legal</a><a href="${O}/ledger/breakingviews/">Breakingviews</a>
      <a href="${O}/ledger/technology/">Technology</a><a href="${O}/ledger/sports/">Sports</a>
    </nav>
    <a class="site-header__button" href="${O}/ledger/account/register/">Register</a>
  </header>
  <main id="main-content" class="regular-article-layout">
    <article class="article__container">
      <header class="article-header__container">
        <nav class="article-header__tags" aria-label="Tags">
          <a href="${O}/ledger/${story.section.toLowerCase().replace(/\W+/g, '-')}/">${esc(story.section)}</a>
        </nav>
        <h1 data-testid="Heading" class="article-header__heading">${esc(story.headline)}</h1>
        <div class="article-header__byline">
          <div class="info-content__author-date">${byline}</div>
          <div class="date-line__date-container">
            <time datetime="${story.publishedAt}" class="date-line__date">${esc(story.display)}</time>
            ${updated}
          </div>
        </div>
        ${shareButtons('article-header__share')}
      </header>
      <div class="article-body__content">
        ${story.body.map((p, i) => `<p data-testid="paragraph-${i}" class="text__text article-body__paragraph">${esc(p)}</p>`).join('\n        ')}
        <p class="article-body__reporting-credit">${esc(story.reporting)}</p>
        <p class="trust-badge"><a href="${O}/ledger/info-pages/standards/">Our Standards: The Globe Ledger Trust Principles.</a></p>
      </div>
      <aside class="newsletter-promo" aria-label="Newsletter">
        <h2>Get the Daily Briefing</h2>
        <p>All the day\u2019s top stories in your inbox every morning.</p>
        <a href="${O}/ledger/newsletters/">Sign up</a>
      </aside>
      <section class="read-next" aria-label="Read next">
        <h2>Read Next</h2>
        <ul>
          <li><a href="${O}/ledger/markets/global-markets-wrapup-1/">Global markets wrap: stocks edge higher as traders eye central banks</a></li>
          <li><a href="${O}/ledger/business/energy/oil-prices-weekly/">Oil set for weekly gain on supply worries</a></li>
          <li><a href="${O}/ledger/world/diplomacy-summit-preview/">Leaders gather for summit under shadow of war</a></li>
        </ul>
      </section>
      <section class="sponsored" aria-label="Sponsored content">
        <h2>Sponsored Content</h2>
        <a href="https://ads.example/click?id=12">Five ways to future-proof your retirement savings</a>
      </section>
    </article>
  </main>
  <footer class="site-footer">
    <nav aria-label="Footer">
      <a href="${O}/ledger/info-pages/about-us/">About Us</a><a href="${O}/ledger/info-pages/careers/">Careers</a>
      <a href="${O}/ledger/info-pages/privacy/">Privacy</a><a href="${O}/ledger/info-pages/terms/">Terms of Use</a>
      <a href="${O}/ledger/info-pages/accessibility/">Accessibility</a>
    </nav>
    <p>All quotes delayed a minimum of 15 minutes.</p>
    <p>\u00a9 2026 The Globe Ledger. All rights reserved</p>
  </footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------- NBN News

function nbn(story) {
  if (story.archive) return nbnArchive(story);
  const dateHtml = story.timeEl
    ? `<time datetime="${story.publishedAt.replace('Z', '.000Z')}">${esc(story.display)}</time>`
    : `<span class="date-stamp">${esc(story.display)}</span>`;
  const names = story.authors.map(esc).join(' &amp; ');
  const blocks = story.body.map((p) => `<div data-component="text-block"><p>${esc(p)}</p></div>`);
  blocks.splice(2, 0, `<figure data-component="image-block">
          <img src="${O}/nbn/img/${story.path.split('-').pop()}.jpg" alt="" width="976" height="549">
          <span class="visually-hidden">Image source, </span><span class="copyright">Getty Images</span>
          <figcaption><span class="visually-hidden">Image caption, </span>File picture</figcaption>
        </figure>`);
  return `<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
  <meta charset="utf-8">
  <title>${esc(story.headline)} - NBN News</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="${esc(story.body[0].slice(0, 155))}">
  <link rel="canonical" href="${url(story)}">
  ${story.og ? ogMeta(story, 'NBN News') : ''}
  ${story.jsonLd ? jsonLd(story, 'NBN News', '/nbn/img/nbn-news-logo.png') : ''}
</head>
<body>
  <div id="nbn-cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on NBN">
    <h2>Let us know you agree to cookies</h2>
    <p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
    <button type="button">Yes, I agree</button> <a href="${O}/nbn/usingthenbn/cookies/">No, take me to settings</a>
  </div>
  <header class="nbn-masthead">
    <a href="${O}/nbn/" class="nbn-logo">NBN</a>
    <nav aria-label="NBN"><a href="${O}/nbn/">Home</a><a href="${O}/nbn/news">News</a><a href="${O}/nbn/sport">Sport</a><a href="${O}/nbn/weather">Weather</a><a href="${O}/nbn/player">Player</a><a href="${O}/nbn/sounds">Sounds</a></nav>
    <nav aria-label="News sections"><a href="${O}/nbn/news/uk">UK</a><a href="${O}/nbn/news/world">World</a><a href="${O}/nbn/news/business">Business</a><a href="${O}/nbn/news/politics">Politics</a><a href="${O}/nbn/news/technology">Tech</a><a href="${O}/nbn/news/science">Science</a></nav>
  </header>
  <div id="main-wrapper">
    <main id="main-content" role="main">
      <article>
        <header data-component="headline-block"><h1 id="main-heading">${esc(story.headline)}</h1></header>
        <div data-component="byline-block">
          ${dateHtml}
          ${names ? `<div class="byline"><span class="visually-hidden">By </span><span class="byline-name">By ${names}</span><span class="byline-role">${esc(story.role || '')}</span></div>` : ''}
        </div>
        <button type="button" class="share-tools">Share</button>
        ${blocks.join('\n        ')}
        <section data-component="tag-list" aria-label="Related Topics"><h2>Related Topics</h2><ul>${story.tags.map((t) => `<li><a href="${O}/nbn/news/topics/${encodeURIComponent(t)}">${esc(t)}</a></li>`).join('')}</ul></section>
        ${(story.related || []).length ? `<section data-component="links-block" aria-label="More on this story"><h2>More on this story</h2><ul>${story.related.map((r, i) => `<li><a href="${O}/nbn/news/related-${i}">${esc(r)}</a></li>`).join('')}</ul></section>` : ''}
      </article>
      <aside aria-label="Top stories" class="top-stories">
        <h2>Top Stories</h2>
        <ul>
          <li><a href="${O}/nbn/news/uk-politics-1">Ministers set out plans ahead of autumn statement</a></li>
          <li><a href="${O}/nbn/news/science-environment-2">Scientists track record ocean temperatures</a></li>
        </ul>
        <h2>Features</h2>
        <ul><li><a href="${O}/nbn/news/features-3">The village that rebuilt its own broadband</a></li></ul>
        <h2>Most Read</h2>
        <ol><li><a href="${O}/nbn/news/most-read-1">Motorists warned over new parking charges</a></li></ol>
      </aside>
    </main>
  </div>
  <footer class="nbn-footer">
    <nav aria-label="Footer"><a href="${O}/nbn/aboutthenbn">About the NBN</a><a href="${O}/nbn/usingthenbn/privacy/">Privacy Policy</a><a href="${O}/nbn/usingthenbn/cookies/">Cookies</a><a href="${O}/nbn/accessibility/">Accessibility Help</a><a href="${O}/nbn/contact/">Contact the NBN</a></nav>
    <p>Copyright \u00a9 2026 NBN. The NBN is not responsible for the content of external sites. <a href="${O}/nbn/editorialguidelines/">Read about our approach to external linking.</a></p>
  </footer>
</body>
</html>
`;
}

// The broadcaster's pre-2010 archive pages: table layout, no metadata, visible date line only.
function nbnArchive(story) {
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=utf-8">
<title>NBN NEWS | ${esc(story.section)} | ${esc(story.headline)}</title>
<meta name="Headline" content="${esc(story.headline)}">
<meta name="Section" content="${esc(story.section)}">
</head>
<body marginwidth="0" marginheight="0" leftmargin="0" topmargin="0">
<table width="770" cellpadding="0" cellspacing="0" border="0">
<tr><td class="banner"><a href="${O}/nbn/">NBN NEWS</a> | <a href="${O}/nbn/news/">News Front Page</a> | <a href="${O}/nbn/news/hi/world/">World</a> | <a href="${O}/nbn/news/hi/uk/">UK</a> | <a href="${O}/nbn/news/hi/business/">Business</a> | <a href="${O}/nbn/news/hi/technology/">Technology</a></td></tr>
<tr><td class="lu">Last Updated: ${esc(story.display)}</td></tr>
<tr><td>
<table cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" width="416">
<div class="mxb"><h1>${esc(story.headline)}</h1></div>
<font size="2"><b>${esc(story.body[0])}</b></font>
${story.body.slice(1).map((p) => `<p>${esc(p)}</p>`).join('\n')}
<!-- E BO -->
<div class="sharebox"><a href="${O}/nbn/news/email?story=${encodeURIComponent(story.path)}">E-mail this to a friend</a> | <a href="${O}/nbn/news/print${story.path}">Printable version</a></div>
</td>
<td valign="top" width="200" class="sidebar">
<div class="sih">SEE ALSO</div>
<div class="arr"><a href="${O}/nbn/news/hi/europe/6645789.stm">Estonia removes Soviet memorial</a></div>
<div class="arr"><a href="${O}/nbn/news/hi/europe/6635689.stm">Tallinn tense after deadly riots</a></div>
<div class="sih">RELATED INTERNET LINKS</div>
<div class="arr"><a href="https://government.example.ee/">Estonian government</a></div>
<div class="disclaim">The NBN is not responsible for the content of external internet sites</div>
<div class="sih">TOP EUROPE STORIES</div>
<div class="arr"><a href="${O}/nbn/news/hi/europe/6666001.stm">French president names new cabinet</a></div>
</td></tr></table>
</td></tr>
<tr><td class="footer"><a href="${O}/nbn/news/help">Help</a> | <a href="${O}/nbn/feedback">Feedback</a> | <a href="${O}/nbn/terms">Terms of Use</a> | <a href="${O}/nbn/privacy">Privacy</a> <br>\u00a9 MMVII</td></tr>
</table>
</body>
</html>
`;
}

// ---------------------------------------------------------------- The Millbrook Courier (WordPress)

function courier(story) {
  const slug = story.path.split('/').filter(Boolean).pop();
  const d = new Date(story.publishedAt);
  const localIso = new Date(d.getTime() - 5 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, '-05:00');
  const dateHtml = story.timeEl
    ? `<time class="entry-date published" datetime="${localIso}">${esc(story.display)}</time>`
    : `<span class="entry-date">${esc(story.display)}</span>`;
  const author = story.authors[0];
  const graph = story.jsonLd
    ? `<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': 'NewsArticle',
            '@id': `${url(story)}#article`,
            isPartOf: { '@id': url(story) },
            author: story.authors.map((n) => ({ '@type': 'Person', name: n })),
            headline: story.headline,
            datePublished: localIso,
            dateModified: localIso,
            publisher: { '@id': `${O}/courier/#organization` },
            articleSection: [story.section],
            inLanguage: 'en-US',
          },
          { '@type': 'WebPage', '@id': url(story), url: url(story), name: `${story.headline} - The Millbrook Courier` },
          { '@type': 'Organization', '@id': `${O}/courier/#organization`, name: 'The Millbrook Courier' },
        ],
      }).replace(/</g, '\\u003c')}</script>`
    : '';
  const comments = story.comments || [];
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(story.headline)} &#8211; The Millbrook Courier</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="${url(story)}">
${story.og ? ogMeta(story, 'The Millbrook Courier') : ''}
${graph}
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="twentytwentyone-style-css" href="${O}/courier/wp-content/themes/courier/style.css?ver=1.9" media="all">
<script src="${O}/courier/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-${slug.length * 97} single-format-standard wp-embed-responsive">
<div id="page" class="site">
  <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
  <div class="cookie-notice-container" id="cn-notice-text">We use cookies to ensure that we give you the best experience on our website. <a href="#" id="cn-accept-cookie">Ok</a> <a href="${O}/courier/privacy-policy/">Privacy policy</a></div>
  <header id="masthead" class="site-header">
    <div class="site-branding">
      <p class="site-title"><a href="${O}/courier/" rel="home">The Millbrook Courier</a></p>
      <p class="site-description">News for Millbrook and the Cedar Valley since 1911</p>
    </div>
    <nav id="site-navigation" class="primary-navigation" aria-label="Primary menu">
      <ul id="primary-menu-list" class="menu-wrapper">
        <li class="menu-item"><a href="${O}/courier/">Home</a></li>
        <li class="menu-item"><a href="${O}/courier/category/local-news/">Local News</a></li>
        <li class="menu-item"><a href="${O}/courier/category/world/">World</a></li>
        <li class="menu-item"><a href="${O}/courier/category/sports/">Sports</a></li>
        <li class="menu-item"><a href="${O}/courier/category/obituaries/">Obituaries</a></li>
        <li class="menu-item"><a href="${O}/courier/e-edition/">E-Edition</a></li>
        <li class="menu-item"><a href="${O}/courier/subscribe/">Subscribe</a></li>
      </ul>
    </nav>
  </header>
  <div id="content" class="site-content">
    <div id="primary" class="content-area">
      <main id="main" class="site-main">
        <article id="post-${slug.length * 97}" class="post type-post status-publish format-standard hentry category-${story.section.toLowerCase().replace(/\W+/g, '-')}">
          <header class="entry-header">
            <span class="cat-links"><a href="${O}/courier/category/${story.section.toLowerCase().replace(/\W+/g, '-')}/" rel="category tag">${esc(story.section)}</a></span>
            <h1 class="entry-title">${esc(story.headline)}</h1>
            <div class="entry-meta">
              <span class="posted-on">Posted on ${dateHtml}</span>
              <span class="byline"> by <span class="author vcard"><a class="url fn n" href="${O}/courier/author/${author.toLowerCase().replace(/\W+/g, '-')}/">${esc(story.authors.join(' and '))}</a></span></span>
            </div>
          </header>
          <div class="entry-content">
            ${story.body.map((p) => `<p>${esc(p)}</p>`).join('\n            ')}
            <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>${shareButtons('sd-content')}</div>
            <div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><span>Like Loading...</span></div>
            <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
              <p><a href="${O}/courier/2023/11/02/county-board-approves-new-it-budget/">County board approves new IT budget</a></p>
              <p><a href="${O}/courier/2024/01/18/library-adds-evening-hours/">Library adds evening hours</a></p>
            </div>
          </div>
          <footer class="entry-footer">
            <span class="tags-links">Tagged ${story.tags.map((t) => `<a href="${O}/courier/tag/${encodeURIComponent(t.toLowerCase())}/" rel="tag">${esc(t)}</a>`).join(', ')}</span>
          </footer>
        </article>
        <nav class="navigation post-navigation" aria-label="Posts">
          <div class="nav-previous"><a href="${O}/courier/2015/12/30/holiday-food-drive-tops-goal/" rel="prev"><span class="meta-nav">Previous post</span> Holiday food drive tops goal</a></div>
          <div class="nav-next"><a href="${O}/courier/2016/01/07/wildcats-win-in-overtime/" rel="next"><span class="meta-nav">Next post</span> Wildcats win in overtime</a></div>
        </nav>
        <div id="comments" class="comments-area">
          ${comments.length ? `<h2 class="comments-title">${comments.length} thought${comments.length > 1 ? 's' : ''} on &ldquo;${esc(story.headline)}&rdquo;</h2>
          <ol class="comment-list">
            ${comments.map((c, i) => `<li id="comment-${i + 101}" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${esc(c.who)}</b> <span class="says">says:</span> <time>${esc(c.when)}</time></footer><div class="comment-content"><p>${esc(c.text)}</p></div><a class="comment-reply-link" href="#respond">Reply</a></article></li>`).join('\n            ')}
          </ol>` : ''}
          <div id="respond" class="comment-respond">
            <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
            <form action="${O}/courier/wp-comments-post.php" method="post" id="commentform">
              <p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
              <p><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p>
              <p><input name="submit" type="submit" value="Post Comment"></p>
            </form>
          </div>
        </div>
      </main>
    </div>
    <aside id="secondary" class="widget-area" aria-label="Sidebar">
      <section class="widget widget_newsletter"><h2 class="widget-title">Get the Courier in your inbox</h2><p>Our free newsletter arrives every weekday at 6 a.m.</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form></section>
      <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="${O}/courier/2024/03/02/school-board-recap/">School board recap: bus routes and budgets</a></li><li><a href="${O}/courier/2024/03/02/weekend-weather/">Weekend weather: rain, then sun</a></li></ul></section>
      <section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="${O}/courier/2024/03/">March 2024</a></li><li><a href="${O}/courier/2024/02/">February 2024</a></li></ul></section>
      <section class="widget widget_text"><h2 class="widget-title">Support local journalism</h2><p>Subscriptions start at $1 a week. Your support keeps reporters at city hall.</p></section>
    </aside>
  </div>
  <footer id="colophon" class="site-footer">
    <div class="site-info">&copy; 2026 The Millbrook Courier, 114 Main St., Millbrook. <a href="https://wordpress.example/">Proudly powered by WordPress</a></div>
  </footer>
</div>
<script src="${O}/courier/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
`;
}

module.exports = { standalone, ledger, nbn, courier, esc, canonicalUrl: url };
