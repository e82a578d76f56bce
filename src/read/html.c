/*
 * html.c - HTML article pages (KHALDUN_FMT_HTML) and the HTML-to-text step shared with rss.c.
 * A page is parsed with libxml2's forgiving HTML parser (no network, no error output). Its main
 * text is the first of: an itemprop=articleBody element; the largest element whose class or id
 * names the post body ("post-body", "entry-content", "article-body"...); the largest <article>;
 * the element holding most paragraph text; <main>; <body>. Scripts, navigation, forms, asides,
 * headers and footers, and elements whose class or id says comments, share bars, sidebars or
 * related links are dropped; so are boilerplate lines. The date comes from meta tags
 * (article:published_time, datePublished, DC.date...), JSON-LD, <time datetime> or a blog's date
 * header; the story id is the canonical URL when the page gives one, else the file name.
 * Invariant: the tree walk is bounded (HTML_MAX_DEPTH); text is valid UTF-8, one paragraph a line.
 */
#include "read/html.h"
#include "read/reader.h"
#include "base/boilerplate.h"
#include "base/date.h"
#include "read/xml_lib.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define HTML_MAX_DEPTH 1000

/* ---------------------------------------------------------------- node helpers */

static int is(const xmlNode *nd, const char *name)
{
	return nd->type == XML_ELEMENT_NODE && nd->name &&
	       !strcasecmp((const char *)nd->name, name);
}

/* The value of attribute `name`, borrowed from the tree, or NULL. */
static const char *attr(const xmlNode *nd, const char *name)
{
	if (nd->type != XML_ELEMENT_NODE)
		return NULL;
	for (const xmlAttr *a = nd->properties; a; a = a->next)
		if (a->name && !strcasecmp((const char *)a->name, name))
			return a->children && a->children->content
				? (const char *)a->children->content : "";
	return NULL;
}

/* 1 when s contains w, ignoring ASCII case. */
static int has(const char *s, const char *w)
{
	size_t n = strlen(w);
	for (; s && *s; s++)
		if (!strncasecmp(s, w, n))
			return 1;
	return 0;
}

static const char *const dropped_tags[] = {
	"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
	"svg", "button", "select", "textarea", "template", "object", "embed", "input", "label",
	"menu", "figure", "canvas", "video", "audio", "map", "head", NULL
};

/* class/id words of the parts of a page that are not the story */
static const char *const dropped_words[] = {
	"comment", "sidebar", "share", "social", "related", "widget", "breadcrumb", "advert",
	"promo", "cookie", "subscribe", "newsletter", "footer", "navbar", "menu", "pager",
	"popup", "modal", "banner", "masthead", "feed-link", "byline", "author", "caption",
	"credit", "skip", "hidden", "toolbar", "signup", "outbrain", "taboola", "disqus",
	"recommend", "most-read", "trending", "post-labels", "tags", "blog-pager", NULL
};

/* class/id words of the story's body */
static const char *const body_words[] = {
	"post-body", "entry-content", "article-body", "article__body", "articlebody",
	"story-body", "story-content", "article-content", "post-content", "main-content",
	"content-body", "body-text", NULL
};

static int any_word(const char *s, const char *const *words)
{
	if (!s)
		return 0;
	for (int i = 0; words[i]; i++)
		if (has(s, words[i]))
			return 1;
	return 0;
}

static int is_body_like(const xmlNode *nd)
{
	return any_word(attr(nd, "class"), body_words) || any_word(attr(nd, "id"), body_words);
}

/* 1 when the element and everything in it is not story text. */
static int dropped(const xmlNode *nd, int page)
{
	if (nd->type != XML_ELEMENT_NODE)
		return nd->type != XML_TEXT_NODE && nd->type != XML_CDATA_SECTION_NODE;
	for (int i = 0; dropped_tags[i]; i++)
		if (is(nd, dropped_tags[i]))
			return 1;
	if (!page)
		return 0;
	if (is(nd, "html") || is(nd, "body") || is(nd, "main") || is(nd, "article"))
		return 0;
	if (attr(nd, "hidden"))
		return 1;
	const char *v = attr(nd, "aria-hidden");
	if (v && !strcasecmp(v, "true"))
		return 1;
	v = attr(nd, "style");
	if (v && (has(v, "display:none") || has(v, "display: none")))
		return 1;
	v = attr(nd, "role");
	if (v && (!strcasecmp(v, "navigation") || !strcasecmp(v, "banner")
		  || !strcasecmp(v, "contentinfo") || !strcasecmp(v, "complementary")))
		return 1;
	if (is_body_like(nd))
		return 0;
	return any_word(attr(nd, "class"), dropped_words) ||
	       any_word(attr(nd, "id"), dropped_words);
}

static const char *const block_tags[] = {
	"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section",
	"article", "table", "tr", "td", "th", "pre", "dd", "dt", "dl", "hr", "main", "br",
	"address", "center", "figcaption", "body", NULL
};

static int is_block(const xmlNode *nd)
{
	for (int i = 0; block_tags[i]; i++)
		if (is(nd, block_tags[i]))
			return 1;
	return 0;
}

/* ---------------------------------------------------------------- text */

typedef struct {
	buf *out;
	int page;
	int space;      /* whitespace seen since the last character */
	int failed;
} text_ctx;

static void newline(text_ctx *t)
{
	t->space = 0;
	if (t->out->len && t->out->p[t->out->len - 1] != '\n' && buf_addc(t->out, '\n'))
		t->failed = 1;
}

static void add_text(text_ctx *t, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), run = 0, i = 0;
	buf *o = t->out;
	while (i <= n) {
		size_t ws = 0;
		if (i < n) {
			if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r' ||
			    p[i] == '\f')
				ws = 1;
			else if (p[i] == 0xC2 && i + 1 < n && p[i + 1] == 0xA0)
				ws = 2;   /* a no-break space */
			else {
				i++;
				continue;
			}
		}
		if (i > run) {
			if (t->space && o->len && o->p[o->len - 1] != '\n' && buf_addc(o, ' '))
				t->failed = 1;
			t->space = 0;
			if (utf8_repair(o, s + run, i - run))
				t->failed = 1;
		}
		if (i == n)
			break;
		t->space = 1;
		i += ws;
		run = i;
	}
}

static void walk_text(text_ctx *t, const xmlNode *nd, int depth)
{
	for (; nd && !t->failed; nd = nd->next) {
		if (nd->type == XML_TEXT_NODE || nd->type == XML_CDATA_SECTION_NODE) {
			if (nd->content)
				add_text(t, (const char *)nd->content);
			continue;
		}
		if (nd->type != XML_ELEMENT_NODE || dropped(nd, t->page) || depth > HTML_MAX_DEPTH)
			continue;
		if (t->page && is(nd, "h1"))
			continue;   /* the headline: the story's title, not its text */
		int block = is_block(nd);
		if (block)
			newline(t);
		walk_text(t, nd->children, depth + 1);
		if (block)
			newline(t);
	}
}

/* Visible text length under nd (bounded walk). */
static size_t text_len(const xmlNode *nd, int depth)
{
	size_t n = 0;
	for (; nd; nd = nd->next) {
		if (nd->type == XML_TEXT_NODE && nd->content)
			n += strlen((const char *)nd->content);
		else if (nd->type == XML_ELEMENT_NODE && !dropped(nd, 1) && depth < HTML_MAX_DEPTH)
			n += text_len(nd->children, depth + 1);
	}
	return n;
}

/* Moves the lines of `tmp` that are not boilerplate to `out`. */
static int keep_lines(buf *tmp, buf *out)
{
	const char *p = tmp->p ? tmp->p : "";
	size_t n = tmp->len, i = 0;
	while (i < n) {
		const char *e = memchr(p + i, '\n', n - i);
		size_t len = e ? (size_t)(e - (p + i)) : n - i;
		size_t a = i, b = i + len;
		while (a < b && p[a] == ' ')
			a++;
		while (b > a && p[b - 1] == ' ')
			b--;
		if (b > a && !boilerplate_line(p + a, b - a, BOILERPLATE_PAGE)) {
			if (out->len && out->p[out->len - 1] != '\n' && buf_addc(out, '\n'))
				return -1;
			if (buf_add(out, p + a, b - a))
				return -1;
		}
		i += len + 1;
	}
	return 0;
}

/* ---------------------------------------------------------------- main content and meta */

typedef struct {
	const xmlNode *article_body, *body_like, *article, *main, *body, *best_p_parent;
	size_t body_like_len, article_len, best_p_score;
	const xmlNode *h1, *title, *time, *date_header;
	long date;
	const char *og_title, *canonical, *og_url, *site;
} page_scan;

static const char *const date_keys[] = {
	"article:published_time", "og:published_time", "datepublished", "date", "dc.date",
	"dc.date.issued", "dcterms.created", "dcterms.date", "pubdate", "publishdate",
	"publish-date", "publish_date", "sailthru.date", "parsely-pub-date", "article.published",
	"citation_publication_date", "og:article:published_time", NULL
};

static void scan_meta(page_scan *s, const xmlNode *nd)
{
	const char *key = attr(nd, "property");
	if (!key)
		key = attr(nd, "name");
	if (!key)
		key = attr(nd, "itemprop");
	const char *val = attr(nd, "content");
	if (!key || !val)
		return;
	if (!s->date)
		for (int i = 0; date_keys[i]; i++)
			if (!strcasecmp(key, date_keys[i])) {
				s->date = date_parse_web(val, strlen(val));
				break;
			}
	if (!strcasecmp(key, "og:title") && !s->og_title)
		s->og_title = val;
	else if (!strcasecmp(key, "og:url") && !s->og_url)
		s->og_url = val;
	else if (!strcasecmp(key, "og:site_name") && !s->site)
		s->site = val;
}

/* JSON-LD: the first "datePublished": "..." in a script's text. */
static long json_ld_date(const char *s)
{
	const char *k = s ? strstr(s, "\"datePublished\"") : NULL;
	if (!k)
		return 0;
	k += 15;
	while (*k == ' ' || *k == '\t' || *k == '\n' || *k == ':')
		k++;
	if (*k != '"')
		return 0;
	k++;
	const char *e = strchr(k, '"');
	return e ? date_parse_web(k, (size_t)(e - k)) : 0;
}

/* Walks the page for meta data everywhere and for main-text candidates outside dropped parts
 * (`out` > 0: inside one). */
static void scan(page_scan *s, const xmlNode *nd, int depth, int out)
{
	for (; nd; nd = nd->next) {
		if (nd->type != XML_ELEMENT_NODE || depth > HTML_MAX_DEPTH)
			continue;
		if (is(nd, "meta")) {
			scan_meta(s, nd);
			continue;
		}
		if (is(nd, "link")) {
			const char *rel = attr(nd, "rel"), *href = attr(nd, "href");
			if (rel && href && *href && !strcasecmp(rel, "canonical") && !s->canonical)
				s->canonical = href;
			continue;
		}
		if (is(nd, "title") && !s->title) {
			s->title = nd;
			continue;
		}
		if (is(nd, "script")) {
			const char *type = attr(nd, "type");
			if (!s->date && type && has(type, "ld+json") && nd->children)
				s->date = json_ld_date((const char *)nd->children->content);
			continue;
		}
		if (is(nd, "time") && !s->time && attr(nd, "datetime"))
			s->time = nd;
		if (!s->date_header) {
			const char *cls = attr(nd, "class");
			if (cls &&
			    (has(cls, "date-header") || has(cls, "published") ||
			     has(cls, "post-date")
				    || has(cls, "entry-date")))
				s->date_header = nd;
		}
		if (out || dropped(nd, 1)) {
			scan(s, nd->children, depth + 1, 1);
			continue;
		}
		if (is(nd, "h1") && !s->h1)
			s->h1 = nd;
		if (is(nd, "body") && !s->body)
			s->body = nd;
		if (is(nd, "main") && !s->main)
			s->main = nd;
		const char *ip = attr(nd, "itemprop");
		if (ip && !strcasecmp(ip, "articleBody") && !s->article_body)
			s->article_body = nd;
		if (is_body_like(nd)) {
			size_t n = text_len(nd->children, depth);
			if (n > s->body_like_len) {
				s->body_like = nd;
				s->body_like_len = n;
			}
		} else if (is(nd, "article")) {
			size_t n = text_len(nd->children, depth);
			if (n > s->article_len) {
				s->article = nd;
				s->article_len = n;
			}
		}
		if (is(nd, "p") && nd->parent) {
			size_t n = text_len(nd->children, depth);
			if (n >= 25) {
				xmlNode *par = nd->parent;
				uintptr_t score = (uintptr_t)par->_private + n;
				par->_private = (void *)score;
				if (score > s->best_p_score) {
					s->best_p_score = score;
					s->best_p_parent = par;
				}
			}
		}
		scan(s, nd->children, depth + 1, 0);
	}
}

/* The element's text as one trimmed line, in the arena. */
static const char *flat_text(const xmlNode *nd, arena *a)
{
	buf b;
	buf_init(&b, 4096);
	text_ctx t = { &b, 0, 0, 0 };
	walk_text(&t, nd->children, 0);
	for (size_t i = 0; i < b.len; i++)
		if (b.p[i] == '\n')
			b.p[i] = ' ';
	const char *r = b.len ? arena_strndup(a, b.p, b.len) : NULL;
	buf_free(&b);
	return r;
}

static const char *dup(arena *a, const char *s)
{
	while (s && (*s == ' ' || *s == '\t' || *s == '\n'))
		s++;
	return s && *s ? arena_strdup(a, s) : NULL;
}

int html_to_text(const char *p, size_t n, int page, int utf8, buf *out, html_meta *meta,
		 arena *a)
{
	if (meta)
		memset(meta, 0, sizeof *meta);
	char why[512];
	if (n > (size_t)INT32_MAX || xml_lib_open(why, sizeof why))
		return -1;
	/* without a declared charset, a page is read as UTF-8 (libxml2 would assume Latin-1) */
	size_t head = n < 2048 ? n : 2048;
	int declared = 0;
	for (size_t i = 0; i + 8 <= head && !utf8; i++)
		if (!strncasecmp(p + i, "charset=", 8) || !strncasecmp(p + i, "encoding=", 9)) {
			declared = 1;
			break;
		}
	htmlDocPtr doc = htmlReadMemory(p, (int)n, NULL, declared ? NULL : "UTF-8",
					HTML_PARSE_RECOVER | HTML_PARSE_NOERROR
					| HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	if (!doc)
		return 0;   /* nothing parseable: no text */
	xmlNode *root = xmlDocGetRootElement(doc);
	buf tmp;
	buf_init(&tmp, out->max);
	text_ctx t = { &tmp, page, 0, 0 };
	if (!page) {
		walk_text(&t, root, 0);
	} else {
		page_scan s;
		memset(&s, 0, sizeof s);
		scan(&s, root, 0, 0);
		const xmlNode *main = s.article_body ? s.article_body : s.body_like ? s.body_like
			: s.article ? s.article : s.best_p_parent ? s.best_p_parent
			: s.main ? s.main : s.body ? s.body : root;
		if (main)
			walk_text(&t, main->children, 0);
		if (meta) {
			meta->date = s.date;
			if (!meta->date && s.time) {
				const char *v = attr(s.time, "datetime");
				meta->date = date_parse_web(v, strlen(v));
			}
			if (!meta->date && s.date_header) {
				const char *v = attr(s.date_header, "title");
				if (v)
					meta->date = date_parse_web(v, strlen(v));
				if (!meta->date) {
					const char *txt = flat_text(s.date_header, a);
					if (txt)
						meta->date = date_parse_web(txt, strlen(txt));
				}
			}
			meta->title = dup(a, s.og_title);
			if (!meta->title && s.title)
				meta->title = flat_text(s.title, a);
			if (!meta->title && s.h1)
				meta->title = flat_text(s.h1, a);
			meta->url = dup(a, s.canonical ? s.canonical : s.og_url);
			meta->site = dup(a, s.site);
		}
	}
	int rc = t.failed ? -1 : keep_lines(&tmp, out);
	buf_free(&tmp);
	xmlFreeDoc(doc);
	return rc;
}

/* ---------------------------------------------------------------- the page reader */

int html_lib_ready(khaldun_reader *r)
{
	char why[512];
	if (!xml_lib_open(why, sizeof why))
		return 1;
	read_report(r, KHALDUN_ERROR, 0, 0, 0,
		    "reading pages and feeds needs libxml2 (libxml2), which cannot be opened: %s; "
		    "skipped", why);
	r->skipped++;
	return 0;
}


int html_next(khaldun_reader *r, khaldun_story *out)
{
	int rc;
	whole_state *s = read_whole_story(r, &rc);
	if (!s)
		return rc;
	if (!html_lib_ready(r))
		return KHALDUN_EOF;
	html_meta m;
	buf_clear(&s->text);
	if (html_to_text(s->raw.p, s->raw.len, 1, 0, &s->text, &m, &r->arena)) {
		read_report(r, KHALDUN_ERROR, 0, 0, 0,
			"page text too long or out of memory; skipped");
		r->skipped++;
		return KHALDUN_EOF;
	}
	if (!s->text.len) {
		read_report(r, KHALDUN_ERROR, 0, 0, 0,
			"no article text found in the page; skipped");
		r->skipped++;
		return KHALDUN_EOF;
	}
	if (m.date) {
		date_to_iso(m.date, r->date);
	} else if (r->default_date[0]) {
		memcpy(r->date, r->default_date, sizeof r->date);
	} else {
		read_report(r, KHALDUN_ERROR, 0, 0, 0,
			    "no date in the page's meta tags (use --date); skipped");
		r->skipped++;
		return KHALDUN_EOF;
	}
	out->id = m.url ? m.url : r->name;
	out->date = r->date;
	out->text = s->text.p;
	out->text_len = s->text.len;
	out->title = m.title;
	out->source = m.site;
	out->url = m.url;
	out->file = r->name;
	out->line = 0;
	return KHALDUN_OK;
}
